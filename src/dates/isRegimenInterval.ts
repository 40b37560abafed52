import { UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';

// What a regimen counts from: an earlier dose or the first of a series ("the first", "the second
// dose", "the last jab", "the initial injection"), or the events a course of care is timed by
// ("exposure", "infection", "vaccination", "surgery", "symptom onset").
const ORDINAL = String.raw`(?:first|second|third|fourth|last|previous|initial|final|prior|primary)`;
const DOSE = String.raw`(?:doses?|shots?|jabs?|injections?|infusions?|vaccinations?|course)`;
const REGIMEN_EVENT_AFTER = new RegExp(
  String.raw`^\s+(?:` +
    // "the first", "their second dose", "a second jab": an ordinal after a determiner, or before a
    // dose ("after last summer" is no dose).
    String.raw`(?:the|their|your|his|her)\s+${ORDINAL}(?:\s+${DOSE})?(?![\s-]+(?:[a-z]+\s+)?(?:round|time|half|quarter|day|week|month|year|game|leg|match)s?\b)` +
    String.raw`|(?:(?:a|an)\s+)?${ORDINAL}\s+${DOSE}` +
    String.raw`|exposure|infection|vaccination|surgery|symptom onset|the onset of symptoms|diagnosis` +
    String.raw`)\b`,
  'i',
);

// A verb whose past is written as its present, "read" too, which tenseAround does not count as
// past ("Two days after the first, a second blast hit the city", "The family read the report a
// month after the first hearing"): a regimen is told with other verbs, so the sentence is left to
// the relative readings. Not after a modal, "to" or "not", where it is no past.
const UNCHANGED_PAST_VERB = new RegExp(
  String.raw`(?<!\b(?:${MODALS}|to|not|do|does|don't|doesn't)\s+)\b(?:${UNCHANGED_PAST}|read)\b`,
  'i',
);

/**
 * Whether the count of time ending at `end`, before "after" or "before" (the word's end at
 * `wordEnd`), tells the interval of a regimen, how long from an earlier dose or a clinical event:
 * "The CDC recommends that adults 65 and older get a second dose six months after the first", said
 * on 17 June 2026, is "six months" `P6M` in both readings (the news reading counted six months back
 * from publication, 2025-12); "A booster is offered 21 days after the second dose" `P21D`,
 * "Symptoms appear 10 days after exposure" `P10D`. As `countRangeBefore` reads a range there, the
 * news reading takes it so only where the sentence is not told in the past ("Two days after the
 * first, a second blast hit the city" is left to the relative readings), and not before a first
 * of a time or a contest ("two weeks after the first round", "a day after the first game").
 */
export function isRegimenInterval(
  text: string,
  index: number,
  end: number,
  wordEnd: number,
): boolean {
  if (!REGIMEN_EVENT_AFTER.test(text.slice(wordEnd, wordEnd + 50))) return false;
  if (UNCHANGED_PAST_VERB.test(sentenceAt(text, index, end))) return false;
  return tenseAround(text, index, end) !== 'past';
}
