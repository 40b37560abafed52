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
  | { code: 'bad-jsonl-line'; line: number; reason: string };

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
      return `unknown option ${quote(issue.found)}: expected FILE (or - for stdin), --published YYYY-MM-DD, --locale en-US|en-GB, or --jsonl`;
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
    case 'bad-jsonl-line':
      return `line ${issue.line}: expected {"id","text","published","locale"}, ${issue.reason}`;
  }
}
