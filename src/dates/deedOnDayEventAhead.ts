import { getDay } from 'date-fns';
import { LOOKING_AHEAD } from './attendingAheadBefore.ts';
import { toLocalDate } from './calendarDate.ts';

// Deeds done over a day's event while it is held: guarding a funeral, escorting a convoy,
// staffing a poll, moderating a debate. Not a verb that looks back at what came of it ("will
// review", "will certify", "will recount", "will study"), whose event is gone by; nor counting or
// tallying, done once the polls close and for days after ("Election officials will count
// Sunday's postal ballots by Friday", said on the Wednesday after) (review).
const DEED_OVER = [
  'guard|escort|staff|monitor|supervise|moderate|marshal|steward|oversee|observe|protect|secure',
  'chair|conduct|invigilate',
].join('|');
const DEED_OVER_BEFORE = new RegExp(String.raw`\b${LOOKING_AHEAD}(?:${DEED_OVER})\s+$`, 'i');
// What a day leaves behind once it has happened, owned by the day, up to two words between:
// "Monday's crash site", "Friday's oil spill", "Tuesday's winners". Guarding or monitoring it
// is done after the day, which stays gone by (review).
const LEFT_BY_HAPPENING = new RegExp(
  String.raw`^['’]s\s+(?:[\w'’-]+\s+){0,2}?(?:crash|collision|accident|derailment|shooting|bombing|attack|fire|blaze|explosion|blast|spill|leak|quake|earthquake|flood|storm|collapse|wreck(?:age)?|damage|ruins|winners?|results?)\b`,
  'i',
);

/**
 * Whether `before`, the words right before a day's possessive, end with a deed looked ahead to
 * that is done over the day's event while it is held ("Hundreds of officers will guard
 * Wednesday's state funeral", "Clerks will count Tuesday's ballots by hand"), and the weekday
 * (`weekday`, Sunday 0) gone by is neither publication's own weekday nor one of the two days
 * before it (`published`, YYYY-MM-DD), three or more days back: said on the Saturday before, the coming Wednesday's funeral, not the one three
 * days gone. Said on the Wednesday, "Clerks will count Tuesday's ballots" counts the day before's
 * vote, and stays gone by; so does a past ("Officers guarded Wednesday's funeral"), and what a
 * happening left (`after`, the words from the possessive on): "Crews will guard Monday's crash
 * site", said on Thursday, is the Monday gone by.
 *
 * @example deedOnDayEventAhead('Officers will guard ', 3, '1999-03-13') // true
 */
export function deedOnDayEventAhead(
  before: string,
  weekday: number,
  published: string,
  after = '',
): boolean {
  if (!DEED_OVER_BEFORE.test(before) || LEFT_BY_HAPPENING.test(after)) return false;
  // Days back to the weekday gone by: three or more.
  return (getDay(toLocalDate(published)) - weekday + 7) % 7 >= 3;
}
