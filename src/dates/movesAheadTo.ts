import { postponementBefore } from './postponementBefore.ts';

// "Attention turns to June", "Focus now shifts to late May", "All eyes turn to the June 5 vote":
// attention turning to a time looks ahead to it, as a thing put off to it does.
const ATTENTION_TURNS =
  /\b(?:attention|focus|eyes|spotlight|thoughts|sights)\s+(?:(?:now|quickly|then|soon|\w+ly)\s+)?(?:turn(?:s|ed|ing)?|shift(?:s|ed|ing)?|move(?:s|d)?|moving)\s+to\s+(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?$/i;

// The date's own words at its start: "late May", "June 5", "January 2026".
const DATE_WORDS =
  /^(?:(?:early|mid|late)[-\s]+)?[A-Za-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?/;
// After the date, what makes it a month counted, not awaited: "January trade figures", "November
// data", "June's jobs report" are figures of a month that is gone by when they come.
const STATISTICS_AFTER =
  /^(?:['’]s\b|\s+(?:[a-z]+\s+)?(?:data|figures|report|numbers|sales|payrolls|inflation|jobs)\b)/;
// A capitalised word right after the month makes it a name: "Attention turns to June Smith".
const NAME_AFTER_MONTH =
  /^(?:(?:early|mid|late)[-\s]+)?(?!(?:early|mid|late)\b)[A-Za-z]+\s+[A-Z][a-z]/;

// Far enough back for the words of attention and the turning.
const REACH = 60;

/**
 * Whether the words before the date at `start` move a story ahead to it: a thing put off to it
 * ("was postponed to April", `postponementBefore`) or attention turning to it ("Attention turns
 * to June"). Such a date lies ahead of the moving unless its sentence tells it gone by. Attention
 * turning to a month's figures ("January trade figures") or to a person ("June Smith") does not.
 *
 * @example movesAheadTo('Attention turns to June.', 19) // true
 */
export function movesAheadTo(text: string, start: number): boolean {
  if (postponementBefore(text, start) === 'to') return true;
  if (!ATTENTION_TURNS.test(text.slice(Math.max(0, start - REACH), start))) return false;
  const from = text.slice(start);
  const date = DATE_WORDS.exec(from)?.[0] ?? '';
  return !STATISTICS_AFTER.test(from.slice(date.length)) && !NAME_AFTER_MONTH.test(from);
}
