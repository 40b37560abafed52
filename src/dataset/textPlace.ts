/** Where in a text something is, counted as an editor shows it (from 1). */
export type TextPlace = { line: number; column: number };

/**
 * The line and column of the character at `position` (a string offset): lines end at "\n", so
 * a CRLF file counts its lines right too, and columns count UTF-16 code units, one per character
 * outside the astral planes.
 *
 * @example textPlace('ab\ncd', 4) //=> { line: 2, column: 2 }
 */
export function textPlace(text: string, position: number): TextPlace {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
