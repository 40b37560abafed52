import { WEEKDAY_MENTION } from './weekdayMention.ts';

// What travellers, commuters or bill payers are said to face: "disruption", "delays", "travel
// chaos", "long queues", "a fresh round of strikes", "a weekend of disruption".
const TROUBLE = [
  'disruption|delays?|chaos|misery|queues?|cancell?ations?|closures?|strikes?|walkouts?',
  'waits?|gridlock|congestion|tailbacks?|jams?|diversions?|detours?|crowds?|hold-ups?',
].join('|');
const QUALIFIER = String.raw`(?:a|an|more|further|fresh|new|severe|major|long|lengthy|significant|widespread|heavy|travel|rail|road|train|flight|traffic|\w+-long)`;
// "a fresh round of strikes", "a weekend of disruption", "a day of travel chaos".
const SPELL_OF = String.raw`(?:${QUALIFIER}\s+){0,2}(?:round|wave|day|night|weekend|week|series)\s+of\s+(?:\w+\s+){0,2}?`;
const TROUBLE_PHRASE = String.raw`(?:${SPELL_OF}|(?:${QUALIFIER}\s+){0,3})(?:${TROUBLE})`;
// Where the trouble is, one short phrase of no comma: "at Heathrow", "on the M25", "across the
// network", "between London and Leeds".
const WHERE = String.raw`(?:\s+(?:at|on|across|in|around|along|into|through|between|to|from)\s+[^.,;:!?]{1,30}?)?`;
// "face", "faces" or "facing", not after "to" ("had to face"), "was" or "were" ("were facing"),
// nor after "did" ("did not face", "didn't face"): a present of what a day will bring.
const FACES = String.raw`(?<!\b(?:to|was|were|had|did(?:\s+not|n['’]t)?)\s+)\b(?:face|faces|facing)`;
const DISRUPTION_FACED = new RegExp(
  String.raw`${FACES}\s+${TROUBLE_PHRASE}${WHERE}\s+(?:on\s+)?$`,
  'i',
);

// A holiday, a month or a season the trouble falls in: "over the spring bank holiday", "on Easter
// Monday", "in May", "throughout January".
const DISRUPTION_FACED_OVER = new RegExp(
  String.raw`${FACES}\s+${TROUBLE_PHRASE}${WHERE}\s+(?:on|in|over|during|throughout)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether the words before a weekday tell of trouble faced on it: "Commuters face disruption on
 * Friday", "Passengers face delays at Heathrow on Thursday as drivers strike", "Rail users are
 * facing a fresh round of strikes on Wednesday". Newsrooms write the trouble a day will bring in
 * the present, so the weekday is the coming one (the headline present read it as the one gone
 * by). Not trouble told in the past ("faced delays on Friday", "were facing delays on Friday",
 * "had to face long queues on Friday", "did not face disruption on Friday"), nor what is no trouble of travel or supply ("The driver faces
 * charges over a crash on Friday" is left to the other rules).
 *
 * So too a holiday, a month or a season after "on", "in", "over", "during" or
 * "throughout": "Drivers face queues over the spring bank holiday", said on 11 March 2026, is
 * 2026-05-25, "Passengers face disruption in May" 2026-05 (both were last year's, 2025-05-26 and
 * 2025-05). Not a past ("Drivers faced queues over the spring bank holiday" is 2025-05-26).
 *
 * @example disruptionFacedFor('Commuters face disruption ', 'on Friday') // true
 */
export function disruptionFacedFor(before: string, mention: string): boolean {
  if (WEEKDAY_MENTION.test(mention)) return DISRUPTION_FACED.test(before);
  return DISRUPTION_FACED_OVER.test(before);
}
