// "ran from April 28 to May 3", "were held between April 28 and May 3": a stretch's opening word
// stands between the verb and its first day, which the verb dates as it does a day right after it.
const STRETCH_OPENS = /\b(?:from|between)\s+$/i;
const STRETCH_GOES_ON = /^\s*(?:[-–—]|(?:to|until|till|through|thru|and)\s)/i;

/** Where the words before a day end: before "from" or "between" when the day opens a stretch. */
export function stretchStart(text: string, start: number, end: number): number {
  const lead = STRETCH_OPENS.exec(text.slice(Math.max(0, start - 10), start));
  return lead && STRETCH_GOES_ON.test(text.slice(end)) ? start - lead[0].length : start;
}
