import { MONTH_NAMES } from './monthNames.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A month's full name and a capitalised word after it that is a surname: "August Wilson's play",
// "June Carter said", "April Ryan asked". Not a date word after it ("June Monday", "March 2025",
// "the December Quarter", "April Fools' Day"), nor a word of the calendar.
const NAME_PAIR = new RegExp(
  `^(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\s+` +
    `(?!(?:${MONTH_NAMES.join('|')}|${WEEKDAY_PATTERN}|day|days|holiday|quarter|half|term|session|` +
    `solstice|equinox|madness|revolution|issue|edition|fools)\\b)` +
    `(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?\\b(?![-'’]?\\d)`,
  'i',
);
// Words that put a month after them: "in August Congress returned", "by June Parliament will",
// "the August Bank Holiday", "last April Fools' Day", "early June".
const MONTH_WORD_BEFORE =
  /\b(?:the|this|last|next|early|late|mid|in|of|since|until|till|by|during|through|throughout|from|to|between|each|every|and|or)\s*[-\s]$/i;

/**
 * Whether the month name at `start` is a person's first name: a capitalised surname right after
 * it ("Days after August Wilson's play opened", "June Carter said on Monday"), with no word
 * before it that takes a month ("in August Congress returned" is the month).
 *
 * @example isMonthAsFirstName('June Carter said on Monday.', 0) // true
 */
export function isMonthAsFirstName(text: string, start: number): boolean {
  const words = text.slice(start, start + 40);
  // The surname is capitalised as written, whatever the case of the pattern.
  const name = NAME_PAIR.exec(words);
  if (!name || !/^[A-Z][a-z]+\s+[A-Z]/.test(name[0])) return false;
  return !MONTH_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
