// A present of opening, closing or running: "is" or "are" (perhaps with "not") and "closed",
// "shut", "open", "running", "collected" or "suspended"; or the bare verb "open", "opens",
// "reopen", "reopens", "close", "closes", "shuts", "run", "runs", "operate" or "operates" (not a
// bare "shut"). The bare words are taken wherever they stand in the words before, as a verb or not.
const SCHEDULE_VERB =
  /\b(?:(?:is|are)\s+(?:not\s+)?(?:closed|shut|open|running|collected|suspended)|(?:re)?opens?|closes?|shuts|runs?|operates?)\b/i;
// "Shops always close on Christmas Day", "The pool is usually shut over Easter": a habit, left to
// the tense it has.
const HABIT =
  /\b(?:usually|typically|often|always|normally|generally|traditionally|never|every|each)\b/i;
// A past or future verb in the words before the holiday: the tense is the sentence's own.
const TOLD = /\b(?:was|were|had|will|would|won['’]t|shall)\b|['’]ll\b/i;

/**
 * Whether the words of its sentence before a holiday (`before`) are a present of schedule, an
 * opening, closing or running in any of the forms SCHEDULE_VERB lists, bare or after "is" or
 * "are" ("The library is closed between Christmas and New Year", "Trains are not running on Good
 * Friday and Easter Monday", "Pharmacies open for only a few hours on Christmas Day"): a notice of
 * the holiday at hand, so the holiday is the nearer of the last one and the coming one (said on 9
 * December 2025, Christmas is `2025-12-25`, where the Christmas of 2024 was read, only a holiday
 * within two weeks being taken as coming with no tense). Not a habit ("Shops always close on
 * Christmas Day"), nor words with a past or future verb, whose tense is the sentence's.
 *
 * @example presentScheduleBeforeHoliday('The library is closed between ') // true
 */
export function presentScheduleBeforeHoliday(before: string): boolean {
  return SCHEDULE_VERB.test(before) && !HABIT.test(before) && !TOLD.test(before);
}
