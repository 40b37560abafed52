import { OUTCOME_ADJECTIVE } from './outcomeAdjective.ts';
import { shiftTimex } from './shiftTimex.ts';
import { VOTE_NOUN } from './voteNoun.ts';
import { nearestWeekday } from './weekdayByTense.ts';
import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

// A day's event that is held on a set day and not known before: a vote, a sale or a report, a
// sitting, a gathering, a ceremony, a decision.
const SET_EVENT = String.raw`(?:${VOTE_NOUN}|polls|(?:auction|sale|offering|report|release|meeting|session|sitting|hearing|speech|summit|debate|decision|march|rally|parade|protest|demonstration|funeral|ceremony)s?|figures|data)`;
// The day's possessive, up to three words before the event ("Thursday's bond sale"), then what it
// is of or on, up to five words ("of 30-year bonds"); not an event told how it turned out
// ("Friday's weak report"), whose "would" tells its aftermath.
const OWNED_EVENT = String.raw`^['’]s\s+(?:(?!${OUTCOME_ADJECTIVE}\s)[\w-]+\s+){0,3}?${SET_EVENT}\b(?:\s+(?:of|on|for|in|at)\s+(?:[\w$%/-]+\s+){1,5}?)?\s*`;
// "is likely to draw a record turnout", "is likely to be the largest": a likelihood in the present
// is of what is still to come. Not a passive, which may tell what is made of an event gone by
// ("Saturday's parade is likely to be remembered for the rain"), weighed with NEAR_AHEAD, nor a
// perfect, which tells of an event gone by ("Wednesday's rally is likely to have drawn 10,000").
const LIKELY_SOURCE = String.raw`(?:is|are)\s+(?:\w+ly\s+)?likely\s+to\b`;
const LIKELY = new RegExp(
  String.raw`${OWNED_EVENT}${LIKELY_SOURCE}(?!\s+(?:have|be\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|held|known|seen|put|cut|set))\b)`,
  'i',
);
// "is likely to embolden the opposition", "is likely to spark protests": what an event does to
// others may follow one gone by as well as one to come, so it is ahead only when the coming day
// is the nearer ("Saturday's rally is likely to embolden the opposition", said on a Monday, is the
// rally gone by).
const LIKELY_EFFECT = new RegExp(
  String.raw`${OWNED_EVENT}${LIKELY_SOURCE}\s+(?:embolden|spark|fuel|trigger|prompt|provoke|bolster|strengthen|weaken|deepen|ease|hurt|boost|dampen|unsettle|rattle|inflame|anger|encourage|discourage|deter|spur|intensify|revive|heighten|galvani[sz]e|energi[sz]e|harden|sour|reassure|worry|alarm|complicate|undermine)\b`,
  'i',
);
// "is seen as a test for the prime minister", "is likely to be postponed", "would draw strong
// demand" (a "will" reported in the past, not "would have", a past that did not happen): ahead
// when the coming day is the nearer, as a vote gone by may be "seen as a test" too.
const NEAR_AHEAD = new RegExp(
  String.raw`${OWNED_EVENT}(?:${LIKELY_SOURCE}|(?:is|are)\s+(?:widely\s+)?(?:seen|viewed|regarded)\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:tests?|gauges?|barometers?|bellwethers?|chances?|opportunit(?:y|ies))\b|would\s+(?!(?:not\s+)?(?:have|['’]ve|continue|resume|go\s+on|carry\s+on|reconvene)\b))`,
  'i',
);

// Another weekday in the clause ("Officials said Monday's vote would decide Tuesday's runoff"):
// the two days are ordered by the sentence (orderPairedWeekdays), not by nearness.
const WEEKDAY_IN_CLAUSE = new RegExp(String.raw`^[^.;!?]*\b(?:${WEEKDAY_CAPITALISED_SOURCE})\b`);

/**
 * Whether the words after a weekday (`after`, from its possessive on) tell of an event held on a
 * set day as one still to come, by its likelihood or by a "would" reported of it: "Thursday's
 * referendum is likely to draw a record turnout", said on Tuesday 21 June 2016, is the coming
 * Thursday (2016-06-23, where it was read 2016-06-16); so, when the coming day is the nearer
 * (`weekday`, Sunday 0; `published`, YYYY-MM-DD), are "Saturday's vote is seen as a test for the
 * prime minister" and "Officials said Tuesday's auction would draw strong demand", said on Monday
 * 13 November 1989 (1989-11-14). Not "would have" ("Organizers said Sunday's march would have
 * drawn more people", gone by), nor one that "would continue" (begun), nor one told with
 * another weekday in its clause (orderPairedWeekdays), nor a happening that is no set event
 * ("Officials said Monday's attack would not deter them"), nor an event told how it turned out,
 * nor a likelihood told the day after the day ("Monday's decision is likely to spark protests",
 * said on a Tuesday) or in the perfect ("is likely to have drawn").
 *
 * @example likelyDayEventAhead("'s auction would draw strong demand.", 2, '1989-11-13') // true
 */
export function likelyDayEventAhead(after: string, weekday: number, published: string): boolean {
  const today = published.slice(0, 10);
  const nearest = nearestWeekday(weekday, published);
  // The weekday nearest publication is the day before the copy's: "Monday's decision is likely to
  // spark protests", said on a Tuesday, is the decision of the day before, what is likely its
  // aftermath; the same weekday six days ahead would be "next Monday's" (review).
  const dayBefore = nearest === shiftTimex(today, { amount: -1, unit: 'day' });
  return (
    (LIKELY.test(after) && !dayBefore && !(LIKELY_EFFECT.test(after) && nearest < today)) ||
    (NEAR_AHEAD.test(after) && !WEEKDAY_IN_CLAUSE.test(after) && nearest > today)
  );
}
