import { MONTH_NAMES } from './monthNames.ts';

// A capitalised given name right before the month ("Frederick March Jr."), and a generational
// suffix right after it: the month is a surname. Not a word that takes a month, capitalised as
// it opens a sentence ("By March Jr. staff had left", "Since May III Corps has moved").
const GIVEN_NAME_BEFORE =
  /(?<![\w'’.-])(?!(?:By|In|On|At|For|From|Since|Until|Till|Through|During|After|Before|Last|Next|This|Early|Late|Mid|Each|Every|The|A|An|And|Or|But|Of|To)\s)[A-Z][a-z]+\s+$/;
const SUFFIX_AFTER = /^,?\s+(?:[JS]r\.|(?:III|II|IV)\b)/;
const MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`, 'i');

/**
 * Whether the month name from `start` to `end` is a person's surname: a capitalised given name
 * right before it and a generational suffix right after it ("Frederick March Jr., a director,
 * resigned", "Robert May III said").
 *
 * @example isMonthAsSurname('Frederick March Jr. resigned.', 10, 15) // true
 */
export function isMonthAsSurname(text: string, start: number, end: number): boolean {
  return (
    MONTH.test(text.slice(start, end)) &&
    SUFFIX_AFTER.test(text.slice(end, end + 6)) &&
    GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  );
}
