import { countNoun } from '../dataset/countNoun.ts';
import { formatProblem } from '../dataset/formatProblem.ts';
import type { LeftOutReason } from './findPassages.ts';
import type { DraftReport } from './draftStory.ts';
import type { DraftNotice, DraftProblem } from './DraftProblem.ts';

/** The one place where the drafter's problems, notices and report are put into words. */
export function formatDraftProblem(problem: DraftProblem): string {
  // A data file's problems are worded as the data build words them.
  if (problem.code === 'invalid-data-file') return formatProblem(problem.problem);
  const at = (what: string, expected: string, found: string) =>
    `✖ ${what}\n  at ${problem.file}\n  expected: ${expected}\n  found:    ${found}`;
  switch (problem.code) {
    case 'missing-story':
      return at(
        'story folder not found',
        'a folder holding seeds/ and data/ (npm run new -- DIR makes one)',
        'nothing at this path',
      );
    case 'no-seeds-folder':
      return at('no seeds/ folder', 'the articles as seeds/*.txt', 'no seeds/ folder in the story');
    case 'no-articles':
      return at(
        'no articles to draft from',
        'at least one article as seeds/NAME.txt',
        'no .txt file',
      );
    case 'not-utf8':
      return at(
        'article is not UTF-8 text',
        'UTF-8 text (save the article as UTF-8)',
        `a byte that is not UTF-8 at line ${problem.line}, column ${problem.column} (byte ${problem.byte})`,
      );
    case 'empty-article':
      return at('article is empty', 'the text of the article', 'an empty file');
    case 'not-an-object':
      return at(
        'not a list of article records',
        'an object with one record per article, keyed by its file name',
        'another kind of JSON value',
      );
    case 'needs-date':
      return problem.reason === 'no-year'
        ? at(
            `article "${problem.record}" needs a publication date`,
            `a record in data/sources.json: "${problem.record}": { "published": { "date": "YYYY-MM-DD" } }`,
            `a dateline with no year (“${problem.dateline ?? ''}”) and no year in the text`,
          )
        : at(
            `article "${problem.record}" needs a publication date`,
            `a record in data/sources.json: "${problem.record}": { "published": { "date": "YYYY-MM-DD" } }, or a dateline such as "June 8, 2010" on one of its first lines`,
            'no record and no dateline',
          );
    case 'nothing-drafted':
      return at(
        'nothing could be drafted',
        'at least one article with a date expression in a sentence',
        'no dated passage in any article',
      );
  }
}

export function formatDraftNotice(notice: DraftNotice): string {
  switch (notice.code) {
    case 'no-date-expression':
      return `! ${notice.file}: no date expression at all; its sentences can only join events other articles date`;
    case 'dateline-read':
      return `+ ${notice.file}: published ${notice.date}, read from the dateline “${notice.dateline}” (recorded in data/sources.json)`;
  }
}

/** Why a date expression gave no passage, in the report's words. */
export const LEFT_OUT_REASONS: Record<LeftOutReason, string> = {
  'not-a-calendar-date': 'a duration, a set or a vague reference, not a calendar date',
  'date-alone': 'the date stands alone (a dateline or a caption)',
  'already-quoted': "already quoted by an editor's event",
  'date-words-repeat': 'the date words occur twice in the passage',
  'same-date-in-passage': 'the passage already gives that date',
  'anchor-not-drafted': 'read against a date no draft holds',
  comparison: 'what a record is measured against (“the first since 2019”), not when it happened',
  'later-happening': 'a later happening the event came before (“ahead of Friday’s vote”)',
  'date-of-saying':
    'only when it was said (“…, union officials said on Wednesday”); what was said has a date of its own',
};

/**
 * Why a draft whose only dates name a reference point is placed on its article's date of
 * publication: the editorial date's reason, which the page shows.
 */
export function publicationDateReason(
  published: string,
  expression: string,
  reason: 'comparison' | 'later-happening',
): string {
  const what =
    reason === 'comparison'
      ? 'what a record is measured against'
      : 'the date of a later happening it came before';
  return `No words of the article date it: “${expression}” is ${what}, not when it happened. Told as done in a report of ${published}, so placed on that day.`;
}

const SHOWN = 5;

/** The closing report of `npm run draft`. */
export function formatDraftReport(report: DraftReport, file: string, editorEvents: number): string {
  const lines = [
    `${countNoun(report.articles, 'article')} read, ${countNoun(report.expressions, 'calendar date expression')}, ${countNoun(report.datedPassages, 'dated passage')}`,
    `${countNoun(report.drafts, 'draft')} written to ${file} (${countNoun(editorEvents, 'editor event')} kept as ${editorEvents === 1 ? 'it was' : 'they were'})`,
    `${report.joined === 1 ? '1 draft joins' : `${report.joined} drafts join`} two or more articles; ${countNoun(report.undatedJoined, 'passage')} with no date of their own joined`,
    ...(report.sayingsJoined > 0
      ? [
          `${countNoun(report.sayingsJoined, 'sentence')} reporting words about another date also joined the news they were said in`,
        ]
      : []),
    ...(report.onPublication > 0
      ? [
          `${countNoun(report.onPublication, 'draft')} placed on ${report.onPublication === 1 ? 'its' : 'their'} article's date of publication: no words date ${report.onPublication === 1 ? 'it' : 'them'} but a reference point (an editorial date with its reason)`,
        ]
      : []),
  ];
  const byReason = new Map<LeftOutReason, DraftReport['leftOut']>();
  for (const item of report.leftOut) {
    byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item]);
  }
  lines.push(
    `${countNoun(report.leftOut.length, 'date expression')} left out${byReason.size ? ':' : ''}`,
  );
  for (const [reason, items] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${String(items.length).padStart(4)}  ${LEFT_OUT_REASONS[reason]}`);
    // Durations and vague words are many and expected; the others are worth a look, by name.
    if (reason === 'not-a-calendar-date') continue;
    const shown = items.slice(0, SHOWN).map((l) => `${l.article}: “${l.expression}”`);
    const more = items.length - shown.length;
    lines.push(`        ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
  }
  return lines.join('\n');
}
