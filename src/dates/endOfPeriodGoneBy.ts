import { CHANGE_BY_AMOUNT } from './changeByAmount.ts';
import { AWAITS_OBJECT } from './isDeedObjectBy.ts';
import { MODALS } from './modals.ts';
import { isPastChangeByEnd } from './isPastChangeByEnd.ts';

// The words read: the end of a period named with "the" alone, no "this", "last" or "next".
const END_OF_PERIOD = /^the\s+end\s+of\s+the\s+(?:month|quarter|year)$/i;
const BY_BEFORE = /\bby\s+$/i;
// A past perfect's "had" with its participle, not "had to" (a duty then, which may look ahead).
const PAST_PERFECT = String.raw`\bhad\s+(?!to\b)(?:\w+ly\s+)?[a-z]+`;
// "By the end of the quarter, the backlog had grown": the clause after a fronted "By the end of
// the …", up to eight words before its past perfect or its past "was"/"were"; not "was expected
// to", "was due to", "were set to" (a plan told in the past, which may still look ahead).
const FRONTED_PAST = new RegExp(
  String.raw`^\s*,?\s+(?:[\w'’$£€%.,-]+\s+){0,8}?(?:${PAST_PERFECT}|(?:was|were)\b(?!\s+(?:\w+ly\s+)?(?:expected|due|set|scheduled|likely|poised|planned|supposed|going|about)\b))`,
  'i',
);
// "The bank had written off $300 million by the end of the quarter": a past perfect before, in the
// same clause as "by": no infinitive between it and "by" ("had hoped to finish by the end of the
// year"; "to" before a figure, an amount or an article is no infinitive, "had climbed to £1.2bn"),
// no comma but in a figure, no other "by" but one before the amount of a change ("Prices had risen
// by 5% by the end of the year", CHANGE_BY_AMOUNT) and no "but" ("Exports had fallen by the end of the
// quarter, but analysts expect a recovery by the end of the year"; "Ms Smith, who had joined the
// board in 2019, steps down by the end of the year"). Not a verb whose object waits on the time
// ("Ministers had pledged a decision by the end of the year", as `isDeedObjectBy` leaves it), but
// an amount after it is a tally ("Donors had pledged $2 billion by the end of the year").
const TRAILING_PAST = new RegExp(
  String.raw`\bhad\s+(?!to\b)(?!(?:(?:\w+ly|already|also|even|just|been)\s+)?(?:${AWAITS_OBJECT})\b(?!\s+[$£€\d]))(?:\w+ly\s+)?[a-z]+(?:(?!\bto\s+(?![$£€\d]|(?:the|a|an|about|around|nearly|almost|over|record)\b)|\bbut\b|\bby\b(?!\s+${CHANGE_BY_AMOUNT}))(?:[^.!?;,]|[.,](?=\d)))*\bby\s+$`,
  'i',
);
const MODAL = new RegExp(String.raw`\b(?:${MODALS}|won['’]t)\b|['’]ll\b`, 'i');

/**
 * Whether "the end of the month", "the end of the quarter" or "the end of the year" after "by",
 * told in a past perfect, is the end of the period just gone: "By the end of the quarter, the
 * backlog had grown to $4 billion", said on 26 October 1989, is the third quarter (`1989-Q3`), not
 * the quarter under way; "The bank had written off $300 million by the end of the quarter", said in
 * July 2026, `2026-Q2`; "By the end of the year, the waiting list had grown", said in January 2026,
 * `2025`. A fronted "By the end of …" takes a past "was" or "were" too ("By the end of the year the
 * firm was profitable again"). `text` is the whole text, `start` and `end` the words read.
 *
 * Not a plan or a forecast ("expects to finish by the end of the year", "will have grown by the
 * end of the quarter"), a duty ("had to finish by the end of the year"), an infinitive between
 * ("had hoped to finish by the end of the year"), a verb whose object waits on the time
 * ("Ministers had pledged a decision by the end of the year"; an amount after it is a tally gone
 * by, "Donors had pledged $2 billion"), a past perfect in another clause ("Ms Smith, who had joined
 * the board in 2019, steps down by the end of the year"), a plan told with "was" ("By the end of
 * the year, the government was expected to publish its plan"), nor a period counted ("by the end of
 * this year", "the end of last year") or one named with its year.
 *
 * @example endOfPeriodGoneBy('By the end of the quarter, the backlog had grown.', 3, 25) // true
 */
export function endOfPeriodGoneBy(text: string, start: number, end: number): boolean {
  if (!END_OF_PERIOD.test(text.slice(start, end))) return false;
  const before = text.slice(0, start);
  if (!BY_BEFORE.test(before)) return false;
  const stops = [...before.matchAll(/[.!?]["”’]?\s+/g)].map((s) => s.index + s[0].length);
  const sentenceStart = Math.max(stops.at(-1) ?? 0, before.lastIndexOf('\n') + 1);
  const clauseBefore = before.slice(sentenceStart);
  const rest = text.slice(end);
  const sentenceAfter = rest.slice(0, rest.search(/[.!?;](?:\s|$)|$/));
  if (MODAL.test(clauseBefore) || MODAL.test(sentenceAfter)) return false;
  // Fronted: nothing before "By" in its sentence but a space.
  if (/^\s*by\s+$/i.test(clauseBefore)) return FRONTED_PAST.test(sentenceAfter);
  // "Home prices fell by 4% by the end of the year": a change done, with its amount.
  return TRAILING_PAST.test(clauseBefore) || isPastChangeByEnd(clauseBefore);
}
