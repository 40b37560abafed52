import { addMonths } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { monthByTense } from './monthByTense.ts';
import { MONTH_NAME_CAPITALISED_SOURCE, MONTH_NAMES } from './monthNames.ts';
import { nthWeekday } from './nthWeekday.ts';
import { scheduledEventMonthTense } from './scheduledEventMonthTense.ts';
import { isMonthAsFirstName } from './isMonthAsFirstName.ts';
import { isPersonMay } from './prepositionBeforeMay.ts';
import type { Pass, Reading } from './Reading.ts';
import { ORDINAL_IN_MONTH, SATURDAY } from './readOrdinalWeekdays.ts';
import type { Tense } from './tenseAround.ts';
import { sentenceAround, tenseAround } from './tenseAround.ts';
import { isTitledName } from './isTitledName.ts';
import { weekdayNumber, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { weekdayOrWeekendMention } from './weekdayOrWeekendMention.ts';

// "the second Wednesday", "the last Friday of the month", "the first Monday of next month": a
// weekday or the weekend counted by its ordinal, with no month of its own after it, or only "the
// month", "this month", "next month" or "last month". Not before another "of" or "in" ("the second
// Wednesday of the hearing", "the first Monday in September", which readOrdinalWeekdays reads),
// "after" ("the first Tuesday after the first Monday"), nor a run of turns ("the second Saturday
// running", "the third Saturday in a row").
const ORDINAL_WEEKDAY = new RegExp(
  String.raw`\bthe\s+(${Object.keys(ORDINAL_IN_MONTH).join('|')})\s+(${WEEKDAY_PATTERN}|weekend)\b` +
    String.raw`(?:\s+of\s+(the|this|next|last)\s+month\b|(?!\s+(?:of|in|after|running)\b))`,
  'gi',
);

// A month named before the ordinal in its sentence, capitalised, perhaps with its year, and at most
// six words between ("The council meets in March, on the second Wednesday"; "Bin collections change
// in February: from the first Monday"). The last such month is taken.
const MONTH_BEFORE = new RegExp(
  String.raw`\b(${MONTH_NAME_CAPITALISED_SOURCE})(?:\s+(\d{4}))?\b(?=[,:;]?\s+(?:[\w'’,-]+\s+){0,6}$)`,
  'g',
);

/**
 * The month meant, as its number and its year if written, or undefined when none is named; a "May"
 * that is the person ("Queen guitarist Brian May joined the band on the second Saturday") names
 * none, nor a month that is a name chrono does not read as a month ("Judge Anne March said",
 * "June Carter said"). `at` is where the sentence starts in `text`.
 */
function monthNamedBefore(
  sentence: string,
  text: string,
  at: number,
): { month: number; year?: number; start: number; end: number } | undefined {
  const m = [...sentence.matchAll(MONTH_BEFORE)]
    .filter((n) => {
      const start = at + n.index;
      if (n[1] === 'May') return !isPersonMay(text, start);
      return !isTitledName(text, start, start + n[1]!.length) && !isMonthAsFirstName(text, start);
    })
    .at(-1);
  if (!m) return undefined;
  return {
    month: (MONTH_NAMES as readonly string[]).indexOf(m[1]!.toLowerCase()) + 1,
    ...(m[2] ? { year: Number(m[2]) } : {}),
    start: at + m.index,
    end: at + m.index + m[1]!.length,
  };
}

/** The year of a month named without one, moved when the named day lies on the wrong side. */
function yearOf(month: number, published: string, tense: Tense, dayIn: (y: number) => Date) {
  let year = Number(monthByTense(month, published, tense).slice(0, 4));
  const pub = toLocalDate(published);
  if (year === pub.getFullYear() && month === pub.getMonth() + 1) {
    const named = dayIn(year);
    if (tense === 'past' && named > pub) year -= 1;
    if (tense === 'future' && named < pub) year += 1;
  }
  return year;
}

/**
 * A weekday or the weekend counted by its ordinal in a month named nearby, before it in its
 * sentence or as "the month", "next month": "The council meets in March, on the second
 * Wednesday", said on 10 February 2026, is `2026-03-11`; "Ballots go out in October and are
 * counted on the last Thursday of the month", said on 2 September 2026, `2026-10-29`; "Applications
 * close on the last Friday of the month", said on 4 March 2026, `2026-03-27`; "the first Monday of
 * next month" `2026-04-06`; "The festival takes place in June, over the second weekend"
 * `2026-W24-WE`. A month without its year takes the year the tense gives, as readOrdinalWeekdays
 * does; "the month" with no month named before is the month of publication.
 *
 * Leaves a bare ordinal with no month in its sentence ("on the second Wednesday" alone, or after
 * the person "Brian May" or "Judge Anne March"), one more than six words after the month, an
 * event's own ordinal ("the second Wednesday of the hearing"), a count after it ("the first
 * Tuesday after the first Monday") and a run ("the third Saturday running").
 */
export const readOrdinalWeekdaysOfNearbyMonth: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(ORDINAL_WEEKDAY)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(0, start);
    const stops = [...before.matchAll(/[.!?]["”’]?\s+|\n/g)].map((s) => s.index + s[0].length);
    const sentenceStart = stops.at(-1) ?? 0;
    const sentence = before.slice(sentenceStart);
    const monthWord = m[3]?.toLowerCase();
    const named =
      monthWord === undefined || monthWord === 'the'
        ? monthNamedBefore(sentence, text, sentenceStart)
        : undefined;
    if (monthWord === undefined && !named) continue;
    const ordinal = ORDINAL_IN_MONTH[m[1]!.toLowerCase()]!;
    const word = m[2]!.toLowerCase();
    const weekend = word === 'weekend';
    const weekday = weekend ? SATURDAY : weekdayNumber(word);
    readings.push({
      start,
      end,
      priority: 3,
      resolve: () => {
        const tense = tenseAround(text, start, end);
        const pub = toLocalDate(published);
        let first: Date;
        if (named) {
          const dayIn = (y: number) =>
            nthWeekday(new Date(y, named.month - 1, 1), weekday, ordinal);
          // "The runoff is in August, on the second Tuesday": the month's own schedule.
          const around = sentenceAround(text, named.start, named.end);
          const monthTense = scheduledEventMonthTense(
            around.before,
            around.after,
            named.month,
            published,
            tense,
          );
          const year = named.year ?? yearOf(named.month, published, monthTense, dayIn);
          first = new Date(year, named.month - 1, 1);
        } else {
          const shift = monthWord === 'next' ? 1 : monthWord === 'last' ? -1 : 0;
          first = addMonths(new Date(pub.getFullYear(), pub.getMonth(), 1), shift);
          // "the month" said of a day already gone in a sentence that looks ahead is next month's.
          if (monthWord === 'the') {
            const inMonth = nthWeekday(first, weekday, ordinal);
            if (tense === 'past' && inMonth > pub) first = addMonths(first, -1);
            if (tense === 'future' && inMonth < pub) first = addMonths(first, 1);
          }
        }
        return weekdayOrWeekendMention(nthWeekday(first, weekday, ordinal), weekend, published);
      },
    });
  }
  return readings;
};
