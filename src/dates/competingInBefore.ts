/**
 * A side or a player said in the present to take part in a day's contest: "The two sides meet
 * again in Saturday's semifinal", "England play Spain in Sunday's final", "She runs in Sunday's
 * marathon", "The Dodgers host the Blue Jays in Friday's Game 6", "are due to face each other in
 * Tuesday's decider". The words before the day's
 * possessive, ending in "in"; the contest is still to come, as a plan's present tells. A past
 * ("met in Saturday's semifinal", "scored in Sunday's final") or a plan told in the past ("were
 * due to meet in Saturday's semifinal") tells one gone by; a verb after an article or a possessive
 * is a noun ("the start in Sunday's race").
 *
 * @example COMPETING_IN_BEFORE.test('The two sides meet again in ') // true
 */
const COMPETE =
  'meets?|play|plays|hosts?|starts?|competes?|races?|runs?|rides?|faces?|features?|lines? up|takes? part|goes? head to head';
// Who or what they meet between the verb and "in": "each other", "again", a capitalised name.
const OPPONENT = String.raw`(?:\s+(?:again|each\s+other|one\s+another|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))*`;

export const COMPETING_IN_BEFORE = new RegExp(
  String.raw`(?<!\b(?:was|were|had|the|a|an|his|her|its|their|our)\s+(?:\w+\s+){0,2})\b(?:${COMPETE})${OPPONENT}\s+in\s+$`,
);
