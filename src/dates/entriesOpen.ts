import { WEEKDAY_PATTERN } from './weekdayNames.ts';

const ENTRY =
  'tickets|applications|entries|nominations|registrations?|bookings|auditions|submissions|pre-?orders|sign-?ups|ballots';
// At most six words name the show, the race or the prize between "for" or "to" and the verb.
const NAMED = String.raw`(?:[\w'’.-]+\s+){1,6}?`;
// "at" or "from" a price is what a ticket costs, not when the sale opens ("Tickets for the concert
// start at $40", "from £25").
const OPENS = String.raw`(?:go\s+on\s+sale|open|reopen|close|begin|start)(?=\s+(?:on|in|this|next|until|through)\b|\s+(?:from|at)\b(?!\s+[$£€¥])|\s+${WEEKDAY_PATTERN}\b|\s*$)`;

/**
 * What the public may buy or enter for, said in the present to open or close: "Tickets for the
 * winter season go on sale Saturday", "Applications for the program open on Monday", "Entries to
 * the competition close at midnight on Friday". The sale or the entry is still to come, as a
 * plan's present tells ("opens", "meets"); the bare plural verb after a phrase opened by "the" was
 * otherwise taken for a noun ("the show go"). A regular expression's source, from the noun of
 * entry to the verb, to stand among the present verbs of scheduling; "Tickets for the show went on
 * sale Saturday" tells a past, and "Calls for a new start in May" names no entry.
 *
 * @example new RegExp(ENTRIES_OPEN, 'i').test('Tickets for the show go on sale') // true
 */
export const ENTRIES_OPEN = String.raw`(?:${ENTRY})\s+(?:for|to)\s+${NAMED}${OPENS}`;
