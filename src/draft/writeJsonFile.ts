import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes JSON all or nothing: to a temporary file beside the target, then renamed over it, so
 * an interrupted run never leaves a half-written events.json or sources.json.
 */
export function writeJsonFile(path: string, json: unknown): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(json, null, 2)}\n`);
  renameSync(temporary, path);
}
