import type { Pass, Reading } from './Reading.ts';
import { isBudgetYear } from './isBudgetYear.ts';
import { SEASON_YEARS } from './seasonYears.ts';

// "2018-2022", "1998–99": two years joined by a dash, the second after the first.
const YEAR_RANGE = /(?<![\d/.,$-])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2}|\d{2})(?![\d%-])/g;
// "Rosa Parks 1913-2005", "(1815-1852)": years after a name or in parentheses are a life, its
// birth and its death, not one stretch the text dates something by.
// A preposition or a determiner opening a sentence ("In 2018-2022, sales rose", "The 2024-25
// budget was approved") is no name.
const LIFESPAN_BEFORE =
  /(?:\b(?!(?:In|From|Between|During|Since|Over|By|For|Through|Until|After|Before|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Last|Next)\s)[A-Z][a-z]+\s+|\()$/;
// "the ninth five-year plan (1996-2000)", "the Korean War (1950-53)", "the Eighth Five-Year Plan
// period (1991-1995)": in parentheses after the name of a stretch of time, the years are that
// stretch's, not a life.
const STRETCH_NOUN_BEFORE =
  /\b(?:plan|period|program(?:me)?|war|era|term|dynasty|reign|presidency|administration|tenure|campaign|project|drive)\s*\($/i;

// "borrowing rose in 2024/25": a financial or school year written alone with a slash, its two
// years one after the other.
const SLASHED_YEARS = /(?<![\d/.,$-])((?:19|20)\d{2})\/(\d{2}|(?:19|20)\d{2})(?![\d%/-])/g;
// "Ref 2023/24", "the court case 2020/21", "Bill No. 2022/23": a reference number, no years.
const REFERENCE_BEFORE =
  /\b(?:ref|reference|case|motion|no|number|file|resolution|bill|regulation|directive|SI)\.?\s*$/i;

/**
 * The interval of the two years a match gives ("1998-99" → `1998/1999`, "1999-00" →
 * `1999/2000`), if the second is later.
 */
function yearInterval(m: RegExpMatchArray, published: string, next = false): Reading[] {
  const first = Number(m[1]);
  const short = Number(m[2]);
  const second =
    m[2]!.length === 2
      ? short === (first + 1) % 100
        ? first + 1
        : Math.floor(first / 100) * 100 + short
      : short;
  if (next ? second !== first + 1 : second <= first) return [];
  return [
    {
      start: m.index!,
      end: m.index! + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: `${first}/${second}`,
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    },
  ];
}

/**
 * Years written as a stretch: the ISO 8601 interval of the two years (`2018/2022`). A season
 * written across two calendar years ("the 2024-25 season") is read in both modes; years joined by
 * a dash, or two years in a row by a slash ("2024/25"), only in the news reading, since TimeML's
 * data marks such stretches in no one way; TimeML mode reads them only as a budget's year, two
 * years in a row ("the 2026/27 budget", isBudgetYear), which it writes by the first.
 */
export const readYearRanges: Pass = (text, { published, timeml }) => [
  ...[...text.matchAll(SEASON_YEARS)].flatMap((m) => yearInterval(m, published, true)),
  ...[...text.matchAll(SLASHED_YEARS)]
    .filter((m) => !timeml || isBudgetYear(text, m.index, m.index + m[0].length))
    .filter((m) => !REFERENCE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
    .flatMap((m) => yearInterval(m, published, true)),
  ...[...text.matchAll(YEAR_RANGE)]
    .filter((m) => !timeml || isBudgetYear(text, m.index, m.index + m[0].length))
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      return !LIFESPAN_BEFORE.test(before) || STRETCH_NOUN_BEFORE.test(before);
    })
    .flatMap((m) => yearInterval(m, published, timeml)),
];
