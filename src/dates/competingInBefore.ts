import { NOUN_PHRASE_LEAD } from './nounPhraseLead.ts';

const COMPETE =
  'meets?|play|plays|hosts?|clash|clashes|squares? off|starts?|competes?|races?|runs?|rides?|faces?|features?|lines? up|takes? part|goes? head to head';
// Who or what they meet between the verb and "in": "each other", "again", a capitalised name.
const OPPONENT = String.raw`(?:\s+(?:again|each\s+other|one\s+another|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))*`;
// Case-sensitive, for the capitalised name; a past or a plan told in the past before the verb
// ("were set to meet in") tells a contest gone by.
const COMPETING_IN = new RegExp(
  String.raw`(?<!\b(?:[Ww]as|[Ww]ere|[Hh]ad)\s+(?:\w+\s+){0,2})\b(?:${COMPETE})${OPPONENT}\s+in\s+$`,
);
// A past's "did" or its negation ("did not play in", "could not play in") tells one gone by too,
// but not under a condition, which looks ahead: "If he did not play in", "could not play in
// Saturday's final if the wrist does not heal", "unless the swelling goes down".
const DENIED_IN = new RegExp(
  String.raw`\b(?:[Dd]id|[Dd]idn['’]t|[Cc]ould\s+not|[Cc]ouldn['’]t)\s+(?:\w+\s+){0,2}(?:${COMPETE})${OPPONENT}\s+in\s+$`,
);
const CONDITION_BEFORE = /\b(?:if|unless)\b[^,;.]*$/i;
const CONDITION_AFTER = /^[^,;.]*?\b(?:if|unless)\b/i;
// The base form is a noun after an article or a possessive and words that are no plural subject
// ("The clash in", "a poor start in"); "The two sides meet" keeps it a verb, and so does a form in
// -s after a singular subject ("The veteran competes in", "The 19-year-old starts in").
const BASE_FORMS =
  'meet|play|host|clash|square off|start|compete|race|run|ride|face|feature|line up|take part';
const NOUN_BEFORE_IN = new RegExp(
  String.raw`(?<=${NOUN_PHRASE_LEAD})(?:${BASE_FORMS})${OPPONENT}\s+in\s+$`,
  'i',
);

/**
 * Whether `before`, the words before a day's possessive, end with a side or a player said in the
 * present to take part in that day's contest: "The two sides meet again in Saturday's semifinal",
 * "The two teams clash again in Sunday's final", "England play Spain in Sunday's final", "She
 * runs in Sunday's marathon", "The Dodgers host the Blue Jays in Friday's Game 6". The contest is
 * still to come, as a plan's present tells. A past ("met in Saturday's semifinal", "scored in
 * Sunday's final"), a plan told in the past ("were set to meet in"), a past told with "did" or
 * denied ("did not play in Saturday's final", "could not play in Saturday's final because of a sore
 * wrist", said on the Monday after, but not under a condition in `after` or `before`: "could not
 * play in Saturday's final if the wrist does not heal") or a noun ("after a poor start
 * in Sunday's race", "The clash in Sunday's final") tells one gone by.
 *
 * @example competingInBefore('The two sides meet again in ') // true
 */
export function competingInBefore(before: string, after = ''): boolean {
  if (!COMPETING_IN.test(before) || NOUN_BEFORE_IN.test(before)) return false;
  return !DENIED_IN.test(before) || CONDITION_BEFORE.test(before) || CONDITION_AFTER.test(after);
}
