import { jsonErrorOffset } from './jsonErrorOffset.ts';
import { textPlace, type TextPlace } from './textPlace.ts';

/** Where JSON stops being JSON; `trailingComma` when it is a comma with nothing after it. */
export type JsonSyntaxPlace = TextPlace & { trailingComma?: true };

/**
 * The line and column of the character `JSON.parse` stopped at: read from the "at position N"
 * of its message (V8's wording), or, for a message without one (Node 20's "Unexpected token …
 * is not valid JSON", "Unexpected end of JSON input"), found by scanning the text again. A
 * position alone is of no use to someone editing a long file by hand. A comma before a closing
 * bracket is placed at the comma, where the fix is, not at the bracket JSON.parse stopped at.
 *
 * @example
 * jsonSyntaxPlace('[\n  1,,\n]', 'Unexpected token \',\', "[\n  1,,\n]" is not valid JSON') //=> { line: 2, column: 5 }
 * jsonSyntaxPlace('[1,\n]', 'Unexpected token \']\', "[1,\n]" is not valid JSON') //=> { line: 1, column: 3, trailingComma: true }
 */
export function jsonSyntaxPlace(text: string, message: string): JsonSyntaxPlace | undefined {
  const match = /at position (\d+)/.exec(message);
  const found = match ? Number(match[1]) : jsonErrorOffset(text);
  if (found === undefined) return undefined;
  const at = Math.min(found, text.length);
  // JSON.parse stops at the bracket after a trailing comma; the comma is what to delete.
  const comma = /,\s*$/.exec(text.slice(0, at));
  if (comma && /[}\]]/.test(text.charAt(at))) {
    return { ...textPlace(text, comma.index), trailingComma: true };
  }
  return textPlace(text, at);
}
