/**
 * "the Today programme", "The Tonight Show": a capitalised day word after "the" is a title, not a
 * day; so is one before a capitalised "Show", "Programme" or "Program" without "the" ("Tonight
 * Show host Jimmy Fallon"), and a capitalised "Today" or "Tonight" that ends the name of a
 * programme or a paper after a capitalised word of its subject or audience ("ABC's World News
 * Tonight", "USA Today", "Psychology Today", "CNN's Sports Tonight"): the capitals of both words,
 * case-sensitive, tell the name from "world news tonight" or "sports today". Global, for masking
 * every one in a text.
 */
export const DAY_WORD_TITLE =
  /(?<=\b[Tt]he\s+)(?:Today|Tonight|Tomorrow|Yesterday)\b|\b(?:Today|Tonight)(?=\s+(?:Show|Programme|Program)\b)|(?<=\b(?:News|Sports?|Business|Politics|Psychology|Science|Money|World|USA|America)\s+)(?:Today|Tonight)\b/g;

const AT = new RegExp(DAY_WORD_TITLE.source, 'y');

/** Whether the day word at `start` in `text` is such a title. */
export function isDayWordTitle(text: string, start: number): boolean {
  AT.lastIndex = start;
  return AT.test(text);
}
