import { OPENS_SENTENCE } from './opensSentence.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { PARENTHETICAL_REPORTING_VERBS } from './reportingVerbs.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// Only a weekday: a month that opens a sentence is more often a noun's ("November sales at stores
// open at least a year rose 3.5%").
const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_PATTERN}\b`, 'i');
// The plurals a side or a group goes by: "the Czechs", "the Kentucky Wildcats", "voters in
// Chicago", "the Swiss curlers", "the women", "the Finns and the Canadians"; not "-ss" or "-us"
// ("Congress", "the bus").
const PLURAL = String.raw`(?:\w+[a-rtv-z]s|men|women|people|children)`;
// The words before the plural tell no saying: in "On Monday officials said the talks resume on
// Thursday" the weekday is the day of the saying, gone by, and "the talks" are not its subject.
const NOT_SAYING = `(?!(?:${PARENTHETICAL_REPORTING_VERBS.join('|')})\\b)`;
const SIDE = String.raw`(?:the\s+)?(?:${NOT_SAYING}[\w'’.-]+\s+){0,3}?${PLURAL}`;
// The place may run to seven capitalised words ("voters in the Santa Barbara County Unified
// School District", "voters in New Jersey's Sixth Assembly District"): a district's name is long.
const WHERE_FROM = String.raw`(?:\s+(?:in|from|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,6})?`;
// A schedule's bare verbs: what sides, athletes and voters do on a day set for it. No verb of a
// result ("beat", "win", "lose", "stun", "rally"), which a recap tells in the present.
const FIXTURE_VERB = [
  'play|meet|face|host|visit|skate|race|ski|jump|compete|vote|choose|elect|go|head|travel|fly',
  // What voters do at the polls: "decide a bond measure", "pick a new assemblyman".
  String.raw`decide|pick(?!\s+up\b)|weigh`,
  String.raw`open|begin|start|resume|square\s+off|tee\s+off|vie|battle|take\s+on`,
  String.raw`take(?!\s+(?:home|(?:the\s+)?(?:lead|title|gold|silver|bronze))\b)`,
].join('|');
const SCHEDULE_AFTER = new RegExp(
  String.raw`^(?:\s+(?:${PART_OF_DAY_SOURCE}))?,?\s+${SIDE}(?:\s+and\s+${SIDE})?` +
    String.raw`${WHERE_FROM}\s+(?:${FIXTURE_VERB})\b`,
  'i',
);
// A result told in the same sentence: a score ("four to one", "31-24"), a result verb joined
// after ("and win", "and take home the gold"), or a past verb of the game's outcome.
const SCORE = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+ty(?:-\w+)?)\s+to\s+(?:nothing|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty(?:-\w+)?)`;
// The result verb may come a few words on, with its own subject ("and John Elway finally wins his
// Super Bowl"), but not after a word that makes it a chance ("and whoever wins advances", "and
// if they lose …") nor as a noun ("and a win puts them in the final").
const RESULT_SUBJECT = String.raw`(?:(?!(?:who|whoever|which|that|if|whether|unless)\s)[\w'’.-]+\s+){0,3}?`;
const RESULT_VERB = String.raw`(?<!\b(?:a|an|the|another)\s)(?:win|wins|beat|beats|lose|loses|fall|falls|clinch|clinches|capture|captures|take\s+home|won|lost|fell)`;
const RESULT_AFTER = new RegExp(
  String.raw`\b(?:${SCORE}|\d+\s*-\s*\d+)\b|\band\s+${RESULT_SUBJECT}${RESULT_VERB}\b`,
  'i',
);

// A later weekday of the same schedule: "and", a plural side, its fixture verb and a few words
// ("and the downhill men race on"), right before the weekday; the sentence opened with a weekday
// of its own ("On Sunday the Czechs play the Russians, …").
const AND_FIXTURE_BEFORE = new RegExp(
  String.raw`,?\s+and\s+${SIDE}${WHERE_FROM}\s+(?:${FIXTURE_VERB})\b(?:\s+[\w'’.-]+){0,3}?\s+(?:on\s+)?$`,
  'i',
);
const OPENING_WEEKDAY = new RegExp(String.raw`^\s*(?:on\s+)?${WEEKDAY_PATTERN}\b`, 'i');

/**
 * Whether a weekday later in a sentence that opened with a plural side's fixture is a fixture of
 * the same schedule: "On Sunday the Czechs play the Russians, and the downhill men race on
 * Monday", said on Friday 20 February 1998, is the coming Monday, as the Sunday is.
 */
function isLaterPluralFixture(before: string, date: string, after: string): boolean {
  const opening = OPENING_WEEKDAY.exec(before);
  if (!opening || !AND_FIXTURE_BEFORE.test(before)) return false;
  const rest = before.slice(opening[0].length);
  return SCHEDULE_AFTER.test(rest) && !RESULT_AFTER.test(`${rest}${date}${after}`);
}

/**
 * Whether a weekday that opens its sentence is a fixture ahead, told with a plural side's bare
 * present verb: "On Sunday the Czechs play the Russians for the gold medal", said on Friday 20
 * February 1998, is the coming Sunday, as "On Sunday the Czech plays …" already was by its "-s".
 * Not a recap told in the present with a result ("On Wednesday the Czechs stun the Americans four
 * to one", "On Sunday the Broncos play their best game and win"), nor a past verb ("On Monday the
 * Canadians played the Swedes to a draw"). `before` and `after` are the date's sentence around
 * `date`, its words.
 */
export function isFrontedDayPluralFixture(before: string, date: string, after: string): boolean {
  if (!WEEKDAY.test(date)) return false;
  if (!OPENS_SENTENCE.test(before)) return isLaterPluralFixture(before, date, after);
  return SCHEDULE_AFTER.test(after) && !RESULT_AFTER.test(after);
}
