import type { Mention } from '../model/mention.ts';
import { dayOpenedBy } from './endOfDay.ts';
import { readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';
import { CLOCK_LEAD_WORDS, SPOKEN_MINUTES } from './spokenClock.ts';
import { isTimeOnDayValue } from './valueShape.ts';
import { pad } from './parseChrono.ts';

// The minutes to or past the hour before "midnight" or "noon" read with its day ("five to
// midnight on Friday", "twenty past midnight yesterday"): "half past", "a quarter to" anywhere,
// a count of minutes only after the word that puts a time on it ("at five to", not "rose five to").
const MINUTES_BEFORE = new RegExp(
  `(?:\\b(?<half>half)\\s+past|\\b(?:a\\s+)?(?<quarter>quarter)\\s+(?<qway>past|to)|(?<=\\b(?:${CLOCK_LEAD_WORDS})\\s+)(?<minutes>${SPOKEN_MINUTES})\\s+(?<mway>past|to))\\s+$`,
  'i',
);
const HOUR_WORD = /^(?<word>midnight|noon|midday)\b/i;

/**
 * "At five to midnight on Friday", "at twenty past midnight yesterday": a midnight or noon read
 * with its day takes the minutes to or past it, on the day the midnight ends (Friday at 23:55,
 * yesterday at 00:20) or the noon is of, as a bare "a quarter to midnight" takes them.
 */
export function joinMinutesToMidnight(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const word = HOUR_WORD.exec(m.text)?.groups?.word;
    if (m.type !== 'TIME' || !word || !isTimeOnDayValue(m.value)) return m;
    const before = MINUTES_BEFORE.exec(text.slice(0, m.start));
    if (!before) return m;
    const g = before.groups!;
    const count = g.half ? 30 : g.quarter ? 15 : readNumber(g.minutes!);
    if (count === undefined) return m;
    const to = (g.qway ?? g.mway)?.toLowerCase() === 'to';
    const midnight = /^midnight$/i.test(word);
    const day = midnight
      ? shiftTimex(dayOpenedBy(m.value), { amount: -1, unit: 'day' })
      : m.value.slice(0, 10);
    const minutes = (midnight ? (to ? 24 * 60 : 0) : 12 * 60) + (to ? -count : count);
    const start = before.index;
    return {
      ...m,
      start,
      text: text.slice(start, m.end),
      value: `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
    };
  });
}
