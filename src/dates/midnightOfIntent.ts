import { CLAUSE_OPENS, clauseEnding } from './clauseOpens.ts';

// "planned to walk out at", "threatened to strike at", "vowed to begin the walkout at": an
// intent told in the past, with its infinitive and a few words of what is to be done, right
// before the midnight. A past verb among those words is a deed done ("voted to strike and
// walked out at midnight Saturday" has "and", which opens a clause of its own).
const INTENT_BEFORE = new RegExp(
  String.raw`\b(?:planned|threatened|vowed|pledged|promised|intended|decided|voted|agreed|prepared|were\s+poised|was\s+poised)\s+to\s+` +
    String.raw`(?:(?![\w'’-]+ed\b)[\w'’-]+\s+){1,4}?(?:at|by|before)\s+$`,
  'i',
);

/**
 * Whether the midnight at `start` is the time of an intent told in the past ("The unions planned
 * to walk out at midnight Saturday if no contract was signed", said that Saturday): what was meant
 * is still ahead, the midnight that ends the day, though the verb is past; a deed told in the
 * past ("The union walked out at midnight Saturday") keeps the midnight that opens it.
 *
 * @example midnightOfIntent('The union threatened to strike at midnight Friday.', 34) // true
 */
export function midnightOfIntent(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return INTENT_BEFORE.test(clauseEnding(before, CLAUSE_OPENS));
}
