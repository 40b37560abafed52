/**
 * "lent money as if there were no tomorrow", "spending like there's no tomorrow": the idiom's
 * "tomorrow" is no day. TimeML would mark none, so both readings read nothing over it.
 */
export const NO_TOMORROW = /(?<=\bno\s+)tomorrow\b/gi;

/**
 * Whether the word at `start` is the "tomorrow" of "no tomorrow".
 *
 * @example isNoTomorrow('as if there were no tomorrow', 20) // true
 */
export function isNoTomorrow(text: string, start: number): boolean {
  return (
    /^tomorrow\b/i.test(text.slice(start)) &&
    /\bno\s+$/i.test(text.slice(Math.max(0, start - 4), start))
  );
}
