import { FEAST_EVENT_SOURCE } from './feastEvents.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { namesOtherYear } from './otherYearInSentence.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// "the New Year's Eve celebrations", "this year's Christmas Eve festivities": the feast's events
// named with "the" or "this year's" right before the feast.
const THE_BEFORE = /\b(?:the|this\s+year['’]s)\s+$/i;
// Its events right after it, and no past of their own after them ("the New Year's Eve
// celebrations went off without incident", "were marred by stabbings" tell them held): an adverb
// may stand between.
const EVENT_AFTER = new RegExp(String.raw`^\s+(?:${FEAST_EVENT_SOURCE})\b`, 'i');
const OWN_PAST_AFTER = new RegExp(
  String.raw`^\s+(?:${FEAST_EVENT_SOURCE})\s+(?:\w+ly\s+)?(?:(?:was|were)\s+(?:\w+ly\s+)?)?(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`,
  'i',
);
// A deed at the events or during them, told in the past, tells them held ("He was convicted of
// shooting a man at the New Year's Eve celebrations"), unless a modal before looks ahead
// ("Police said 8,000 officers would be at the New Year's Eve celebrations").
const AT_EVENT_BEFORE = /\b(?:at|during)\s+(?:the|this\s+year['’]s)\s+$/i;
const MODAL_BEFORE = new RegExp(String.raw`\b(?:${MODALS})\b`, 'i');

// The rest of the feast's sentence, where another year may be named after the events ("the New
// Year's Eve celebrations a year ago were marred by fights").
const SENTENCE_REST = /^[^.!?;]*/;

/**
 * Whether the feast at [start, end) names the events it is kept with, after "the" ("The Justice
 * Department said it was investigating threats against the New Year's Eve celebrations",
 * "Officials said the New Year's Eve celebrations would go ahead"): told in the past a few days
 * before the feast, those are the coming ones, which the wires call "last year's" when they mean
 * the others. Not where the events have a past of their own ("the celebrations went off without
 * incident") nor where the sentence names another year before them. `published` tells whether a
 * year named is another.
 */
export function feastEventAhead(
  text: string,
  start: number,
  end: number,
  published?: string,
): boolean {
  const before = text.slice(Math.max(sentenceStartAt(text, start), start - 90), start);
  const after = text.slice(end, end + 60);
  return (
    THE_BEFORE.test(before) &&
    !(AT_EVENT_BEFORE.test(before) && !MODAL_BEFORE.test(before)) &&
    EVENT_AFTER.test(after) &&
    !OWN_PAST_AFTER.test(after) &&
    !namesOtherYear(before, published) &&
    !namesOtherYear(SENTENCE_REST.exec(text.slice(end))![0], published)
  );
}
