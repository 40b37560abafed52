import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildFailure, type BuildProblem } from './BuildProblem.ts';

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

/** `sha256sum` output: hash, two spaces, file name. */
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

function readJson(root: string, file: string, problems: BuildProblem[]): DataFile {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({
      code: 'missing-file',
      file,
      expected: `a JSON file at ${file}`,
      found: 'nothing',
    });
    return { file, json: undefined };
  }
  try {
    return { file, json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    problems.push({
      code: 'invalid-json',
      file,
      expected: 'valid JSON',
      found: error instanceof Error ? error.message : String(error),
    });
    return { file, json: undefined };
  }
}

/**
 * Reads seeds/*.txt (UTF-8, as JavaScript strings, so offsets are UTF-16 code units) and the
 * three data files below `root`. Missing files and broken JSON are all reported together.
 */
export function readInputs(root: string): Inputs {
  const problems: BuildProblem[] = [];
  const seedDir = join(root, inputPaths.seeds);
  let seeds: Seed[] = [];
  if (!existsSync(seedDir)) {
    problems.push({
      code: 'missing-file',
      file: inputPaths.seeds,
      expected: 'a folder of .txt articles',
      found: 'nothing',
    });
  } else {
    const recorded = readSeedHashes(root);
    seeds = readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(seedDir, name));
        const hash = recorded.get(name);
        return {
          id: name.slice(0, -'.txt'.length),
          file: `${inputPaths.seeds}/${name}`,
          text: bytes.toString('utf8'),
          changed: hash !== undefined && hash !== createHash('sha256').update(bytes).digest('hex'),
        };
      });
  }
  const sources = readJson(root, inputPaths.sources, problems);
  const events = readJson(root, inputPaths.events, problems);
  const story = readJson(root, inputPaths.story, problems);
  if (problems.length > 0) throw new BuildFailure(problems);
  return { seeds, sources, events, story };
}
