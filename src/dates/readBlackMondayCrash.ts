import { BEFORE_NAMED } from './blackNamedDay.ts';
import type { Pass } from './Reading.ts';
import { publishedDaySpan } from './publishedDayReading.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

const CRASH_DAY = '1987-10-19';
// The crash is the Black Monday of copy written after it, and for two decades the only one; later
// copy has other Black Mondays (2008's, 2015's, 2020's), so the name alone is read no longer.
const LAST_PUBLISHED = '2007-12-31';

// "another Black Monday", "a Black Monday could happen again", "the next Black Monday", "a second
// Black Monday": a day like the crash, still to come, no date.
const ONE_LIKE_IT = /\b(?:an?|another|next|new|second|any|every|no)\s+$/i;
// "Oct. 16 became Tokyo's Black Monday", "Monday became Frankfurt's Black Monday", "For London's
// brokers, Oct. 16 was their own Black Monday", "a Black Monday of its own": another day given the
// crash's nickname, a place's or a body's own, no date. A bare "became" before the name counts
// too ("The day became Black Monday for brokers"), the owner after it being optional. Not "became
// known as Black Monday", the crash named, nor "Wall Street's Black Monday" with no "own" or
// "became", the crash owned.
const ANOTHER_DAYS_BEFORE =
  /\b(?:own\s+|bec(?:ame|ome|omes|oming)\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?:own\s+)?)?)$/;
// "Oct. 19, 1987, became Black Monday", "Two years ago, Oct. 19 became Black Monday": a bare
// "became" whose subject names the crash's own day, by its date or its year, is the crash named.
const BARE_BECAME = /\bbec(?:ame|ome|omes|oming)\s+$/;
const CRASH_DAY_NAMED = /\b(?:Oct(?:ober|\.)?\s+19\b|19\s+Oct(?:ober|\.)?|1987\b)/;
const ANOTHER_DAYS_AFTER = /^\s+of\s+(?:its|their|his|her|our|its\s+very)\s+own\b/i;
// "the Black Monday of 1987" is the crash written with its year; another year is another day.
const BLACK_MONDAY = /\bBlack\s+Monday\b(?:\s+(?:of|in)\s+(\d{4})\b)?/g;
const NAME_BEFORE = new RegExp(`${BEFORE_NAMED}$`);
// After a verb "Black" may be a surname, but not when the crash's own nouns follow, the name's own
// ("Traders marked Black Monday's anniversary", "Black Monday's 508-point drop", "the Black Monday
// crash"). A noun further on is another thing's: "Shareholders sued Conrad Black Monday over the
// collapse of Hollinger" is that Monday.
const CRASH_AFTER =
  /^(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\s+)(?:anniversary|crash|plunge|drop|decline|collapse|losses|sell-?off|rout)\b/i;
// A year other than 1987 the name is told with, before it or after its noun, is another Black
// Monday's: "the Black Monday crash of 1929", "the 1929 Black Monday".
const YEAR_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:of|in)\s+(\d{4})\b/;
const YEAR_BEFORE = /\b(\d{4})\s+$/;

/** Whether the name at `at` follows a bare "became" whose subject names the crash's day. */
function crashDayBecame(text: string, at: number): boolean {
  const before = text.slice(sentenceStartAt(text, at), at);
  return BARE_BECAME.test(before) && CRASH_DAY_NAMED.test(before);
}

/** The year told with the Black Monday matched by `m`, if any. */
function toldYear(text: string, m: RegExpExecArray): string | undefined {
  const after = text.slice(m.index + m[0].length);
  return m[1] ?? YEAR_AFTER.exec(after)?.[1] ?? YEAR_BEFORE.exec(text.slice(0, m.index))?.[1];
}

/**
 * "Black Monday" as the stock market crash of 19 October 1987, in copy published from that day
 * to the end of 2007: "Friday's 190-point plunge was the worst since Black Monday", said on 16
 * October 1989, is 1987-10-19. Not "another Black Monday" or "a Black Monday could happen again"
 * (a day like it), nor after a word that may make "Black" a surname ("The judge told Black
 * Monday that …", `BLACK_NAMED_DAY`'s guard) unless the crash's nouns follow ("Traders marked
 * Black Monday's anniversary").
 */
export const readBlackMondayCrash: Pass = (text, { published }) => {
  if (published < CRASH_DAY || published > LAST_PUBLISHED) return [];
  return [...text.matchAll(BLACK_MONDAY)]
    .filter(
      (m) =>
        NAME_BEFORE.test(text.slice(0, m.index)) ||
        CRASH_AFTER.test(text.slice(m.index + m[0].length)),
    )
    .filter((m) => !ONE_LIKE_IT.test(text.slice(Math.max(0, m.index - 12), m.index)))
    .filter(
      (m) =>
        (!ANOTHER_DAYS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
          crashDayBecame(text, m.index)) &&
        !ANOTHER_DAYS_AFTER.test(text.slice(m.index + m[0].length)),
    )
    .filter((m) => [undefined, '1987'].includes(toldYear(text, m)))
    .map((m) => publishedDaySpan(m.index, m.index + m[0].length, CRASH_DAY, published));
};
