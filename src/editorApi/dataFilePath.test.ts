import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataFilePath } from './dataFilePath.ts';

let story: string;
let outside: string;

beforeEach(() => {
  story = realpathSync(mkdtempSync(join(tmpdir(), 'sourceline-path-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'sourceline-outside-')));
  mkdirSync(join(story, 'data'));
  writeFileSync(join(story, 'data', 'events.json'), '[]\n');
  writeFileSync(join(outside, 'events.json'), '[]\n');
});

describe('dataFilePath', () => {
  it('puts events.json and story.json inside the story’s data folder', () => {
    expect(dataFilePath(story, 'events.json')).toEqual({
      ok: true,
      name: 'events.json',
      path: join(story, 'data', 'events.json'),
    });
    expect(dataFilePath(story, 'story.json')).toMatchObject({ ok: true, name: 'story.json' });
  });

  it('refuses a path that climbs out with ..', () => {
    expect(dataFilePath(story, '../seeds/000.txt')).toEqual({
      ok: false,
      refusal: { code: 'path-parent', file: '../seeds/000.txt' },
    });
    expect(dataFilePath(story, '..\\events.json')).toMatchObject({
      refusal: { code: 'path-parent' },
    });
  });

  it('refuses an absolute path', () => {
    expect(dataFilePath(story, join(outside, 'events.json'))).toMatchObject({
      ok: false,
      refusal: { code: 'path-absolute' },
    });
    expect(dataFilePath(story, 'C:\\data\\events.json')).toMatchObject({
      refusal: { code: 'path-absolute' },
    });
  });

  it('refuses any file the editor does not write, sources.json included', () => {
    expect(dataFilePath(story, 'sources.json')).toMatchObject({
      ok: false,
      refusal: { code: 'path-not-data-file', allowed: ['events.json', 'story.json'] },
    });
    expect(dataFilePath(story, 'data/events.json')).toMatchObject({
      refusal: { code: 'path-not-data-file' },
    });
  });

  it('refuses a data file that is a link to a file outside the data folder', () => {
    symlinkSync(join(outside, 'events.json'), join(story, 'data', 'story.json'));
    expect(dataFilePath(story, 'story.json')).toEqual({
      ok: false,
      refusal: {
        code: 'path-symlink-out',
        file: 'story.json',
        target: join(outside, 'events.json'),
      },
    });
  });

  it('refuses a dangling link, which a write would follow', () => {
    symlinkSync(join(outside, 'nothing.json'), join(story, 'data', 'story.json'));
    expect(dataFilePath(story, 'story.json')).toMatchObject({
      refusal: { code: 'path-symlink-out' },
    });
  });

  it('refuses a data folder that is a link out of the story folder', () => {
    const linked = realpathSync(mkdtempSync(join(tmpdir(), 'sourceline-linked-')));
    symlinkSync(outside, join(linked, 'data'));
    expect(dataFilePath(linked, 'events.json')).toEqual({
      ok: false,
      refusal: { code: 'path-symlink-out', file: 'events.json', target: outside },
    });
  });
});
