/**
 * Whether a capitalised word follows `end` in `text` after white space: what makes a capitalised
 * season or rate word open a name ("the Summer Olympics", "the Daily Mail").
 *
 * @example capitalisedWordAfter('the Daily Mail', 9) // true
 */
export function capitalisedWordAfter(text: string, end: number): boolean {
  return /^\s+[A-Z]/.test(text.slice(end));
}
