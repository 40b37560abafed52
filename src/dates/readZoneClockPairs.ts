import { clockAfterLaterPart } from './clockAfterLaterPart.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { US_REGION, US_REGIONS } from './clockZone.ts';
import { pad } from './parseChrono.ts';
import type { Pass, Reading } from './Reading.ts';
import { readNumber } from './readNumber.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { HOUR_WORD_SOURCE } from './spokenClock.ts';

// The US regions in order from east to west, an hour apart each, as the pattern's words are
// compared: in lower case.
const REGIONS = US_REGIONS.map((region) => region.toLowerCase());
const REGION = `(${US_REGION})(?:\\s+time)?`;
const HOUR = `(\\d{1,2}|${HOUR_WORD_SOURCE})(?::(\\d{2}))?`;
// "nine o'clock Eastern, eight Central", "8 p.m. Eastern, 7 Central", "8:30 Eastern, 7:30
// Central": one time told on two regions' clocks, as a network's promo or a listing writes it.
const ZONE_PAIR = new RegExp(
  `\\b${HOUR}(?:\\s+o['’]clock)?(?:\\s*([ap])\\.?m\\.?)?\\s+${REGION},\\s+${HOUR}(?:\\s+o['’]clock)?\\s+${REGION}\\b`,
  'gi',
);
// A broadcast in the sentence: what a bare evening hour on two regions' clocks is the time of,
// prime time ("The debate airs at nine o'clock Eastern, eight Central"). A market's or a launch's
// hour ("The market opens at 9:30 Eastern, 8:30 Central") names no broadcast and keeps the morning.
const BROADCAST =
  /\b(?:airs?|aired|airing|premieres?|broadcasts?|televised|tune\s+in|watch|join\s+us|coverage|special|episode|show|program(?:me)?|debate|address|documentary|finale|network|channel|game|kicks?\s+off|tips?\s+off)\b/i;
// A morning in the sentence: a morning show's or a breakfast programme's hour is no prime time
// ("Good Morning America airs at seven Eastern, six Central" keeps the morning), unless the
// sentence names the evening too ("Tonight's debate, after a morning of rallies, airs at nine").
const MORNING = /\b(?:mornings?|breakfast|dawn|daybreak|sunrise)\b/i;
const EVENING = /\b(?:tonight|evenings?|nights?)\b/i;

/** Whether the sentence names a morning and no evening or night. */
function morningOnly(sentence: string): boolean {
  return MORNING.test(sentence) && !EVENING.test(sentence);
}

/** The hour (1 to 12) of the words, or undefined. */
function hourOf(words: string): number | undefined {
  const hour = readNumber(words.toLowerCase());
  return hour !== undefined && Number.isInteger(hour) && hour >= 1 && hour <= 12 ? hour : undefined;
}

/**
 * One time on two US regions' clocks, read as two clocks of the same moment, in both readings:
 * "The debate airs at nine o'clock Eastern, eight Central", said Friday 7 January 2000, reads
 * "nine o'clock Eastern" `2000-01-07T21:00` and "eight Central" `2000-01-07T20:00` (the second
 * was unread, the first the morning). The second clock takes the first's half of the day, less
 * the hours between the regions; the pair must differ by those hours ("9 Eastern, 6 Pacific").
 * The first clock is past noon when it says so ("8 p.m."), when a later part of the day was named
 * before it ("tonight at nine o'clock Eastern"), or when its sentence tells of a broadcast and its
 * hour is one of the evening's (seven to eleven), the prime time a promo names, and the sentence
 * names no morning without an evening ("Good Morning America airs at seven Eastern, six
 * Central"); else it is the morning's ("The market opens at 9:30 Eastern, 8:30 Central").
 */
export const readZoneClockPairs: Pass = (text, { published }) =>
  [...text.matchAll(ZONE_PAIR)].flatMap((m): Reading[] => {
    const first = hourOf(m[1]!);
    const second = hourOf(m[5]!);
    if (first === undefined || second === undefined) return [];
    const minute = Number(m[2] ?? 0);
    if (Number(m[6] ?? 0) !== minute) return [];
    const gap = REGIONS.indexOf(m[7]!.toLowerCase()) - REGIONS.indexOf(m[4]!.toLowerCase());
    if (gap === 0 || (((first - second - gap) % 12) + 12) % 12 !== 0) return [];
    const start = m.index;
    const firstEnd = start + m[0].indexOf(',');
    const secondStart = firstEnd + /^,\s*/.exec(text.slice(firstEnd))![0].length;
    const meridiem = m[3]?.toLowerCase();
    const sentence = sentenceAt(text, start, start + m[0].length);
    const later =
      meridiem === 'p' ||
      (meridiem === undefined &&
        (clockAfterLaterPart(text, start, first, firstEnd) ||
          (first >= 7 && first <= 11 && BROADCAST.test(sentence) && !morningOnly(sentence))));
    const hour = (first % 12) + (later ? 12 : 0);
    const secondHour = (hour - gap + 24) % 24;
    const clock = (h: number) => `T${pad(h)}:${pad(minute)}`;
    const firstReading = clockOnLastDay(text, start, firstEnd, clock(hour), published);
    const secondReading = clockOnLastDay(
      text,
      secondStart,
      start + m[0].length,
      clock(secondHour),
      published,
    );
    // Above the clocks read alone, which may have taken the first hour for the morning's.
    return [
      ...(meridiem === undefined ? [{ ...firstReading, priority: 5 }] : []),
      { ...secondReading, priority: 5 },
    ];
  });
