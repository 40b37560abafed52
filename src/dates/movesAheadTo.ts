import { postponementBefore } from './postponementBefore.ts';

// "Attention turns to June", "Focus now shifts to late May", "All eyes turn to the June 5 vote":
// attention turning to a time looks ahead to it, as a thing put off to it does.
const ATTENTION_TURNS =
  /\b(?:attention|focus|eyes|spotlight|thoughts|sights)\s+(?:(?:now|quickly|then|soon|\w+ly)\s+)?(?:turn(?:s|ed|ing)?|shift(?:s|ed|ing)?|move(?:s|d)?|moving)\s+to\s+(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?$/i;

// Far enough back for the words of attention and the turning.
const REACH = 60;

/**
 * Whether the words before the date at `start` move a story ahead to it: a thing put off to it
 * ("was postponed to April", `postponementBefore`) or attention turning to it ("Attention turns
 * to June"). Such a date lies ahead of the moving unless its sentence tells it gone by.
 *
 * @example movesAheadTo('Attention turns to June.', 19) // true
 */
export function movesAheadTo(text: string, start: number): boolean {
  return (
    postponementBefore(text, start) === 'to' ||
    ATTENTION_TURNS.test(text.slice(Math.max(0, start - REACH), start))
  );
}
