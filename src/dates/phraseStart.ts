/** Where `occurrence` (from 1) of `phrase` starts in `text`, or -1. */
export function phraseStart(text: string, phrase: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
