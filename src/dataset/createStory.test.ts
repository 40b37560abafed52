import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildFailure } from './BuildProblem.ts';
import { createStory } from './createStory.ts';
import { formatProblem } from './formatProblem.ts';
import { runDataBuild } from './runDataBuild.ts';

describe('createStory', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'sourceline-new-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('makes seeds/ and the three data files, titled after the folder', () => {
    const root = createStory(join(parent, 'apple-music'));
    expect(existsSync(join(root, 'seeds'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'))).toEqual({
      title: 'apple music',
    });
    expect(JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8'))).toEqual({});
    expect(JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8'))).toEqual([]);
  });

  it('accepts a folder that exists but is empty', () => {
    mkdirSync(join(parent, 'empty'));
    expect(() => createStory(join(parent, 'empty'))).not.toThrow();
  });

  it('refuses a folder that holds anything, and writes nothing into it', () => {
    const dir = join(parent, 'used');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    let failure: unknown;
    try {
      createStory(dir);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BuildFailure);
    expect(formatProblem((failure as BuildFailure).problems[0]!)).toContain('found:    notes.txt');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('gives a story that builds once an article and its date are added', () => {
    const root = createStory(join(parent, 'story'));
    writeFileSync(join(root, 'seeds/a.txt'), 'The council voted on Tuesday to close the library.');
    writeFileSync(
      join(root, 'data/sources.json'),
      JSON.stringify({ a: { published: { date: '2024-03-07' } } }),
    );
    writeFileSync(
      join(root, 'data/events.json'),
      JSON.stringify([
        {
          id: 'vote',
          title: 'Council votes to close the library',
          kind: 'vote',
          status: 'happened',
          evidence: [
            {
              source: 'a',
              quote: 'The council voted on Tuesday',
              when: { expression: 'Tuesday' },
            },
          ],
        },
      ]),
    );
    const failed: string[] = [];
    const code = runDataBuild({
      root,
      out: 'public/timeline.json',
      log: () => {},
      fail: (line) => failed.push(line),
    });
    expect(failed).toEqual([]);
    expect(code).toBe(0);
    const dataset = JSON.parse(readFileSync(join(root, 'public/timeline.json'), 'utf8'));
    expect(dataset.events[0].date.value).toBe('2024-03-05');
  });

  it('says how to create a story when the folder named does not exist', () => {
    const failed: string[] = [];
    const code = runDataBuild({
      root: join(parent, 'missing'),
      out: 'public/timeline.json',
      log: () => {},
      fail: (line) => failed.push(line),
    });
    expect(code).toBe(1);
    expect(failed.join('\n')).toContain('story folder not found');
    expect(failed.join('\n')).toContain('npm run new --');
  });

  it('names the empty seeds folder of a new story', () => {
    const root = createStory(join(parent, 'bare'));
    const failed: string[] = [];
    expect(
      runDataBuild({
        root,
        out: 'public/timeline.json',
        log: () => {},
        fail: (l) => failed.push(l),
      }),
    ).toBe(1);
    expect(failed[0]).toContain('no articles');
  });
});
