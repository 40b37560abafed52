import { MODALS } from './modals.ts';

// A journey or a round named as the object of a verb of completing it: "makes the crossing",
// "completes the journey", "covers the distance", "runs the course" (not "board the flight"), with
// up to three words before the noun and a stretch of places after it ("the crossing to Calais",
// "the trip from Leeds to York").
const JOURNEY_NOUN =
  'journey|journeys|crossing|crossings|trip|trips|route|course|distance|lap|laps|circuit|commute|voyage|run|flight|drive|ride|climb|swim';
const COMPLETING =
  'make|makes|made|making|complete|completes|completed|completing|cover|covers|covered|covering|run|runs|ran|do|does|did|finish|finishes|finished|swim|swims|swam';
const JOURNEY = new RegExp(
  String.raw`\b(?:${COMPLETING})\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:${JOURNEY_NOUN})(?:\s+(?:to|from|between|across|into|round|around|of|and)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?){0,3}\s+$`,
);
// A present verb of doing, with what it does or carries between it and "in": "The robot
// assembles a car", "The express bus gets commuters downtown", "The new line takes passengers
// from the airport to the city" ("take" and "get" only with a place they carry to: "The band
// takes the stage in 20 minutes", "The prime minister takes questions from MPs in 20 minutes",
// "The president gets a briefing from his generals in two hours" are times ahead), "Paramedics
// reach most emergencies"; or a verb after "can" or "could" ("The machine can test a sample"), an
// ability, not a time still to come.
// Not after "to", a modal or a determiner ("the tests", "will get the results"); not a person's
// own turn after a possessive, nor an address or a ruling, which a present of schedule names
// ("The chancellor delivers her Budget in 30 minutes", "Voters get their say in 48 hours", "The
// prime minister makes a statement in 20 minutes", "The Supreme Court delivers judgment in 30
// minutes": a time ahead), nor an attempt ("Nasa makes another attempt to launch the rocket in 48
// hours").
const OWN_TURN_OR_ADDRESS = String.raw`(?!(?:his|her|their|its|our|my|your)\b)(?!(?:[\w'’-]+\s+){0,3}?(?:statement|speech|address|announcement|remarks|verdict|ruling|judge?ment|decision|budget|attempt)s?\b)`;
const DOING_VERB = String.raw`makes?|completes?|covers?|gets?(?=\s+(?:[\w'’-]+\s+){1,3}(?:to|into|downtown|home|there)\b)|takes?(?=\s+(?:[\w'’-]+\s+){1,6}?to\s)|reach(?:es)?|cross(?:es)?|assembles?|builds?|tests?|process(?:es)?|finish(?:es)?|does|delivers?|charges?|cooks?|scans?|produces?|clears?|carries|carry|ferries|ferry|flies|fly|drives?|handles?|screens?|analy[sz]es?|sequences?|solves?|treats?|repairs?|prints?|brews?|bakes?`;
const DOING = new RegExp(
  String.raw`(?:\b(?:can|could)\s+(?:\w+ly\s+)?|(?<=[\w'’]\s+)(?<!\b(?:to|${MODALS}|the|a|an)\s+))\b(?:${DOING_VERB})\s+${OWN_TURN_OR_ADDRESS}(?:[\w'’,-]+\s+){1,8}$`,
  'i',
);
// A plan or a future between the verb and the count keeps it a date ahead: "will take questions
// in 20 minutes", "is due to make the crossing", "takes off in 20 minutes" has no object.
const AHEAD =
  /\b(?:will|shall|won['’]t|going\s+to|due|expected|set|scheduled|plans?|planned|soon)\b|['’]ll\b/i;
// A count of clock units after "in"; of days too after a journey ("The ship makes the crossing
// in six days"), not after another deed ("the Southwest gets heavy rain in three days" is a
// forecast).
const CLOCK_COUNT =
  /^in\s+(?:about\s+|around\s+|under\s+|just\s+)?[\w-]+(?:\s+and\s+a\s+half)?\s+(?:seconds|minutes|hours)$/i;
const DAY_COUNT =
  /^in\s+(?:about\s+|around\s+|under\s+|just\s+)?[\w-]+(?:\s+and\s+a\s+half)?\s+days$/i;

/**
 * Whether a count of clock units after "in" tells how long a journey or a deed takes, not a time
 * ahead of publication: "The ferry makes the crossing to Calais in 75 minutes", "The new train
 * completes the journey in 67 minutes" (a journey named as the object, in any tense but a plan's),
 * "The robot assembles a car in 18 hours", "The machine can test a sample in 15 minutes" (a
 * present verb of doing with its object, or an ability). `text` is the whole text, `at` and `end`
 * the words "in 75 minutes".
 *
 * Not a verb with no object ("The train leaves in 20 minutes", "takes off in 20 minutes"), a
 * person's own turn, an address, a judgment or an attempt, which a present of schedule names ("The
 * chancellor delivers her Budget in 30 minutes", "The prime minister makes a statement in 20
 * minutes", "Nasa makes another attempt in 48 hours"), a plan
 * or a future ("The minister will take questions in 20 minutes", "is due to make the crossing in
 * an hour"), nor a count of weeks or more; a count of days only after a journey.
 *
 * @example isTimeOfDoingAfterIn('The ferry makes the crossing in 35 minutes.', 29, 42) // true
 */
export function isTimeOfDoingAfterIn(text: string, at: number, end: number): boolean {
  const words = text.slice(at, end);
  const clock = CLOCK_COUNT.test(words);
  if (!clock && !DAY_COUNT.test(words)) return false;
  const before = text.slice(Math.max(0, at - 100), at);
  const stops = [...before.matchAll(/[.!?;]["”’]?\s+/g)].map((s) => s.index + s[0].length);
  const clause = before.slice(stops.at(-1) ?? 0);
  if (AHEAD.test(clause)) return false;
  return JOURNEY.test(clause) || (clock && DOING.test(clause));
}
