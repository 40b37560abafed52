import { DEAL_WORD } from './dealWord.ts';
import { MARKET_WORD } from './marketWord.ts';
import { MATCH_WORD } from './matchWord.ts';
import { LIKELY_MODALS } from './modals.ts';
import type { Pass, Reading } from './Reading.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import { HALF, periodByTense } from './periodByTense.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { shortYear } from './shortYear.ts';
import { shouldAfterPeriod } from './shouldAfterPeriod.ts';
import { tenseAround } from './tenseAround.ts';
import type { Tense } from './tenseAround.ts';
import { halfUnderWayPerfect } from './halfUnderWayPerfect.ts';
import { halfCourseAhead } from './halfCourseAhead.ts';

// "the first half of 2024", "the last half of 1989", "the second half of the year", "the first
// half of next year", "the first two quarters of 1990", "1998's second half", and business
// shorthand "H1 2024", "1H 2024". "the first half of fiscal 1990" is that fiscal year's half,
// written with the fiscal year's number as TimeML writes a fiscal quarter.
const HALF_YEAR =
  /\bthe\s+(?:(first|second|last|latter|back|front)\s+half|(first|last)\s+two\s+quarters)\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})\b|(?:the|this|(last|next))\s+year\b)|\b(?:H([12])|([12])H)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})['’]s\s+(first|second)\s+half\b/gi;
// "first-half profit", "second-half sales", "H2 revenue": a half with no year before what a
// business reports is a half of the year ("a second-half goal", "H2 fuel cells" are not). Words a
// match report also uses ("second-half performance", "first-half output", "outlook") are left out.
const REPORTED = String.raw`(?:profits?|sales|revenues?|earnings|results|growth|margins?|loss(?:es)?|deliveries|shipments|orders|bookings|demand|guidance|production|spending)\b`;
// An adjective of accounts may stand before the noun ("second-half operating margins", "first-half
// pretax profit"), and "net" before income too ("first-half net income").
const ACCOUNTS_ADJECTIVE = String.raw`(?:(?:operating|pretax|pre-tax|gross|net)\s+)?`;
const ACCOUNTS_NOUN = String.raw`${ACCOUNTS_ADJECTIVE}${REPORTED}|net\s+income\b`;
// "H2 production", "H2 net production": hydrogen's, with or without the adjective.
const REPORTED_HALF = new RegExp(
  String.raw`\b(?:(first|second)-half|H([12])(?!\s+${ACCOUNTS_ADJECTIVE}(?:production|demand)\b))\s+(?=${ACCOUNTS_NOUN})`,
  'gi',
);
// "Revenue for the first half rose 8%", "expects sales to recover in the second half": a bare half
// in a sentence of what a business reports, with no word of a match ("scored", "goal", "led 2-0",
// "Smith's side", "after the interval", "conceded", "offensive"), nor a half of what a noun after
// it names ("the first half hour", "the second half century").
const BARE_HALF =
  /\bthe\s+(first|second)\s+half\b(?!\s+of\b|-|\s+(?:hours?|minutes?|days?|century|decade|dozen|miles?|innings?|points?|terms?|seasons?|marathon)\b)/gi;
// "Growth will slow in the second half", said in January: a half a future verb happens within is
// the coming one, not the one just ended that results are expected for; but a half results are
// reported for is still the one just ended ("expects to post a loss in the first half", in July).
const WITHIN_BEFORE = /\b(?:in|during|over|through|throughout)\s+$/i;
const REPORTING_BEFORE = /\b(?:post|report|book|record|log|announce|publish)\b[^.;!?]*$/i;
// "Analysts said the first half's sales would rise", said in January: a half that owns what a
// modal after it looks ahead to is the subject of that clause, not of the saying before it, and
// is read as the clause looks (the current half, not last year's). Not a modal of the past
// ("would have been"), nor a past after it ("the first half's sales had risen"). Only the half
// under way is so looked ahead from: a half already over owns what it left behind ("the first
// half's losses would weigh on the stock", said in September, is the half just ended, not next
// year's), and the saying dates it.
const OWNER_OF_AHEAD_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:[\w-]+\s+){1,3}?(?:${LIKELY_MODALS})\s+(?!have\b)`,
  'i',
);
const REPORTED_WORD = new RegExp(String.raw`\b${REPORTED}`, 'i');
// "2H26", "1H25", "H2'27": a half and a year of two digits joined, as analysts and trade copy
// write them. Not "H2 26" (a space: a figure after hydrogen may follow), nor a longer word or
// figure around it ("2H2O", "1H250").
const SHORT_HALF_YEAR = /(?<![\w'’-])(?:([12])H|H([12])['’])(\d{2})(?![\w%]|[.,]\d)/g;
// "The chip ships in the second half", "The phone goes on sale in the second half": a bare half
// in a sentence of a release is a half of the year, as in one of results. Only the release told
// ahead or in the present (a match's "launched a counterattack in the second half" is past), in
// the half's own clause and at most three words before it ("ships to customers in the second
// half"): not a film's or a book's half after a clause on where it is available ("The album is
// available on vinyl; its best songs come in the second half"), nor a team's "to launch a late
// surge".
const RELEASE_WORD =
  /\b(?:ships|shipping|(?:to|will|would|should|could)\s+(?:ship|debut|arrive)|(?:(?:to|will|would|should|could)\s+)?launch(?:es)?(?=\s+(?:in|during|sometime|later|early)\b)|roll(?:s|ing)?\s+out|goes\s+on\s+sale|go\s+on\s+sale|(?:is|are|be)\s+(?:\w+ly\s+)?available|availability|release\s+date)\b/i;
const RELEASE_BEFORE_HALF = new RegExp(
  String.raw`${RELEASE_WORD.source}(?:\s+[^\s,;:()—–]+){0,3}\s+$`,
  'i',
);
const releaseBefore = (text: string, start: number): boolean =>
  RELEASE_BEFORE_HALF.test(text.slice(sentenceStartAt(text, start), start));
// H2 is also hydrogen: "H1"/"H2" name no half before "production" or "demand", nor in a text of
// hydrogen, electrolysers or fuel cells ("Hydrogen makers expect H2 revenue to double").
const HYDROGEN = /\bhydrogen|electroly[sz]|\bfuel[-\s]cells?\b/i;

/** "the first half of the year", "H1 results": a half of the publication year, dated by tense. */
function readReportedHalves(text: string, published: string): Reading[] {
  const hydrogen = HYDROGEN.test(text);
  return [...text.matchAll(REPORTED_HALF)]
    .filter((m) => !(m[2] && hydrogen))
    .map((m): Reading => {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const half = Number(m[2] ?? (m[1]!.toLowerCase() === 'first' ? 1 : 2));
      return {
        start,
        end,
        priority: 2,
        resolve: () => ({
          type: 'DATE',
          // "second-half sales will improve": a course still to run, in a half not yet ended.
          value: halfCourseAhead(text.slice(end))
            ? periodByTense(half, HALF, published, 'future', 'ahead')
            : periodByTense(half, HALF, published, tenseAround(text, start, end)),
          granularity: 'span',
          anchor: { kind: 'published', date: published },
        }),
      };
    });
}

/**
 * The tense of a bare half at `start`..`end`: to come for a release (`release`), a half under way
 * with a word of what lies ahead after it, or a "should" after a half not over; none for a half
 * under way told in the perfect; else its sentence's.
 */
function bareHalfTense(
  text: string,
  at: { start: number; end: number },
  half: number,
  published: string,
  release: boolean,
): Tense {
  const { start, end } = at;
  const current = Number(published.slice(5, 7)) <= 6 ? 1 : 2;
  const underWay = half === current;
  const after = text.slice(end);
  if (
    release ||
    (underWay && OWNER_OF_AHEAD_AFTER.test(after)) ||
    shouldAfterPeriod(after, half >= current, text.slice(sentenceStartAt(text, start), start))
  )
    return 'future';
  // "Trading in the second half has been better", said in August: the half so far, no past to
  // put it a year back.
  if (underWay && halfUnderWayPerfect(after)) return 'unknown';
  return tenseAround(text, start, end);
}

/** "the second half": a half read only in a sentence of results or of a release. */
function readBareHalves(text: string, published: string): Reading[] {
  return [...text.matchAll(BARE_HALF)].flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAt(text, start, end);
    const ofResults =
      REPORTED_WORD.test(sentence) || MARKET_WORD.test(sentence) || DEAL_WORD.test(sentence);
    const released = releaseBefore(text, start);
    if (!(ofResults || released) || MATCH_WORD.test(sentence)) return [];
    // A release told ahead or in the present ("ships in the second half") is to come, whatever a
    // saying around it tells ("The company said the chip ships in …").
    const release = !ofResults && released;
    const half = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    const within =
      WITHIN_BEFORE.test(text.slice(Math.max(0, start - 10), start)) &&
      !REPORTING_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    return [
      {
        start,
        end,
        priority: 1,
        resolve: () => {
          const tense = bareHalfTense(text, { start, end }, half, published, release);
          const ahead = within && tense === 'future' ? 'ahead' : undefined;
          return {
            type: 'DATE',
            value: periodByTense(half, HALF, published, tense, ahead),
            granularity: 'span',
            anchor: { kind: 'published', date: published },
          };
        },
      },
    ];
  });
}

/**
 * A half year as TIMEX writes it, H1 or H2 (`2024-H1`); "the year" is the publication year. A
 * bare "the first half" is read only in a sentence of results: in sports copy it is half of a
 * match.
 */
export const readHalfYears: Pass = (text, { published }) => [
  ...readReportedHalves(text, published),
  ...readBareHalves(text, published),
  ...named(text, published, Number(published.slice(0, 4))),
  ...shortNamed(text, published),
];

function named(text: string, published: string, year: number): Reading[] {
  return [...text.matchAll(HALF_YEAR)].map((m): Reading => {
    const which = (m[1] ?? m[2] ?? m[9] ?? '').toLowerCase();
    const half = m[5] ?? m[6] ?? (which === 'first' || which === 'front' ? '1' : '2');
    const shift = m[4] ? UNIT_SHIFT[m[4].toLowerCase()]! : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: `${m[3] ?? m[7] ?? m[8] ?? year + shift}-H${half}`,
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    };
  });
}

function shortNamed(text: string, published: string): Reading[] {
  return [...text.matchAll(SHORT_HALF_YEAR)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: `${shortYear(m[3]!, published)}-H${m[1] ?? m[2]}`,
      granularity: 'span',
      anchor: { kind: 'published', date: published },
    }),
  }));
}
