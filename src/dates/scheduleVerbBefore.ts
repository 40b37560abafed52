/**
 * A verb of schedule right before a day and month, present or to come: "takes effect Jan. 1",
 * "expires on Feb. 28", "will open March 1", "is set to come into force on", "is due Jan. 15",
 * and with a clock before the day ("expires at midnight on Feb. 28", where the mention starts at
 * the clock), which must not read the day otherwise than "expires Feb. 28" does.
 * It says the day is one the story looks ahead to (`dayMonthByTense`'s "ahead").
 *
 * Two lists look alike and are kept apart on purpose. readChrono's PLAN_PARTICIPLE_BEFORE holds
 * participles ("scheduled", "postponed", "based", "dated") only so that their "-ed" is not taken
 * for a past verb; they say nothing of which side of publication the day is on ("was scheduled
 * Jan. 31" may be gone). readRelatives' PRESENT_HEAD holds any present-tense head of a counted
 * span ("comes", "is", "falls", "expires" 48 hours before the deadline), which sets the count at
 * publication; it shares a few verbs with this list because they are present, not because they
 * schedule. midnightEndsDay's ENDING and STARTING share "expires", "ends", "starts", "opens" with
 * it, but they ask another thing (does a calendar day's midnight end the day or open it), take
 * past forms too ("ended", "began", "ran out", "lapsed") and may stand anywhere in the clause
 * before the midnight, where this list holds only present or future verbs right before the day.
 */
export const SCHEDULE_VERB_BEFORE =
  /\b(?:(?:(?:takes|will\s+take|to\s+take)\s+effect|(?:comes|will\s+come|to\s+come)\s+into\s+(?:force|effect)|(?:expires|opens|reopens|starts|begins|ends|closes|resumes)|(?:will|to)\s+(?:expire|open|reopen|start|begin|end|close|resume))(?:\s+(?:on|at))?|(?:is|are)\s+(?:due|set|scheduled|slated)(?:\s+(?:for|on))?)\s+$/i;
