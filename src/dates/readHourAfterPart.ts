import type { Pass } from './Reading.ts';
import { LATER_HOURS } from './laterHours.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { readNumber } from './readNumber.ts';
import { HOUR_WORD_SOURCE } from './spokenClock.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { pad } from './parseChrono.ts';

// "Tonight at eleven", "tomorrow night at 8", "this evening at nine", "Sunday morning at 10": a
// bare hour after "at" right after a day's part is that part's hour, as broadcast copy says its
// times. "this morning at 9:30", "tonight at 8:15": a clock in figures likewise, which chrono
// reads with the part as one and the part's own reading then outranks. "tonight at half past
// eight Eastern", "tonight at a quarter past nine": half or a quarter past or to the hour too, the
// evening's 20:30 and 21:15, where the clock alone was read in the morning. "at 9 this morning"
// (the part after the hour) is readSpokenClocks'.
const HOUR_AFTER_PART = new RegExp(
  `\\b(?:(?:this|tomorrow|yesterday|that|${WEEKDAY_PATTERN})\\s+(?<part>${PART_OF_DAY_SOURCE})|(?<tonight>tonight))` +
    `,?\\s+at\\s+(?:about\\s+|around\\s+)?(?<past>(?:(?<half>half)|(?:a\\s+)?quarter)\\s+(?:past|(?<to>to))\\s+)?(?:(?<figure>\\d{1,2})(?<minute>:[0-5]\\d)?|(?<word>${HOUR_WORD_SOURCE}))\\b(?:\\s*(?<meridiem>[ap])\\.?m\\b\\.?)?`,
  'gid',
);
// What may follow such an hour: the end of a clause, a zone ("at eight Eastern"), or a word that
// goes on the sentence. Not a figure's or a noun's words ("at 8 percent", "at 10 Downing Street",
// "at 8:30", "at eight o'clock", which other passes read).
const ENDS_HOUR = new RegExp(
  `^(?:\\s*(?:[,;!?—–]|\\.(?!\\d)|$)|\\s+(?:${CLOCK_ZONE})|\\s+(?:and|or|when|as|with|for|to\\s+(?!\\d)|on\\s+[A-Z]|from|before|after|until|in\\s+the\\b)\\b)`,
);
// The hours the morning holds; the later parts' are clockAfterLaterPart's.
const MORNING_HOURS: readonly [number, number] = [5, 11];

/** The hour of the 24-hour clock the part makes of a bare hour, or undefined if it holds none. */
function hourOfPart(part: string, hour: number): number | undefined {
  const lower = part.toLowerCase();
  const [from, to] = lower === 'morning' ? MORNING_HOURS : LATER_HOURS[lower]!;
  if (hour < from || hour > to) return undefined;
  return lower === 'morning' ? hour : hour + 12;
}

/** The hour of the 24-hour clock "a.m." or "p.m." makes of an hour, or undefined past 12. */
function hourOfMeridiem(meridiem: string, hour: number): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  const afternoon = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (afternoon ? 12 : 0);
}

/**
 * A bare hour said after a day's part and "at" ("Tonight at eleven, the hidden dangers in your
 * toy box", "Join us tomorrow night at 8"): a time of the day the part is on, in the part's half
 * of the clock (23:00, 20:00). The part is read as before, apart from the hour, as a clock after
 * "this morning at ten thirty" is. An hour the part does not hold ("tonight at 3") and a figure
 * or a noun after the number stay unread.
 */
export const readHourAfterPart: Pass = (text, { published }) =>
  [...text.matchAll(HOUR_AFTER_PART)].flatMap((m) => {
    const { part, tonight, past, half, to, figure, minute, word, meridiem } = m.groups!;
    const end = m.index + m[0].length;
    // "a.m." or "p.m." makes the number a clock whatever follows.
    if (!meridiem && !ENDS_HOUR.test(text.slice(end))) return [];
    const bare = figure !== undefined ? Number(figure) : readNumber(word!);
    if (bare === undefined || !Number.isInteger(bare)) return [];
    // "half past eight" is eight's half hour; "a quarter to nine" is in eight's hour.
    if (past && minute) return [];
    const inHour = to ? bare - 1 : bare;
    if (inHour < 1) return [];
    const hour = meridiem ? hourOfMeridiem(meridiem, inHour) : hourOfPart(part ?? tonight!, inHour);
    if (hour === undefined) return [];
    // The clock starts at "half" or "quarter" if said, else at the hour.
    const at = m.indices!.groups!;
    const start = (at.past ?? at.figure ?? at.word)![0];
    const minutes = !past ? (minute?.slice(1) ?? '00') : half ? '30' : to ? '45' : '15';
    const reading = clockOnLastDay(text, start, end, `T${pad(hour)}:${minutes}`, published);
    // Above readSpokenClocks' reading of the same "half past eight", which has no part before it.
    return [past ? { ...reading, priority: 2 } : reading];
  });
