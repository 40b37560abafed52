import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMentions } from '../dates/findMentions.ts';
import type { DataFileState, DateWords, EditorSession } from '../model/editorApi.ts';
import { buildStory } from './buildStory.ts';
import { fileVersion } from './fileVersion.ts';

/** A data file's bytes as the editor sees them: parsed JSON (null when unreadable) and version. */
export function readDataFileState(path: string): DataFileState {
  if (!existsSync(path)) return { version: fileVersion(undefined), json: null };
  const bytes = readFileSync(path);
  let json: unknown = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    // The build reports broken JSON in its own words; the editor shows that message.
  }
  return { version: fileVersion(bytes), json };
}

/**
 * What the editor page needs: the authored files exactly as they are on disk with their
 * versions, what the build makes of them, and every article's date expressions.
 */
export function readEditorSession(storyRoot: string, story: string): EditorSession {
  const build = buildStory(storyRoot);
  const dateWords: Record<string, DateWords[]> = {};
  if (build.ok) {
    for (const source of build.dataset.sources) {
      dateWords[source.id] = findMentions(source.text, {
        published: source.published,
        locale: source.locale,
      }).map(({ text, start, end }) => ({ text, start, end }));
    }
  }
  return {
    story,
    events: readDataFileState(join(storyRoot, 'data', 'events.json')),
    storyFile: readDataFileState(join(storyRoot, 'data', 'story.json')),
    build,
    dateWords,
  };
}
