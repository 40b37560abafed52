import type { BuildProblem } from './BuildProblem.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/**
 * An input file's bytes as text (strict UTF-8, see decodeUtf8), or the build's problem naming
 * the file and the first bad byte (its offset, line and column): articles and data files are refused in the same words.
 */
export function decodeInputText(
  bytes: Buffer,
  file: string,
): { text: string } | { problem: BuildProblem } {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded;
  const { badByte, line, column } = decoded;
  return { problem: { code: 'not-utf8', file, path: file, byte: badByte, line, column } };
}
