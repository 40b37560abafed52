// `npm run bench:dates -- --timeml DIR [--timeml DIR2] --part tune --conventions`: counts, per
// class of expression the TimeML guidelines do not spell out a value for, how the gold of each
// folder writes the value (or, for a few classes, the type) and how often, and says whether the annotators are consistent enough
// to follow: the same writing in at least two thirds of the class's cases and seen in every
// folder, or, for a class seen in one folder only, at least 8 cases with at least 80% agreement.
import type { Finder } from '../src/dates/scoreBenchmark.ts';
import { WEEKDAY_PATTERN } from '../src/dates/weekdayNames.ts';
import type { TimemlCase } from '../src/dates/scoreTimeml.ts';

const DAY = WEEKDAY_PATTERN;
const WORD_DECADE = '(?:twen|thir|for|fif|six|seven|eigh|nine)ties';

/** Classes of expression, each by the words of the gold extent (lower case, no end stop). */
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  ['last, this, next week', /^(?:(?:late|early)\s+)?(?:last|this|next|the past|the coming) week$/],
  ['the week (unnamed)', /^(?:the\s+)?week$/],
  ['weeks ago', /\bweeks? ago$/],
  ['last, this, next month', /^(?:(?:late|early)\s+)?(?:last|this|next|the past) month$/],
  ['last, this, next year', /^(?:(?:late|early|earlier)\s+)?(?:last|this|next|the past) year$/],
  [
    'the quarter (unnamed)',
    /^(?:(?:the|this|that|its)\s+)?(?:(?:latest|current|most recent|recent|same)\s+)?quarter$/,
  ],
  ['a year ago, a year earlier', /^(?:the\s+)?(?:a year (?:ago|earlier)|year-(?:ago|earlier))$/],
  ['years ago, a decade ago', /\b(?:years?|decades?) ago$/],
  ['a year alone', /^\d{4}$/],
  [
    'a day and a part of it',
    new RegExp(
      `^(?:${DAY}|yesterday|today|tomorrow|this|last|that) (?:morning|afternoon|evening|night)$|^tonight$`,
    ),
  ],
  ['a weekday alone', new RegExp(`^${DAY}$`)],
  [
    'a decade',
    new RegExp(`^(?:the\\s+)?(?:(?:early|mid|late)-?\\s*)?(?:'?\\d0s|\\d{3}0s|${WORD_DECADE})$`),
  ],
  ['a century', /\bcentury$/],
  ['a rate word', /^(?:daily|weekly|monthly|annually|yearly|quarterly|hourly)$/],
  [
    'recent or coming days, weeks, months, years',
    /^(?:(?:the\s+)?(?:recent|past|last|coming|next)\s+)(?:(?:few|several)\s+)?(?:days|weeks|months|years)$/,
  ],
  ['now, currently, current', /^(?:right\s+)?(?:now|currently|current)$/],
];

const WEEK_BELOW_TEN = 'a week number below 10 (W7 or W07)';

/** The class a gold expression belongs to, by its value's week number or else by its words. */
export function conventionClass(words: string, value: string): string | undefined {
  if (/-W0?\d(?:$|-)/.test(value)) return WEEK_BELOW_TEN;
  const w = words
    .toLowerCase()
    .replace(/[.,;]+$/, '')
    .trim();
  return CLASSES.find(([, pattern]) => pattern.test(w))?.[0];
}

/** Classes whose type rather than value is in question, by the gold value or words. */
const TYPE_CLASSES: ReadonlyArray<readonly [string, (words: string, value: string) => boolean]> = [
  ['type of a time of day (Wednesday night, 9 a.m.)', (_, v) => /^\d{4}-\d\d-\d\dT/.test(v)],
  ['type of a named quarter', (_, v) => /^\d{4}-Q[\dX]$/.test(v)],
  [
    'type of a rate word (daily, annually)',
    (w) => /^(?:daily|weekly|monthly|annually|yearly|quarterly|hourly)$/i.test(w),
  ],
];

/** The type class a gold expression belongs to, if any. */
function typeClass(words: string, value: string): string | undefined {
  return TYPE_CLASSES.find(([, test]) => test(words.trim(), value))?.[0];
}

/**
 * Classes of words at the edge of an extent, which the annotators take in or leave out: each
 * with the words as they open an extent and as they end the text just before one.
 */
const EXTENT_CLASSES: ReadonlyArray<readonly [string, RegExp, RegExp, string?]> = [
  ['extent: earlier, later before a time', /^(?:earlier|later)\s/i, /\b(?:earlier|later)\s+$/i],
  [
    'extent: early, late, mid before a time',
    /^(?:early|late|mid)[\s-]/i,
    /\b(?:early|late|mid)[\s-]$/i,
  ],
  [
    'extent: nearly, almost, more than, at least before a count',
    /^(?:nearly|almost|more than|less than|at least)\s/i,
    /\b(?:nearly|almost|more than|less than|at least)\s+$/i,
    'DURATION',
  ],
  ['extent: the before a duration', /^the\s/i, /\bthe\s+$/i, 'DURATION'],
  ['extent: the before a date', /^the\s/i, /\bthe\s+$/i, 'DATE'],
  ["extent: 's after a time", /'s$/i, /^'s\b/i],
];

/** The extent classes a gold expression belongs to, each with whether the words are in it. */
export function extentClasses(before: string, words: string, after: string, type: string) {
  const found: Array<[string, string]> = [];
  for (const [name, opening, edge, onlyType] of EXTENT_CLASSES) {
    if (onlyType !== undefined && onlyType !== type) continue;
    const possessive = name.endsWith("'s after a time");
    if (opening.test(words)) found.push([name, 'in the extent']);
    else if (edge.test(possessive ? after : before)) found.push([name, 'left out']);
  }
  return found;
}

/**
 * A value's writing with its numbers left out, so values of different documents compare: a year
 * as YYYY, other digits as n each (week 7 written W7 or W07 differ), a duration's count as n,
 * a part of the day (TMO, TNI …) as T<part>.
 */
export function valueWriting(value: string): string {
  if (/^P/.test(value)) return value.replace(/\d+/g, 'n');
  // A part of the day follows from its word (night is TNI), so the writing is whether it is there.
  return value
    .replace(/^\d{4}/, 'YYYY')
    .replace(/\d/g, 'n')
    .replace(/T(?:MO|AF|EV|NI|DT)$/, 'T<part>');
}

interface ClassCount {
  /** folder → writing → cases */
  byFolder: Map<string, Map<string, number>>;
  /** writing → cases where the finder's mention over the gold one writes it so */
  ours: Map<string, number>;
}

/** The decision the agreement rule gives for one class, and the figures it rests on. */
interface ConventionRow {
  name: string;
  writing: string;
  agree: number;
  total: number;
  perFolder: string;
  adopted: boolean;
  /** Of the class's cases, those where the finder's mention has the same writing. */
  ours?: number;
}

interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** How an expression at [start, end) is written, for each class it belongs to. */
function writings(text: string, at: Span, classOf: Span): Map<string, string> {
  const words = text.slice(at.start, at.end);
  const before = text.slice(Math.max(0, at.start - 16), at.start);
  const after = text.slice(at.end, at.end + 4);
  const classWords = text.slice(classOf.start, classOf.end);
  const found = new Map<string, string>();
  const value = conventionClass(classWords, classOf.value);
  if (value !== undefined) found.set(value, valueWriting(at.value));
  const type = typeClass(classWords, classOf.value);
  if (type !== undefined) found.set(type, at.type);
  for (const [name, writing] of extentClasses(before, words, after, classOf.type))
    found.set(name, writing);
  return found;
}

/**
 * Counts the writings of each class over the folders' gold and applies the agreement rule; with
 * a finder, also counts how often its mention over each gold expression is written the same way.
 */
export function countConventions(
  folders: ReadonlyArray<readonly [string, TimemlCase[]]>,
  find?: Finder,
): { rows: ConventionRow[]; detail: string[] } {
  const counts = new Map<string, ClassCount>();
  for (const [folder, cases] of folders) {
    for (const { document } of cases) {
      const { text } = document;
      const found = find?.(text, { published: document.dct, locale: 'en-US' }) ?? [];
      for (const gold of document.timexes) {
        const over = found.filter((m) => m.start < gold.end && m.end > gold.start);
        const mine = over.find((m) => m.start === gold.start && m.end === gold.end) ?? over[0];
        const ours = mine ? writings(text, mine, gold) : new Map<string, string>();
        for (const [name, writing] of writings(text, gold, gold)) {
          const count = counts.get(name) ?? { byFolder: new Map(), ours: new Map() };
          counts.set(name, count);
          const perFolder = count.byFolder.get(folder) ?? new Map<string, number>();
          count.byFolder.set(folder, perFolder);
          perFolder.set(writing, (perFolder.get(writing) ?? 0) + 1);
          const our = ours.get(name);
          if (our !== undefined) count.ours.set(our, (count.ours.get(our) ?? 0) + 1);
        }
      }
    }
  }
  const rows: ConventionRow[] = [];
  const detail: string[] = [];
  const names = [
    WEEK_BELOW_TEN,
    ...CLASSES.map(([n]) => n),
    ...TYPE_CLASSES.map(([n]) => n),
    ...EXTENT_CLASSES.map(([n]) => n),
  ];
  for (const name of names) {
    const count = counts.get(name);
    if (!count) continue;
    const all = new Map<string, number>();
    for (const [folder, writings] of count.byFolder) {
      const list = [...writings].sort((a, b) => b[1] - a[1]);
      detail.push(`  ${name} / ${folder}: ${list.map(([w, n]) => `${w} ${n}`).join(', ')}`);
      for (const [w, n] of writings) all.set(w, (all.get(w) ?? 0) + n);
    }
    const [writing, agree] = [...all].sort((a, b) => b[1] - a[1])[0]!;
    const total = [...all.values()].reduce((a, b) => a + b, 0);
    const seenIn = [...count.byFolder].filter(([, w]) => (w.get(writing) ?? 0) > 0).length;
    const share = agree / total;
    const adopted =
      count.byFolder.size === folders.length && folders.length > 1
        ? share >= 2 / 3 && seenIn === folders.length
        : total >= 8 && share >= 0.8;
    const perFolder = [...count.byFolder]
      .map(([folder, w]) => {
        const n = [...w.values()].reduce((a, b) => a + b, 0);
        return `${folder.split('/').pop()} ${w.get(writing) ?? 0}/${n}`;
      })
      .join(', ');
    const ours = find ? (count.ours.get(writing) ?? 0) : undefined;
    rows.push({ name, writing, agree, total, perFolder, adopted, ours });
  }
  return { rows, detail };
}

const share = (n: number, total: number) => `${n}/${total} ${Math.round((100 * n) / total)}%`;

/** The table the bench prints for `--conventions`, with the finder's writing beside the gold's. */
export function conventionsReport(
  folders: ReadonlyArray<readonly [string, TimemlCase[]]>,
  find: Finder,
): string {
  const { rows, detail } = countConventions(folders, find);
  const names = folders.map(([f]) => f.split('/').pop()).join(', ');
  const w = Math.max(...rows.map((r) => r.name.length));
  return [
    `\nGold conventions, value, type and extent (${names}); "sourceline": its mention over the gold one written the same way:`,
    `  ${'class'.padEnd(w)}  ${'most frequent writing'.padEnd(21)}  ${'agreement'.padEnd(12)}  ${'per folder'.padEnd(30)}  ${'rule'.padEnd(14)}  sourceline`,
    ...rows.map(
      (r) =>
        `  ${r.name.padEnd(w)}  ${r.writing.padEnd(21)}  ${share(r.agree, r.total).padEnd(12)}  ${r.perFolder.padEnd(30)}  ${(r.adopted ? 'consistent' : 'not consistent').padEnd(14)}  ${share(r.ours ?? 0, r.total)}`,
    ),
    '\n  every writing, by folder:',
    ...detail,
  ].join('\n');
}
