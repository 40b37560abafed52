import { countNoun } from './countNoun.ts';
import { expectedBySchema, shownValue as shown } from '../model/describeSchemaMismatch.ts';
import type { BuildNotice, BuildProblem, ProblemPlace } from './BuildProblem.ts';

type Wording = { headline: string; expected?: string; found?: string; hint?: string };

function word(problem: BuildProblem): Wording {
  switch (problem.code) {
    case 'missing-file':
      return {
        headline: 'file not found',
        expected:
          problem.wanted === 'folder'
            ? `a folder of .txt articles at ${problem.path}`
            : problem.wanted === 'seed'
              ? `the article text at ${problem.path}`
              : `a JSON file at ${problem.path}`,
        found: 'nothing',
      };
    case 'no-story-folder':
      return {
        headline: 'story folder not found',
        expected: `a story folder (seeds/ and data/) at ${problem.path}`,
        found: problem.found,
        hint: `Create one with: npm run new -- ${problem.path}`,
      };
    case 'story-folder-in-use':
      return {
        headline: 'folder is not empty',
        expected: `an empty or new folder at ${problem.path}`,
        found: problem.entries.join(', '),
        hint: 'A new story never writes over files that are already there; choose another folder.',
      };
    case 'output-over-input':
      return {
        headline: 'output would be written among the inputs',
        expected: 'a file outside seeds/ and data/ (public/timeline.json by default)',
        found: problem.out,
        hint: 'The articles and what editors write are never written over; choose another --out.',
      };
    case 'not-a-folder':
      return {
        headline: 'not a folder',
        expected: `a folder of .txt articles at ${problem.path}`,
        found: 'a file',
      };
    case 'no-articles':
      return {
        headline: 'no articles',
        expected: `at least one article as a .txt file in ${problem.path}/`,
        found: 'none',
        hint: 'Copy each article, as received, into its own UTF-8 .txt file there.',
      };
    case 'not-utf8':
      return {
        headline: 'file is not UTF-8 text',
        expected: `UTF-8 text in ${problem.path}`,
        found: `a byte that is not UTF-8 at line ${problem.line}, column ${problem.column} (byte ${problem.byte})`,
        hint: 'Save the file as UTF-8; never retype an article.',
      };
    case 'invalid-json':
      return {
        headline: 'not valid JSON',
        expected: 'valid JSON',
        found: problem.reason,
        hint:
          problem.line === undefined
            ? undefined
            : problem.trailingComma
              ? `Look at line ${problem.line}, column ${problem.column} of the file: a comma with nothing after it before the closing bracket. Delete it.`
              : `Look at line ${problem.line}, column ${problem.column} of the file.`,
      };
    case 'invalid-record':
      return {
        headline: 'record does not match the data format',
        expected: expectedBySchema(problem.issue),
        found: shown(problem.found),
      };
    case 'missing-record':
      return {
        headline: 'article has no record',
        expected: `a record for ${problem.seedFile}`,
        found: 'none',
        hint: `Add "${problem.id}": { "published": { "date": "YYYY-MM-DD" } } (outlet, byline, credits, locale and reasoning are optional).`,
      };
    case 'unknown-source':
      return {
        headline: 'unknown article id',
        expected: `one of ${problem.known.join(', ')}`,
        found: shown(problem.found),
      };
    case 'unknown-event':
      return {
        headline: 'unknown event id',
        expected: 'the id of another event in this file',
        found: shown(problem.found),
      };
    case 'duplicate-id':
      return {
        headline: 'duplicate id',
        expected: 'an id no other event has',
        found: shown(problem.found),
      };
    case 'unknown-kind':
      return {
        headline: 'unknown kind',
        expected: `one of the story's kinds: ${problem.known.join(', ')}`,
        found: shown(problem.found),
        hint: 'List the kind in data/story.json "kinds" (id and label), or use one of these.',
      };
    case 'duplicate-kind':
      return {
        headline: 'duplicate kind',
        expected: 'a kind id the list names once',
        found: shown(problem.found),
      };
    case 'quote-not-found':
      return {
        headline: 'quote is not in the article',
        expected: `words copied exactly from ${problem.seedFile}`,
        found: shown(problem.quote),
        hint: problem.nearest
          ? `Nearest passage: ${shown(problem.nearest)}`
          : 'No passage of the article is close to it.',
      };
    case 'quote-ambiguous':
      return {
        headline: 'quote occurs more than once in the article',
        expected: 'a quote that occurs once, or a prefix or suffix that picks one occurrence',
        found: `${problem.occurrences.length} occurrences: ${problem.occurrences.join('  ')}`,
        hint: 'Add "prefix" (text just before) or "suffix" (text just after) to pick one.',
      };
    case 'quote-context-mismatch':
      return {
        headline: 'quote is in the article, but not with that prefix or suffix',
        expected: 'a prefix and suffix that stand beside the quote in the article',
        found: `${problem.occurrences.length} occurrence(s): ${problem.occurrences.join('  ')}`,
      };
    case 'expression-not-in-quote':
      return {
        headline: 'date expression is not in its quote',
        expected: 'words that occur exactly once, as whole words, inside the quote',
        found: `${shown(problem.expression)} ${problem.times === 0 ? 'is not in' : `occurs ${problem.times} times in`} ${shown(problem.quote)}`,
      };
    case 'expression-unresolved':
      return {
        headline: 'date expression could not be resolved',
        expected: 'words the date resolver can place on the calendar',
        found: shown(problem.expression),
        hint: `The resolver says: ${problem.reason}`,
      };
    case 'editorial-date-invalid':
      return {
        headline: 'editorial date is not a date',
        expected:
          'a TIMEX value that names calendar days: 2025-08-06, 2025-W33, 2025-08, 2025-Q3, 2022-SP, 2025',
        found: shown(problem.value),
      };
    case 'span-reversed':
      return {
        headline: 'date span ends before it starts',
        expected: 'a start on or before the end',
        found: `${problem.start} to ${problem.end}`,
      };
    case 'date-missing':
      return {
        headline: 'event has no date',
        expected: 'a "when" on a quote that dates the event, or an "editorialDate" with a reason',
        found: 'neither',
      };
    case 'date-twice':
      return {
        headline: 'event has two kinds of date',
        expected: 'either quotes with "when" or an "editorialDate", not both',
        found: 'both',
      };
    case 'anchor-cycle':
      return {
        headline: 'events anchor their dates on each other in a circle',
        expected: 'anchors that lead back to a publication date',
        found: problem.cycle.join(' → '),
      };
    case 'invalid-dataset':
      return {
        headline: 'the built dataset fails its own schema (a bug in the build)',
        expected: expectedBySchema(problem.issue),
        found: shown(problem.found),
      };
  }
}

function where(place: ProblemPlace): string {
  return [place.file, place.record, place.field].filter(Boolean).join(' › ');
}

/**
 * The one place build problems become words: a headline, then where (file › record › field),
 * then what was expected, what was found, and what to try.
 *
 * @example
 * formatProblem({ code: 'duplicate-id', file: 'data/events.json', record: 'event "geneva"', field: 'id', found: 'geneva' })
 * //=> '✖ duplicate id\n  at data/events.json › event "geneva" › id\n  expected: an id no other event has\n  found:    "geneva"'
 */
export function formatProblem(problem: BuildProblem): string {
  const { headline, expected, found, hint } = word(problem);
  const lines = [`✖ ${headline}`, `  at ${where(problem)}`];
  if (expected !== undefined) lines.push(`  expected: ${expected}`);
  if (found !== undefined) lines.push(`  found:    ${found}`);
  if (hint !== undefined) lines.push(`  ${hint}`);
  return lines.join('\n');
}

export function formatNotice(notice: BuildNotice): string {
  const detail =
    notice.code === 'reanchored'
      ? `${notice.seedFile} changed since data/seeds.sha256 was recorded; re-anchored ${notice.errors} edit(s) away to ${shown(notice.quote)}`
      : `${notice.source} puts it at ${notice.label} (${notice.explanation}); the event is dated ${notice.eventLabel}`;
  const label = notice.code === 'reanchored' ? 're-anchored' : 'dates disagree';
  return `! ${label}: ${where(notice)}\n  ${detail}`;
}

/** `out` is null when the build stopped before it could have written anything (no story folder). */
export function formatFailureSummary(problems: number, out: string | null): string {
  const kept = out === null ? 'nothing was written' : `${out} was left as it was`;
  return `${countNoun(problems, 'problem')} in the inputs; ${kept}.`;
}
