import { getISODay } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { REPORTED } from './reportingVerbs.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_ALONE } from './weekdayNames.ts';

// A weekday's own event, said to go on, with the reported "would": "'s hearing would resume on",
// "'s talks would continue", "'s session would be completed on". The event owned by the first
// weekday is the subject of the going on; up to three words name it.
const RESUMED_BETWEEN = new RegExp(
  String.raw`^['’]s\s+(?:[a-z][a-z-]*\s+){1,3}?would\s+(?:(?:also|then|only)\s+)?` +
    String.raw`(?:resume|continue|reconvene|restart|carry\s+on|go\s+on|` +
    String.raw`be\s+(?:resumed|continued|completed|concluded|finished|restarted))\s+(?:on\s+)?$`,
  'i',
);

/** The ISO day of the week of a YYYY-MM-DD day, Monday 1 to Sunday 7. */
function isoWeekday(day: string): number {
  return getISODay(toLocalDate(day));
}

/**
 * Whether `day` falls after every day written before the weekday gone by in its sentence (the
 * saying's day, "told the jury on Thursday that Tuesday's testimony would be concluded on
 * Wednesday"): what was said to go on from then cannot have gone on before it was said. True
 * when the saying is given no day ("said last week that").
 */
function afterSaying(text: string, earlier: readonly Mention[], at: number, day: string): boolean {
  const opens = sentenceStartAt(text, at);
  return earlier.every((e) => e.start < opens || !isDayValue(e.value) || day > e.value);
}

/**
 * "Lawyers said last week that Monday's hearing would resume on Tuesday", told on a Thursday: a
 * weekday gone by whose event is reported to go on ("would resume", "would continue") on a later
 * weekday of the week puts that weekday in the same week, the day the event went on to, not the
 * coming one the reported "would" alone reads (19 March for 12 March). Only a later day of the
 * week ("Friday's talks would resume on Monday" is left as read), only with "would" in a sentence
 * that reports it ("Monday's hearing will resume on Tuesday" looks ahead), and only for the
 * weekday's own event: in "said Monday that the vote would be held on Tuesday" Monday is the
 * saying's day and Tuesday the coming one.
 *
 * @example placeResumedDay(text, [monday, onTuesday], '2024-03-14')
 * // [monday, { text: 'on Tuesday', value: '2024-03-12', … }]
 */
export function placeResumedDay(
  text: string,
  mentions: readonly Mention[],
  published: string,
): Mention[] {
  return mentions.map((m, i) => {
    const gone = mentions[i - 1];
    if (
      !gone ||
      !WEEKDAY_ALONE.test(gone.text) ||
      !WEEKDAY_ALONE.test(m.text) ||
      !isDayValue(gone.value) ||
      !isDayValue(m.value) ||
      gone.value >= published.slice(0, 10) ||
      !RESUMED_BETWEEN.test(text.slice(gone.end, m.start)) ||
      !REPORTED.test(sentenceAt(text, gone.start, m.end))
    )
      return m;
    const later = isoWeekday(m.value) - isoWeekday(gone.value);
    if (later <= 0) return m;
    const value = shiftTimex(gone.value, { amount: later, unit: 'day' });
    if (value === m.value || !afterSaying(text, mentions.slice(0, i - 1), gone.start, value))
      return m;
    // The day is now read from the weekday gone by, not from publication.
    const anchor = {
      kind: 'mention' as const,
      text: gone.text,
      start: gone.start,
      value: gone.value,
    };
    return { ...m, value, anchor };
  });
}
