import { StoryRecord, type Story } from '../model/story.ts';
import { resolveKinds } from '../model/resolveKinds.ts';
import type { BuildProblem } from './BuildProblem.ts';
import type { DataFile } from './readInputs.ts';
import { zodProblems } from './zodProblems.ts';

/**
 * data/story.json checked and its kinds resolved (the story's own list, or the default kinds).
 * Returns null when the file does not match, after reporting why.
 */
export function readStory(story: DataFile, problems: BuildProblem[]): Story | null {
  const parsed = StoryRecord.safeParse(story.json);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, story.file, story.json, 'story'));
    return null;
  }
  const seen = new Set<string>();
  let unique = true;
  parsed.data.kinds?.forEach((kind, i) => {
    if (seen.has(kind.id)) {
      unique = false;
      problems.push({
        code: 'duplicate-kind',
        file: story.file,
        record: 'story',
        field: `kinds[${i}].id`,
        found: kind.id,
      });
    }
    seen.add(kind.id);
  });
  if (!unique) return null;
  const { title, description, kinds } = parsed.data;
  return { title, description, kinds: resolveKinds(kinds) };
}
