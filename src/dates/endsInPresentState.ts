// The states a place, a service or a rule is put in for a day: closed, open, free, suspended, in
// effect … ("The road is closed Saturday", "Admission is free Sunday", "The curfew is in effect
// Saturday").
export const STATE =
  'closed|shut|open|free|suspended|cancell?ed|delayed|postponed|banned|halted|restricted|off|in\\s+(?:effect|force|place)';

// "is", "are" and a word of time or degree ("still", "also", "again", "only"), the state, then at
// most a short phrase of what it is to or for ("shut to traffic", "closed to visitors", "delayed
// a day") right before a bare weekday: a present of state set for that day.
const PRESENT_STATE = new RegExp(
  String.raw`\b(?:is|are)\s+(?:(?:still|also|again|only|now)\s+)?(?:${STATE})(?:\s+(?:to|for)\s+[a-z]+|\s+(?:a|one)\s+day)?\s+$`,
  'i',
);

/**
 * Whether the words before a bare weekday (no "on") end in a present of state set for that day:
 * "The curfew is in effect Saturday", "The road is closed Saturday for the marathon", "Parking is
 * free Saturday", "The bridge is shut to traffic Sunday", "Trash pickup is delayed a day
 * Thursday". A state gone by takes "was" ("The road was closed Saturday"), so "is" tells the
 * coming day, as "is closed on Saturday" already did. Not "The road is still closed after a
 * sinkhole opened Saturday" (another verb right before the day).
 *
 * @example endsInPresentState('The curfew is in effect ') // true
 */
export function endsInPresentState(before: string): boolean {
  return PRESENT_STATE.test(before);
}
