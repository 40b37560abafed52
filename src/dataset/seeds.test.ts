import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const seedDir = join(root, 'seeds');
const received = join(root, '../shared/seeds');

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('seeds/', () => {
  it('holds the articles byte for byte as recorded in data/seeds.sha256 when they were received', () => {
    const recorded = readFileSync(join(root, 'data/seeds.sha256'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
      .map(([hash, name]) => [name, hash]);
    const actual = readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, sha256(join(seedDir, name))]);
    expect(actual).toEqual(recorded);
  });

  it.runIf(existsSync(received))(
    'is identical to the articles as received in ../shared/seeds',
    () => {
      for (const name of readdirSync(received)) {
        expect(
          readFileSync(join(seedDir, name)).equals(readFileSync(join(received, name))),
          name,
        ).toBe(true);
      }
    },
  );
});
