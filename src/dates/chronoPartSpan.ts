import { abbreviatedWeekdayEnd } from './abbreviatedWeekdayEnd.ts';
import { maskedMayArticle } from './articleBeforeMayEvent.ts';
import type { ChronoPart } from './ChronoPart.ts';

/**
 * Where the words of what chrono read at `part` lie, trimmed of what chrono takes in around them,
 * and whether a clock time it read is a number that goes on (`clockless`); undefined where the
 * words are a bare abbreviation that is no weekday.
 */
export function chronoPartSpan(
  text: string,
  masked: string,
  part: ChronoPart,
): { start: number; end: number; clockless: boolean } | undefined {
  // chrono keeps a leading comma (", on Friday"), a trailing comma or full stop ("on
  // Wednesday,"), and a closing parenthesis it did not open ("(4 a.m. EDT Thursday)"); the
  // mention should not.
  const blank = /^[\s,]+/.exec(part.text)?.[0].length ?? 0;
  // "the May primary": the article written as "in" for chrono is no part of the month's words.
  const leading =
    blank + maskedMayArticle(masked.slice(part.start + blank), text.slice(part.start + blank));
  const start = part.start + leading;
  const trimmed = part.text.slice(leading).replace(/[\s,.;:]+$/, '');
  const unopened = trimmed.endsWith(')') && !trimmed.includes('(');
  let end = start + (unopened ? trimmed.slice(0, -1).replace(/[\s,.;:]+$/, '') : trimmed).length;
  // "10:35 a.m. Friday": the full stop of "a.m." is part of it, unless it also ends the sentence.
  if (/[ap]\.m$/i.test(text.slice(start, end)) && /^\.(?!\s*(?:$|[A-Z"“'`]))/.test(text.slice(end)))
    end += 1;
  // "after Jan. 1, 1990 at 1,015 francs a share": a number that goes on is not a clock time.
  let clockless = false;
  const cut = /\s+at\s+\d{1,2}$/i.exec(text.slice(start, end));
  if (cut && /^[,.]\d/.test(text.slice(end, end + 2))) {
    end -= cut[0].length;
    clockless = true;
  }
  // "The Sun reported…", "Sat on the board": a bare abbreviation is too often a word; wire
  // copy's "Tues." is a weekday, and its stop is the mention's (abbreviatedWeekdayEnd).
  const weekdayEnd = abbreviatedWeekdayEnd(text, start, end);
  if (weekdayEnd === undefined) return undefined;
  return { start, end: weekdayEnd, clockless };
}
