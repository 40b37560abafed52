/**
 * Every problem the date resolver and its command line can report, as typed data, and the one
 * place where each becomes words a journalist can act on: what was expected, what was found.
 */
export type DateIssue =
  | { code: 'not-a-calendar-value'; value: string }
  | { code: 'bad-offset'; value: string; unit: string }
  | { code: 'bad-span'; start: number; end: number; length: number }
  | { code: 'no-expression'; expression: string }
  | { code: 'invalid-date'; what: string; found: string }
  | { code: 'invalid-locale'; found: string }
  | { code: 'unknown-option'; found: string }
  | { code: 'missing-value'; option: string }
  | { code: 'missing-published' }
  | { code: 'missing-input' }
  | { code: 'extra-argument'; found: string }
  | { code: 'unreadable-file'; path: string; reason: string }
  | { code: 'repeated-option'; option: string }
  | { code: 'jsonl-option'; option: string }
  | { code: 'not-utf8'; path: string; byte: number; line: number; column: number }
  | { code: 'jsonl-empty-line'; line: number }
  | { code: 'jsonl-not-json'; line: number }
  | { code: 'jsonl-not-object'; line: number; found: string }
  | { code: 'jsonl-bad-fields'; line: number; fields: JsonlFieldProblem[] }
  | { code: 'jsonl-line'; line: number; issue: DateIssue }
  | { code: 'timeml-option'; option: string }
  | { code: 'timeml-no-text'; path: string }
  | { code: 'timeml-no-dct'; path: string; found: string }
  | { code: 'sentence-set-option'; found: string }
  | { code: 'sentence-set-not-json'; path: string; line: number }
  | {
      code: 'sentence-set-field';
      path: string;
      line: number;
      id: string | null;
      field: string;
      expected: string;
      found: string;
    }
  | {
      code: 'sentence-set-no-phrase';
      path: string;
      line: number;
      id: string;
      phrase: string;
      occurrence: number;
    };

/** A field of a --jsonl input line that is missing or of the wrong kind. */
export interface JsonlFieldProblem {
  field: 'id' | 'text' | 'published' | 'locale';
  missing: boolean;
}

const JSONL_SHAPE = '{"id","text","published","locale"}';
const FIELD_KIND: Record<JsonlFieldProblem['field'], string> = {
  id: 'a string or number',
  text: 'a string',
  published: 'a string YYYY-MM-DD',
  locale: '"en-US" or "en-GB"',
};

/** "an array", "null", "a number": what a JSON value is, in words. */
export function describeJsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string'
    ? 'a string'
    : typeof value === 'number'
      ? 'a number'
      : 'true or false';
}

/**
 * What a sentence set's fields are expected to be, in words, for the schema to give as its
 * messages (`SentenceCase`): "field expect: expected at least one expectation".
 */
export const SENTENCE_FIELD_EXPECTED = {
  id: 'an id that is not empty',
  text: 'a sentence that is not empty',
  expect: 'at least one expectation',
  expectation: 'an expectation "phrase = VALUE"',
  noSuchField: 'no such field',
} as const;

/**
 * What a JSON value at a sentence set's field was, in words ("nothing", "\"x\"", "an empty array",
 * "a number").
 */
export function describeFoundField(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value) && value.length === 0) return 'an empty array';
  return describeJsonKind(value);
}

const quote = (s: string): string => JSON.stringify(s);

export function describeDateIssue(issue: DateIssue): string {
  switch (issue.code) {
    case 'not-a-calendar-value':
      return `expected a TIMEX value that names calendar days (2025-08-06, 2025-W33, 2025-08, 2025-Q3, 2022-SP, 2025, 199X), found ${quote(issue.value)}`;
    case 'bad-offset':
      return `cannot shift ${quote(issue.value)} by ${issue.unit}: expected a whole number of day, week, month or year`;
    case 'bad-span':
      return `expected a span 0 ≤ start < end ≤ ${issue.length} (the text's length), found start ${issue.start}, end ${issue.end}`;
    case 'no-expression':
      return `expected a date, duration or time expression, found no date in ${quote(issue.expression)}`;
    case 'invalid-date':
      return `expected ${issue.what} as a real calendar date YYYY-MM-DD, found ${quote(issue.found)}`;
    case 'invalid-locale':
      return `expected --locale en-US or en-GB, found ${quote(issue.found)}`;
    case 'unknown-option':
      return `unknown option ${quote(issue.found)}: expected FILE (or - for stdin), --published YYYY-MM-DD, --locale en-US|en-GB, --jsonl, or --timeml`;
    case 'missing-value':
      return `expected a value after ${issue.option}, found nothing`;
    case 'missing-published':
      return 'expected --published YYYY-MM-DD (the publication date that relative dates are read against), found none';
    case 'missing-input':
      return 'expected FILE (or - for stdin) to read the article from, found none (or use --jsonl for batch mode)';
    case 'extra-argument':
      return `expected one FILE, found a second one: ${quote(issue.found)}`;
    case 'unreadable-file':
      return `cannot read ${quote(issue.path)}: ${issue.reason}`;
    case 'repeated-option':
      return `expected ${issue.option} once, found it twice`;
    case 'jsonl-option':
      return `${issue.option} does not apply with --jsonl: each line gives its own "published" and "locale"`;
    case 'not-utf8':
      return `cannot read ${issue.path === '-' ? 'standard input' : quote(issue.path)}: expected UTF-8 text, found a byte that is not UTF-8 at line ${issue.line}, column ${issue.column} (byte ${issue.byte})`;
    case 'jsonl-empty-line':
      return `line ${issue.line}: expected ${JSONL_SHAPE}, found an empty line`;
    case 'jsonl-not-json':
      return `line ${issue.line}: expected ${JSONL_SHAPE}, found text that is not JSON`;
    case 'jsonl-not-object':
      return `line ${issue.line}: expected ${JSONL_SHAPE}, found ${issue.found}`;
    case 'jsonl-bad-fields':
      return `line ${issue.line}: expected ${JSONL_SHAPE}, found ${issue.fields
        .map((f) => (f.missing ? `no ${f.field}` : `${f.field} that is not ${FIELD_KIND[f.field]}`))
        .join(', ')}`;
    case 'jsonl-line':
      return `line ${issue.line}: ${describeDateIssue(issue.issue)}`;
    case 'timeml-option':
      return `${issue.option} does not apply with --timeml: the document's DCT is its publication date`;
    case 'timeml-no-text':
      return `cannot read ${quote(issue.path)} as TimeML: expected <TEXT>…</TEXT>, found none`;
    case 'timeml-no-dct':
      return `cannot read ${quote(issue.path)} as TimeML: expected <DCT><TIMEX3 value="YYYY-MM-DD…"/></DCT> (the publication date), found ${issue.found === '' ? 'none' : quote(issue.found)}`;
    case 'sentence-set-option':
      return `unknown option ${quote(issue.found)}: expected FILE … (sentence sets, .jsonl) or --misses`;
    case 'sentence-set-not-json':
      return `${issue.path}:${issue.line}: expected a JSON object {"id","published","locale","text","expect"}, found text that is not JSON`;
    case 'sentence-set-field':
      return `${issue.path}:${issue.line}${issue.id === null ? '' : ` (${issue.id})`}: ${issue.field === '' ? 'the line' : `field ${issue.field}`}: expected ${issue.expected}, found ${issue.found}`;
    case 'sentence-set-no-phrase':
      return `${issue.path}:${issue.line} (${issue.id}): expect: expected ${quote(issue.phrase)} in the text${issue.occurrence > 1 ? ` ${issue.occurrence} times` : ''}, found it ${issue.occurrence > 1 ? 'fewer times' : 'nowhere'}`;
  }
}
