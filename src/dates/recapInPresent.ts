// "Looking back at the week in Nagano: on Friday …", "It was quite a week for the American
// women: on Tuesday …", "A recap of the Pope's visit: …", "The Games in review: …": a lead
// before a colon that frames what follows as gone by. Not a preview's "Coming up this week: …".
const RECAP_LEAD =
  /\b(?:looking\s+back|look\s+back|recap(?:ping|ped)?|in\s+review|reviewing|so\s+far\s+this\s+(?:week|weekend)|how\s+(?:this|the)\s+(?:week|weekend|visit|games)\s+(?:unfolded|went|played\s+out)|it\s+was\s+(?:quite\s+|such\s+)?a\s+(?:week|weekend)|what\s+a\s+(?:week|weekend|finish))\b[^:.!?]*:[^:]*$/i;
// "… races the super-G and wins", "… skates a clean long program and beats Michelle Kwan": a
// present verb joined to a result, which no schedule can tell ahead.
const RESULT_JOINED_AFTER =
  /^[^,.;:!?]*\b\w+s\b[^,.;:!?]*\band\s+(?:wins|beats|defeats|loses|clinches|captures|crashes)\b/i;
// "If she races on Tuesday and wins, …": a result only hoped for.
const CONDITION_BEFORE = /\b(?:if|whether|unless|should|could|can|hopes?\s+to)\b/i;

/**
 * Whether a date in a recap told in the present is gone by: a lead that frames the sentence as a
 * recap (RECAP_LEAD), or a result joined to the clause's present verb after it ("On Tuesday Picabo
 * Street races the super-G and wins", said on Friday 20 February 1998: the Tuesday gone by).
 * `before` and `after` are the date's sentence around it.
 */
export function isRecapInPresent(before: string, after: string): boolean {
  if (RECAP_LEAD.test(before)) return true;
  return RESULT_JOINED_AFTER.test(after) && !CONDITION_BEFORE.test(before);
}
