/** Where in a text a JSON syntax error is, counted as an editor shows it (from 1). */
export type TextPlace = { line: number; column: number };

/**
 * The line and column of the character `JSON.parse` stopped at, read from the "at position N"
 * of its message (V8's wording; a message without one, such as "Unexpected end of JSON input",
 * gives undefined). A position alone is of no use to someone editing a long file by hand.
 *
 * @example
 * jsonSyntaxPlace('[\n  1,,\n]', 'Unexpected token , in JSON at position 6') //=> { line: 2, column: 5 }
 */
export function jsonSyntaxPlace(text: string, message: string): TextPlace | undefined {
  const match = /at position (\d+)/.exec(message);
  if (!match) return undefined;
  const position = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}
