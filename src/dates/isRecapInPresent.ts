// "Looking back at the week in Nagano: on Friday …", "It was quite a week for the American
// women: on Tuesday …", "A recap of the Pope's visit: …", "The Games in review: …": a lead
// before a colon that frames what follows as gone by. Not a preview's "Coming up this week: …".
const RECAP_LEAD =
  /\b(?:looking\s+back|look\s+back|recap(?:ping|ped)?|in\s+review|reviewing|so\s+far\s+this\s+(?:week|weekend)|how\s+(?:this|the)\s+(?:week|weekend|visit|games)\s+(?:unfolded|went|played\s+out)|it\s+was\s+(?:quite\s+|such\s+)?a\s+(?:week|weekend)|what\s+a\s+(?:week|weekend|finish))\b[^:.!?]*:[^:]*$/i;
// "The week that was in Havana: …", "This past week in the Gulf: …": the week gone by as the
// lead itself, opening it. Not a lead that only passes through it ("Negotiators spent this past
// week drafting a timetable: …", "After this past week's storms, …").
const WEEK_GONE_LEAD =
  /^\s*(?:(?:the|a)\s+week\s+that\s+was|this\s+past\s+week(?!['’]s))\b[^:.!?]*:[^:]*$/i;
// "What a week ahead for the Pope: …", "Looking back at Monday's vote and ahead to the rest of the
// week: …": a lead that looks ahead as well frames no recap.
const AHEAD_IN_LEAD = /\b(?:ahead|coming|next|upcoming|preview)\b[^:]*:[^:]*$/i;
// "… on Thursday the Senate will vote", "… and defeats it, the majority leader predicts": the
// date's clause is told as still to come, or the sentence closes on a prediction, whatever its
// lead or its result. Not a later "says he will pray for Cuba", nor "as expected".
const AHEAD_AFTER =
  /^\s*(?:[\w'’-]+\s+){0,4}?(?:will|shall|(?:is|are)\s+going\s+to)\b|,\s+(?:[\w'’-]+\s+){0,4}(?:predicts?|forecasts?|expects?)\s*(?:[.!?]|$)/i;
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
  if (AHEAD_AFTER.test(after)) return false;
  if ((RECAP_LEAD.test(before) || WEEK_GONE_LEAD.test(before)) && !AHEAD_IN_LEAD.test(before))
    return true;
  return RESULT_JOINED_AFTER.test(after) && !CONDITION_BEFORE.test(before);
}
