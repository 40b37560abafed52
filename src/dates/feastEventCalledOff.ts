import { FEAST_EVENT_SOURCE } from './feastEvents.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import { sentenceEnds, sentenceStartAt } from './sentenceEnds.ts';

// The events a feast is kept with that a town calls off: its celebrations, parties and fireworks,
// and the parades, processions, services, concerts and shows held on it ("the Thanksgiving Day
// parade", "the Christmas Eve procession"), perhaps with "display" or "show" after them.
const EVENT = String.raw`(?:${FEAST_EVENT_SOURCE}|parades?|processions?|services|concerts?|festivals?|ceremon(?:y|ies)|masses|mass|shows?)(?:\s+(?:display|show)s?)?`;
// The events right after the feast, perhaps with their place ("the Christmas Eve procession in
// Bethlehem"), then told called off in a passive: "were canceled", "had been called off", "was
// scrapped", "were postponed", an adverb between or not.
const PLACE = String.raw`(?:\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?`;
const CALLED_OFF_AFTER = new RegExp(
  String.raw`^\s+${EVENT}${PLACE}\s+(?:(?:was|were)|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?(?:canceled|cancelled|called\s+off|scrapped|axed|scrubbed|postponed)\b`,
  'i',
);
// What may name the events before the feast: "the", "this year's", a possessive ("the city's"),
// or nothing after a saying ("said New Year's Eve festivities"). Not the bare head of a sentence:
// "New Year's Eve parties were canceled across the city", said on 20 December 1999, tells of the
// feast gone by.
const LEAD_BEFORE =
  /(?:\b(?:the|this\s+year['’]s)|[\w.]+['’]s?|\b(?:said|says|announced|that))\s+$/i;

/**
 * Whether the feast at [start, end) names events told as called off ("Officials said the New
 * Year's Eve celebrations were canceled because of terrorism fears", said on 28 December 1999,
 * "the Fourth of July fireworks were canceled", "the city's New Year's Eve party had been called
 * off"): a town calls off what is still to come, so the feast is the coming one when it is near
 * (the caller's window). Events told held or marred ("were marred by violence", "went off without
 * incident") are not called off, and a feast gone by is the caller's to keep.
 */
export function feastEventCalledOff(
  text: string,
  start: number,
  end: number,
  published: string,
): boolean {
  const opens = sentenceStartAt(text, start);
  const before = text.slice(Math.max(opens, start - 60), start);
  if (!LEAD_BEFORE.test(before) || !CALLED_OFF_AFTER.test(text.slice(end, end + 80))) return false;
  // A year gone by named in the sentence tells of that year's feast ("Last year the New Year's
  // Eve celebrations were canceled because of fog", "… was canceled in 1997 after a fire").
  const closes = sentenceEnds(text, false).find((e) => e >= end) ?? text.length;
  return pastYearNamedBefore(text.slice(opens, closes), published) === undefined;
}
