import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BuildFailure, type BuildProblem } from './BuildProblem.ts';
import { decodeInputText } from './decodeInputText.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * A seed article as read from seeds/: never altered. `changed` is set when its bytes differ from
 * the hash recorded in data/seeds.sha256, as after a publisher's correction.
 */
export type Seed = { id: string; file: string; text: string; changed?: boolean };

/** A data file, parsed as JSON but not yet checked against its schema. */
export type DataFile = { file: string; json: unknown };

/** Everything the build reads, gathered before any of it is checked. */
export type Inputs = {
  seeds: Seed[];
  sources: DataFile;
  events: DataFile;
  story: DataFile;
};

export const inputPaths = {
  seeds: 'seeds',
  sources: 'data/sources.json',
  events: 'data/events.json',
  story: 'data/story.json',
  seedHashes: 'data/seeds.sha256',
} as const;

function readJson(root: string, file: string, problems: BuildProblem[]): DataFile {
  if (!existsSync(join(root, file))) {
    problems.push({ code: 'missing-file', file, path: file, wanted: 'json' });
    return { file, json: undefined };
  }
  const read = readJsonFile(root, file);
  if ('problem' in read) problems.push(read.problem);
  return { file, json: 'json' in read ? read.json : undefined };
}

/** `sha256sum` output: hash, white space, file name. */
function readSeedHashes(root: string): Map<string, string> {
  const path = join(root, inputPaths.seedHashes);
  if (!existsSync(path)) return new Map();
  return new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+\*?/))
      .filter((parts): parts is [string, string] => parts.length === 2)
      .map(([hash, name]) => [name, hash]),
  );
}

function readSeeds(root: string, problems: BuildProblem[]): Seed[] {
  const folder = inputPaths.seeds;
  const dir = join(root, folder);
  if (!existsSync(dir)) {
    problems.push({ code: 'missing-file', file: folder, path: folder, wanted: 'folder' });
    return [];
  }
  if (!statSync(dir).isDirectory()) {
    problems.push({ code: 'not-a-folder', file: folder, path: folder });
    return [];
  }
  const recorded = readSeedHashes(root);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (names.length === 0) problems.push({ code: 'no-articles', file: folder, path: folder });
  return names.flatMap((name) => {
    const file = `${folder}/${name}`;
    const bytes = readFileSync(join(dir, name));
    const decoded = decodeInputText(bytes, file);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      return [];
    }
    const { text } = decoded;
    const hash = recorded.get(name);
    const changed = hash !== undefined && hash !== createHash('sha256').update(bytes).digest('hex');
    return [{ id: name.slice(0, -'.txt'.length), file, text, changed }];
  });
}

/**
 * Reads seeds/*.txt (strict UTF-8, as JavaScript strings, so offsets are UTF-16 code units) and
 * the three data files below `root`. Missing files, bad encodings and broken JSON are all
 * reported together.
 */
export function readInputs(root: string): Inputs {
  const problems: BuildProblem[] = [];
  const seeds = readSeeds(root, problems);
  const sources = readJson(root, inputPaths.sources, problems);
  const events = readJson(root, inputPaths.events, problems);
  const story = readJson(root, inputPaths.story, problems);
  if (problems.length > 0) throw new BuildFailure(problems);
  return { seeds, sources, events, story };
}
