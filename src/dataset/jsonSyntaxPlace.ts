import { jsonErrorOffset } from './jsonErrorOffset.ts';

/** Where in a text a JSON syntax error is, counted as an editor shows it (from 1). */
export type TextPlace = { line: number; column: number };

/**
 * The line and column of the character `JSON.parse` stopped at: read from the "at position N"
 * of its message (V8's wording), or, for a message without one (Node 20's "Unexpected token …
 * is not valid JSON", "Unexpected end of JSON input"), found by scanning the text again. A
 * position alone is of no use to someone editing a long file by hand.
 *
 * @example
 * jsonSyntaxPlace('[\n  1,,\n]', 'Unexpected token \',\', "[\n  1,,\n]" is not valid JSON') //=> { line: 2, column: 5 }
 */
export function jsonSyntaxPlace(text: string, message: string): TextPlace | undefined {
  const match = /at position (\d+)/.exec(message);
  const found = match ? Number(match[1]) : jsonErrorOffset(text);
  if (found === undefined) return undefined;
  const position = Math.min(found, text.length);
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}
