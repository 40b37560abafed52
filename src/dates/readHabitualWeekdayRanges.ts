import { clauseEnding } from './clauseOpens.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import { SERVICE_RUNS } from './serviceRuns.ts';
import type { Pass, Reading } from './Reading.ts';
import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';

// Two weekdays, capitalised, joined as the ends of a stretch: "Monday through Friday", "Tuesday to
// Sunday", "Monday-Saturday".
const WEEKDAY_RANGE = new RegExp(
  String.raw`\b(${WEEKDAY_CAPITALISED_SOURCE})(\s*[-–]\s*|\s+(?:to|through|thru|until|till)\s+)(${WEEKDAY_CAPITALISED_SOURCE})\b`,
  'g',
);

// What a place, a service or a rule does every week, told in the present, in the range's clause
// before it: "is open", "are closed", "is available", "are held", "are enforced", "opens",
// "operates", "apply", "happens", a bare "open" of a listing ("and open Tuesday through Sunday"),
// or a frequency ("every 15 minutes", "every hour"), or a standing service that runs ("The clinic
// runs Monday to Friday", `SERVICE_RUNS`). Not "runs" alone, which as often tells one stretch
// ("The meeting runs from Tuesday through Thursday"); nor a bare "closed", as often a past told
// once ("Schools closed Monday through Wednesday after the blizzard"); nor "every" before what is
// no unit of time ("every effort").
export const HABIT = new RegExp(
  String.raw`${SERVICE_RUNS}|\b(?:(?:is|are)\s+(?:usually\s+|normally\s+|generally\s+|also\s+|only\s+)?(?:open|closed|available|staffed|enforced|held|served|offered|in\s+(?:effect|force|operation))|open|opens|operates?|apply|applies|happens?|every\s+(?:\d+\s+|few\s+|other\s+)?(?:minutes?|hours?|half[-\s]hour|day|morning|afternoon|evening|night|week))\b`,
  'i',
);

// A clause told at one time, not every week: a modal or a future ("will run", "is to run"), a past
// ("was open", "were held"), or a week named ("this week", "next week").
export const ONE_TIME =
  /\b(?:will|shall|would|could|may|might|should|was|were|had|has\s+been|have\s+been|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to|going\s+to)|this|next|last|coming)\b|['’]ll\b/i;

// After the range, a week or a date that places it ("Monday through Wednesday of last week",
// "Monday to Friday next week", "Monday through Friday, March 16-20").
const PLACED_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:of\b|this\b|next\b|last\b|${MONTH_WORD_LOOSE_SOURCE}\s+\d|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m\b|:|\.\d|[-–]\s*\d+\s*[ap]\.?m)))`,
  'i',
);

function setOf(name: string, start: number, published: string): Reading {
  const day = weekdayNumber(name);
  return publishedSetReading(
    start,
    start + name.length,
    `XXXX-WXX-${day === 0 ? 7 : day}`,
    published,
    4,
  );
}

/**
 * Two weekdays as the ends of a stretch in a clause that tells what is done every week are each
 * every such day, in both readings: "The library is open Monday through Friday" is `XXXX-WXX-1`
 * and `XXXX-WXX-5` (the stretch of this week's days was read), "The tolls apply Monday through
 * Friday", "Lessons are held Monday to Thursday", "Buses run every 15 minutes Monday through
 * Friday" alike. Not a clause told once ("The strike will run Monday through Friday", "Hearings
 * were held Monday through Thursday"), nor a stretch a week or a date places ("open Monday to
 * Friday next week").
 *
 * @example
 * // [{ start: 23, end: 29, … }, { start: 38, end: 44, … }]: XXXX-WXX-1, XXXX-WXX-5
 * readHabitualWeekdayRanges('The library is open Monday through Friday.', { published: '2026-03-11', locale: 'en-US' });
 */
export const readHabitualWeekdayRanges: Pass = (text, { published }) =>
  [...text.matchAll(WEEKDAY_RANGE)].flatMap((m) => {
    const clause = clauseEnding(text.slice(0, m.index));
    const after = text.slice(m.index + m[0].length);
    const rest = after.slice(0, after.search(/[.;!?](?!\d)|$/));
    if (!HABIT.test(clause) || ONE_TIME.test(clause) || ONE_TIME.test(rest)) return [];
    if (PLACED_AFTER.test(after)) return [];
    const second = m.index + m[1]!.length + m[2]!.length;
    return [setOf(m[1]!, m.index, published), setOf(m[3]!, second, published)];
  });
