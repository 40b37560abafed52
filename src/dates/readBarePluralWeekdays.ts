import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass } from './Reading.ts';
import { NUMBER_SOURCE } from './readNumber.ts';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';

// The capitalised words a listing or a clause opens with before the days ("Open Tuesdays to
// Sundays").
const OPENERS = 'Open|Closed|And|But|Or|Through|Until|From|Also|Except|Only|Usually|Most';
// Before the plural, no name ("TGI Fridays", "Black Fridays", "Cyber Mondays": a capitalised word
// other than an opener), no count or choice of some of them ("two Sundays ago", "those Fridays",
// "the last three Mondays", "the Sundays" a band), no kind of day ("bank holiday Mondays") and no
// "on", which `readDurations` reads.
const NOT_BEFORE = String.raw`(?<!\b(?:${NUMBER_SOURCE}|the|these|those|some|several|few|many|both|last|past|next|recent|consecutive|successive|straight|holiday|on|On)\s+)(?<!\b(?!(?:${OPENERS})\s)[A-Z][\w'’-]*\s+)`;
// After it, no possessive, no compound ("Sundays-only") and no movement's name ("Fridays for
// Future", "Fridays For Future").
const NOT_AFTER = String.raw`(?![-'’][a-z]|['’]|\s+[Ff]or\s+Future\b)`;
const BARE_PLURAL_WEEKDAY = new RegExp(
  String.raw`${NOT_BEFORE}\b(${WEEKDAY_CAPITALISED_SOURCE})s\b${NOT_AFTER}`,
  'g',
);

/**
 * A weekday in the plural with no "on" before it is every such day, in both readings, as "on
 * Fridays" is: "Performances run Thursdays through Sundays" is `XXXX-WXX-4` and `XXXX-WXX-7`,
 * "The gallery is open Tuesdays to Sundays", "Shows are Thursdays and Fridays at 8", "The museum
 * is open Wednesdays-Sundays" alike (a listing's days; the first of two was unread, a range of
 * two unread). Capitalised only, and not a name ("TGI Fridays", "Black Fridays"), a count or a
 * choice ("two Sundays ago", "those Fridays"), nor a possessive ("Mondays' crowds").
 *
 * @example
 * // [{ start: 17, end: 26, … }, { start: 35, end: 42, … }]: XXXX-WXX-4, XXXX-WXX-7
 * readBarePluralWeekdays('Performances run Thursdays through Sundays.', { published: '2026-10-15', locale: 'en-US' });
 */
export const readBarePluralWeekdays: Pass = (text, { published }) =>
  [...text.matchAll(BARE_PLURAL_WEEKDAY)].map((m) => {
    const day = weekdayNumber(m[1]!);
    const value = `XXXX-WXX-${day === 0 ? 7 : day}`;
    return publishedSetReading(m.index, m.index + m[0].length, value, published);
  });
