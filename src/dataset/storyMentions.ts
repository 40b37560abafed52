import { findMentions } from '../dates/findMentions.ts';
import type { Mention } from '../model/mention.ts';
import { BuildFailure, type BuildProblem } from './BuildProblem.ts';
import { readInputs } from './readInputs.ts';
import { readSources } from './readSources.ts';
import { storyFolderProblem } from './storyFolder.ts';

/** The date mentions of one article of a story, read against its recorded publication date. */
export type ArticleMentions = {
  id: string;
  published: string;
  locale: string;
  mentions: Mention[];
};

/**
 * `npm run dates -- --story DIR`: every article of a story with its date mentions, each read
 * against the publication date and locale its record in data/sources.json gives. Throws a
 * BuildFailure when the folder, an article or the records cannot be read.
 */
export function storyMentions(root: string, only?: string): ArticleMentions[] {
  const missing = storyFolderProblem(root);
  if (missing) throw new BuildFailure([missing]);
  const problems: BuildProblem[] = [];
  const sources = readSources(readInputs(root), problems);
  if (problems.length > 0 || !sources) throw new BuildFailure(problems);
  const chosen = only === undefined ? sources : sources.filter((s) => s.id === only);
  if (chosen.length === 0) {
    throw new BuildFailure([
      {
        code: 'unknown-source',
        file: 'data/sources.json',
        found: only ?? '',
        known: sources.map((s) => s.id),
      },
    ]);
  }
  return chosen.map((source) => ({
    id: source.id,
    published: source.published,
    locale: source.locale,
    mentions: findMentions(source.text, { published: source.published, locale: source.locale }),
  }));
}
