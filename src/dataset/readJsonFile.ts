import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildProblem } from './BuildProblem.ts';
import { decodeInputText } from './decodeInputText.ts';
import { jsonSyntaxPlace } from './jsonSyntaxPlace.ts';

/** A data file's JSON, or the one problem that kept it from being read. */
export type ReadJson = { json: unknown } | { problem: BuildProblem };

/**
 * Reads `file` below `root` (or at `file`, when it is absolute) as strict UTF-8 and parses it as
 * JSON; broken JSON is reported with the line and column where it breaks. The data build and the
 * drafter both read data/ through this, so a hand-edited file gets the same message from
 * `npm run data` and `npm run draft`; the export reads timeline.json through it too.
 */
export function readJsonFile(root: string, file: string): ReadJson {
  const decoded = decodeInputText(readFileSync(resolve(root, file)), file);
  if ('problem' in decoded) return decoded;
  const { text } = decoded;
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { code: 'invalid-json', file, reason, ...jsonSyntaxPlace(text, reason) } };
  }
}
