import { REPORTED_PERIOD_NOUN_SOURCE } from './reportedPeriodNoun.ts';

// The half's noun, a word or two (perhaps held by "per" or "of"), then a modal of what is to come
// and a verb of a course still to be run: "sales will improve", "margins should widen", "demand
// will pick up". Not "would": a saying's past carries it back with the saying, to a half then
// ahead ("In July, analysts said second-half sales would improve, but they fell") or a half just
// ended whose figures are told in advance ("Chrysler said second-half earnings would narrow when
// it reports next week"). Not a modal with "have" ("could have improved"), nor a verb of a figure
// a half just ended is still to be reported with ("earnings will fall short", "sales will rise
// 5%"), which the half just ended may own.
const NOUN_MODAL_COURSE = new RegExp(
  String.raw`^\s+${REPORTED_PERIOD_NOUN_SOURCE}(?:will|should|could|might|may)\s+(?:(?:probably|likely|further|gradually|also|then|again)\s+)?(?:improve|recover|rebound|pick\s+up|strengthen|accelerate|slow(?:\s+down)?|weaken|widen|narrow|firm|turn\s+around|bottom\s+out|stabilize|stabilise)\b`,
  'i',
);

/**
 * Whether the words after a half written as an adjective ("second-half") tell a course still to
 * be run, so the half is one to come even when a half of that name ended a month or two before,
 * the one results are otherwise expected for: "Analysts said second-half sales will improve as
 * interest rates decline", said on 26 February 1990, is the second half of 1990, not 1989's;
 * "Economists said first-half growth will slow", said in August, is next year's first half.
 * Not "second-half earnings will fall short of estimates", said in January, which the half just
 * ended may own, nor a "would" of reported speech ("In July, analysts said second-half sales
 * would improve, but they fell 8%", said in February 1990, is 1989's second half).
 *
 * @example halfCourseAhead(' sales will improve as rates decline.') // true
 */
export function halfCourseAhead(after: string): boolean {
  return NOUN_MODAL_COURSE.test(after);
}
