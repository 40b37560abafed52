import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../dataset/writeFileAtomic.ts';
import type { WriteRequest } from '../model/editorApi.ts';
import { buildStory } from './buildStory.ts';
import { dataFilePath } from './dataFilePath.ts';
import type { EditorRefusal } from './EditorRefusal.ts';
import { fileVersion } from './fileVersion.ts';
import { formatDataJson } from '../dataset/formatDataJson.ts';

function currentVersion(path: string): string {
  return fileVersion(existsSync(path) ? readFileSync(path) : undefined);
}

/**
 * Replaces one file of the story's data/ folder, or refuses and writes nothing: a path outside
 * data/, a base version that is no longer the file on disk (another tab or a text editor wrote
 * since), or JSON the build refuses. What is written is formatted as the project formats it and
 * lands all at once.
 */
export async function writeDataFile(
  storyRoot: string,
  request: WriteRequest,
  formatConfigFrom: string,
): Promise<{ ok: true; version: string } | { ok: false; refusal: EditorRefusal }> {
  const target = dataFilePath(storyRoot, request.file);
  if (!target.ok) return target;
  const stale = { ok: false as const, refusal: { code: 'stale' as const, file: target.name } };
  if (currentVersion(target.path) !== request.base) return stale;
  const outcome = buildStory(storyRoot, { name: target.name, json: request.json });
  if (!outcome.ok) {
    return {
      ok: false,
      refusal: { code: 'build', file: target.name, problems: outcome.problems },
    };
  }
  const text = await formatDataJson(request.json, formatConfigFrom);
  // Formatting yields to other requests: check again, then write with nothing in between.
  if (currentVersion(target.path) !== request.base) return stale;
  writeFileAtomic(target.path, text);
  return { ok: true, version: fileVersion(Buffer.from(text)) };
}
