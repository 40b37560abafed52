import { join } from 'node:path';
import { formatDataJson } from '../dataset/formatDataJson.ts';
import { writeFileAtomic } from '../dataset/writeFileAtomic.ts';
import { draftStory, type DraftResult } from './draftStory.ts';
import { DraftFailure } from './DraftProblem.ts';
import { formatDraftNotice, formatDraftProblem, formatDraftReport } from './formatDraftProblem.ts';
import { readStoryFolder } from './readStoryFolder.ts';

export type DraftRunOptions = {
  story: string;
  /** The year it is, for datelines that give none. */
  thisYear: number;
  /** A path in the project whose formatter settings the written data files follow. */
  formatConfigFrom: string;
  log: (line: string) => void;
  fail: (line: string) => void;
};

/**
 * `npm run draft`: reads a story folder, drafts its events and writes them into
 * data/events.json beside the editor's events, which are kept exactly as written; drafts of an
 * earlier run are replaced. Returns the exit code and, on success, what was drafted. Nothing is
 * written when any input is wrong or nothing can be drafted. The files are laid out as the editor
 * saves them, so a review in the editor changes only what the editor changed.
 */
export async function runDraft(
  options: DraftRunOptions,
): Promise<{ code: number; result?: DraftResult }> {
  const { story, log, fail } = options;
  try {
    log(`Reading ${join(story, 'seeds')} and ${join(story, 'data')}`);
    const folder = readStoryFolder(story, options.thisYear);
    for (const notice of folder.notices) log(formatDraftNotice(notice));
    log(
      `Finding dated passages in ${folder.articles.length} articles and joining them across articles`,
    );
    const result = draftStory({
      articles: folder.articles,
      kinds: folder.kinds,
      editorEvents: folder.editorEvents.parsed,
    });
    for (const id of result.report.undatedArticles) {
      log(formatDraftNotice({ code: 'no-date-expression', file: `seeds/${id}.txt` }));
    }
    if (result.drafts.length === 0 && folder.editorEvents.raw.length === 0) {
      throw new DraftFailure([{ code: 'nothing-drafted', file: join(story, 'seeds') }]);
    }
    const format = (json: unknown) => formatDataJson(json, options.formatConfigFrom);
    const events = await format([...folder.editorEvents.raw, ...result.drafts]);
    const sources = folder.datelined.length > 0 ? await format(folder.sources) : undefined;
    if (sources !== undefined) writeFileAtomic(join(story, 'data/sources.json'), sources);
    writeFileAtomic(join(story, 'data/events.json'), events);
    log(formatDraftReport(result.report, 'data/events.json', folder.editorEvents.raw.length));
    return { code: 0, result };
  } catch (error) {
    if (!(error instanceof DraftFailure)) throw error;
    for (const problem of error.problems) fail(formatDraftProblem(problem));
    fail(
      `${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}: nothing was drafted and data/events.json was left as it was`,
    );
    return { code: 1 };
  }
}
