// A word of lasting or having right before a count: "for", "over", "the", "within", "during",
// "in", "of" and the verbs "last", "run", "have", "get", "given" ("closed for three weeks from
// Monday", "lasts a year from today", "has 30 days from today to act").
const LENGTH_BEFORE =
  /\b(?:for|over|the|within|during|in|of|last|lasts|lasting|runs?|has|have|had|gets?|given)\s+$/i;
// A plan's participle before "for" sets a day, not a length: "The vote is set for two weeks from
// Monday", "The hearing was adjourned for a fortnight from Friday", "The meeting has been
// rescheduled for two weeks from Monday", "The by-election has been called for three weeks from
// Thursday", "The appeal was listed for three weeks from Friday".
const PLAN_BEFORE_FOR =
  /\b(?:set|(?:re-?)?scheduled|planned|slated|due|(?:pencill?ed|penciled)(?:\s+in)?|booked|fixed|(?:re-?)?arranged|organi[sz]ed|timetabled|earmarked|listed|called|expected|postponed|delayed|adjourned|deferred|moved|brought\s+forward|put\s+back|put\s+off|pushed\s+back)\s+for\s+$/i;
// "for two weeks from Monday until the works end": the count runs up to a second bound. "to" only
// before a bound, not an infinitive's ("Voters go to the polls three weeks from Sunday to choose
// a mayor", "Residents have until three weeks from Friday to object" are the day).
const LENGTH_AFTER =
  /^\s*(?:until|till|through|thru|to(?=\s+(?:[A-Z\d]|(?:the|mid|early|late|end|next|this)\b)))\b/;

/**
 * Whether the count "from" a day (`start` to `end`, "three weeks from Monday", "two years from
 * today") is how long something lasts, its start the day, rather than the day the count lands on:
 * after a word of lasting or having ("The road will be closed for three weeks from Monday" is
 * "three weeks" `P3W` and Monday; "frozen for two years from today", "has 30 days from today to
 * act"), or before "until", "through" or a bound after "to" ("to the end of April", not "to
 * object"). Not after a plan's participle and "for" ("The
 * vote is set for two weeks from Monday", "The meeting has been rescheduled for two weeks from
 * Monday" are the day the count lands on), and not with no such word
 * ("The road reopens three weeks from Monday").
 *
 * @example isLengthCountedFrom('Closed for three weeks from Monday.', 11, 34) // true
 */
export function isLengthCountedFrom(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (PLAN_BEFORE_FOR.test(before)) return false;
  return LENGTH_BEFORE.test(before) || LENGTH_AFTER.test(text.slice(end));
}
