// The little words a title-case headline capitalises ("Sales Jump in the Summer As Prices Ease",
// "Jobless Claims Rise Weekly As Layoffs Mount"): no name goes on with them.
const TITLE_CASE_FUNCTION_WORD =
  /^\s+(?:As|In|On|At|For|To|Of|By|With|From|After|Before|Over|Into|Amid|And|But|Or|The|A|An)\b/;

/**
 * Whether a capitalised word follows `end` in `text` after white space, and not a title-case
 * headline's function word: what makes a capitalised season or rate word open a name ("the Summer
 * Olympics", "the Daily Mail"; not "in the Summer As Prices Ease").
 *
 * @example capitalisedWordAfter('the Daily Mail', 9) // true
 */
export function capitalisedWordAfter(text: string, end: number): boolean {
  const after = text.slice(end);
  return /^\s+[A-Z]/.test(after) && !TITLE_CASE_FUNCTION_WORD.test(after);
}
