import { sentenceStartAt } from './sentenceEnds.ts';

// A count of time still to run before the date: "With four days left before Election Day", "with
// a week to go until Christmas", "only 10 days remaining before the deadline". The count may be
// hedged ("just", "only", "less than"), its days may be of shopping, business, work or trading
// ("six shopping days left before Christmas"), and the date may take "the".
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|\d+)`;
const HEDGE = String.raw`(?:(?:just|only|barely|still|less\s+than|fewer\s+than|about|nearly)\s+)*`;
const COUNTDOWN_BEFORE = new RegExp(
  String.raw`\b${HEDGE}${COUNT}\s+(?:more\s+)?(?:(?:shopping|business|working|trading)\s+)?(?:days?|weeks?|months?|hours?|minutes?|years?)\s+` +
    String.raw`(?:left|to\s+go|remaining)\s+(?:before|until|till|to)\s+(?:the\s+)?$`,
  'i',
);
// A past of the clause itself ("With two days left before Christmas, the store was robbed"): the
// countdown is told of a moment gone by, and the sentence's tense is left to say which.
const PAST_BE = /\b(?:was|were|had)\b/i;

/**
 * Whether the date at `start` is what a count of time still to run leads up to: "With four days
 * left before Election Day, Al Gore and George W. Bush are locked in a dead heat", said on Friday,
 * 3 November 2000, is of the coming Election Day, where "left" was taken for a past verb. Not when
 * the sentence tells it with "was", "were" or "had" ("With two days left before Christmas, the
 * store was robbed"), a countdown of a moment gone by.
 *
 * @example countdownBefore('With four days left before Election Day, polls tighten.', 27) // true
 */
export function countdownBefore(text: string, start: number): boolean {
  const from = sentenceStartAt(text, start);
  if (!COUNTDOWN_BEFORE.test(text.slice(from, start))) return false;
  const end = text.slice(start).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(from, end < 0 ? text.length : start + end);
  return !PAST_BE.test(sentence);
}

// The words of a count that reads as a participle and the word leading to the date: "left
// before", "remaining until". Not "to go", which looks ahead of itself.
const COUNTDOWN_WORD = /\b(?:left|remaining)\s+(?:before|until|till|to)\b(?=\s+(?:the\s+)?$)/i;

/**
 * The text with the countdown's own words before the date at `start` ("left before", "remaining
 * until") blanked, so that the rest of the sentence tells its tense (the text as it is after "to
 * go"): "With three days left before Christmas, shoppers jammed the malls", said on 28 December
 * 1999, is of the Christmas gone by, where "left" is no past verb but "jammed" is. Offsets are
 * kept.
 *
 * @example countdownWordBlanked('With four days left before Election Day, polls tighten.', 27)
 * // => 'With four days             Election Day, polls tighten.'
 */
export function countdownWordBlanked(text: string, start: number): string {
  const word = COUNTDOWN_WORD.exec(text.slice(0, start));
  if (!word) return text;
  return (
    text.slice(0, word.index) + ' '.repeat(word[0].length) + text.slice(word.index + word[0].length)
  );
}
