import { jsonErrorOffset } from './jsonErrorOffset.ts';
import { textPlace, type TextPlace } from './textPlace.ts';

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
  return textPlace(text, Math.min(found, text.length));
}
