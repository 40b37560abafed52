import { WEEKDAY_WORD } from './weekdayNames.ts';

// "to be" and a participle (in -ed, -n as "taken" or "shown", or -t as "sent") right before the
// day, "on" between at most: "to be reported Wednesday", "to be released on Thursday", "to be
// formally announced Monday". Not a "to" a past "was", "were" or "had" leads, two words between
// at most, which told a plan gone by ("was to be reported Wednesday", "had been due to be released
// Monday").
const INFINITIVE_PASSIVE_BEFORE =
  /(?<!\b(?:was|were|wasn['’]t|weren['’]t|had)\s+(?:\w+\s+){0,2})\bto\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|n|t)\s+(?:on\s+)?$/i;
// The clause the infinitive opens, set off by a comma before "to" ("Compaq's earnings, to be
// reported Wednesday, are expected …"): an aside of what is still to be done with its subject.
const SET_OFF_BEFORE = /,\s*(?:\w+\s+)?to\s+be\s+\S+\s+(?:\S+\s+)?$/i;
// The verb of the sentence right after the aside told in the past or as a past's future ("…, to
// be reported Tuesday, were delayed", "said its results, to be reported Monday, would show a
// loss"): the day is the sentence's, which may be gone by.
const PAST_VERB_AFTER = /^\s*,\s*(?:was|were|had|would|could|might)\b/i;
// A past's future right after the aside ("said its results, to be reported Thursday, would
// rise"): the day of reported speech, ahead or gone by as publication's week tells
// (wouldAsideAheadThisWeek).
const PAST_FUTURE_AFTER = /^\s*,\s*(?:would|could|might)\b/i;

/** Whether the weekday at `start`..`end` ends an infinitive passive set off by a comma. */
function isInfinitivePassiveAside(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return (
    WEEKDAY_WORD.test(text.slice(start, end)) &&
    INFINITIVE_PASSIVE_BEFORE.test(before) &&
    SET_OFF_BEFORE.test(before)
  );
}

/**
 * Whether the weekday at `start`..`end` is told by an infinitive passive set off as an aside:
 * "Compaq's earnings, to be reported Wednesday, are expected to show a sharp gain", said on Monday
 * 16 October 1989, is the coming Wednesday (1989-10-18), the day the figures are still to be
 * reported; so is "Car makers' sales for the Oct. 21-31 period, to be released Friday, …". Not a
 * plan gone by ("Earnings, which were to be reported Wednesday, were delayed"), nor an aside a
 * past verb follows ("The results, to be reported Tuesday, were delayed", "said its results, to be
 * reported Monday, would show a loss"), nor an infinitive with no comma before it ("The company
 * asked for the figures to be reported Wednesday"), which its sentence reads.
 *
 * @example isInfinitivePassiveDayAhead("Earnings, to be reported Wednesday, are expected to rise.", 25, 34) // true
 */
export function isInfinitivePassiveDayAhead(text: string, start: number, end: number): boolean {
  return (
    isInfinitivePassiveAside(text, start, end) && !PAST_VERB_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * Whether the weekday at `start`..`end` ends such an aside with "would", "could" or "might" right
 * after it ("The company said its results, to be reported Thursday, would rise"): reported speech,
 * whose day the tense alone cannot tell.
 */
export function isInfinitivePassiveAsideWould(text: string, start: number, end: number): boolean {
  return (
    isInfinitivePassiveAside(text, start, end) && PAST_FUTURE_AFTER.test(text.slice(end, end + 20))
  );
}
