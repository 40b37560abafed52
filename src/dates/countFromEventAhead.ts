import { EVENT_TO_COME } from './saidAfterQuote.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';

// A rule or a schedule in the main clause: a duty ("must", "shall", "has to", "is required to")
// or a present verb of taking effect, lapsing or opening. What it tells is still to come, or holds
// every time the event comes, never a day gone by.
const RULE_OR_SCHEDULE = new RegExp(
  [
    String.raw`\b(?:must|shall)\b`,
    String.raw`\b(?:has|have|needs?|(?:is|are)\s+(?:required|obliged|due|set|scheduled|slated))\s+to\b`,
    String.raw`\b(?:takes?|goes|go)\s+(?:into\s+)?effect\b`,
    String.raw`\b(?:comes?|enters?)\s+into\s+(?:force|effect)\b`,
    String.raw`\b(?:kicks?\s+in|becomes?\s+effective|(?:is|are)\s+(?:effective|due))\b`,
    // Not a noun after its article or "to" ("came to an end", "got off to a slow start", "was set
    // to open").
    String.raw`(?<!\b(?:an?|the|its|their|his|her|to)\s+(?:(?:slow|quick|fast|strong|good|bad|rocky|fresh|early|late|abrupt|bitter|sudden|very)\s+)?)\b(?:expires?|lapses?|begins?|starts?|ends?|opens?|closes?)\b`,
  ].join('|'),
  'i',
);
// A word opening a clause other than the main one, or reporting words ("which must", "said the
// rule expires"): the cue after it is not the main clause's.
const NOT_MAIN_BEFORE =
  /["“”]|\b(?:which|who|whose|that|when|if|say|says|said|told|tells|believe|believes)\b/i;
// A past before the cue ("The permit was due to expire", "The bridge was set to open"): a plan
// told of as gone by, not a rule still in force.
const PAST_BEFORE = /\b(?:was|were|had)\b/i;
// A clause of its own within the event ("the scandal over what is known as …"): its present is
// not the event's.
const CLAUSE_IN_EVENT = /\b(?:what|which|who|whom|whose|that|where)\b/i;
// Only quotation marks or brackets may stand before a count that opens its sentence.
const OPENS_SENTENCE = /^["“‘'`(\s]*$/;

/**
 * The main clause of a count on from an event: the clause after the comma when the count opens
 * its sentence ("Thirty days after the ruling, the order expires"), else the sentence up to the
 * count ("The law takes effect 90 days after …").
 */
function mainClause(text: string, start: number, end: number): string {
  const sentence = sentenceAt(text, start, end);
  const opens = sentenceStartAt(text, start);
  if (!OPENS_SENTENCE.test(sentence.slice(0, start - opens)))
    return sentence.slice(0, start - opens);
  const fronted = /^[^,;"“”]*,\s*([^,;]*)/.exec(sentence.slice(end - opens));
  return fronted?.[1] ?? '';
}

/**
 * Whether the words `start`–`end`, a count on from an event that names no date ("90 days after
 * the governor signs it", "60 days after publication"), run to a time still to come: the event is
 * told in the present after its subject, as one to come ("after the governor signs it"), or the
 * main clause tells a rule or a schedule ("The rule takes effect 60 days after publication",
 * "Tenants must leave 30 days after the notice"). Such a count is no day gone by, which the
 * publication date moved back would give.
 *
 * @example
 * countFromEventAhead('The law takes effect 90 days after the governor signs it.', 21, 34); // true
 */
export function countFromEventAhead(text: string, start: number, end: number): boolean {
  const event = /^[^,;.!?"“”]{0,80}/.exec(text.slice(end))![0].split(CLAUSE_IN_EVENT)[0]!;
  if (EVENT_TO_COME.test(event)) return true;
  const main = mainClause(text, start, end);
  const cue = RULE_OR_SCHEDULE.exec(main);
  if (cue === null) return false;
  const beforeCue = main.slice(0, cue.index);
  return !NOT_MAIN_BEFORE.test(beforeCue) && !PAST_BEFORE.test(beforeCue);
}
