import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileVersion } from './fileVersion.ts';
import { makeStoryFolder } from './fixtures/makeStoryFolder.ts';
import { formatRefusal } from './formatRefusal.ts';
import { writeDataFile } from './writeDataFile.ts';

type Authored = { id: string; draft?: boolean; title: string; evidence: { when?: unknown }[] };

const formatFrom = join(import.meta.dirname, '..', '..', 'data', 'events.json');
let story: string;
let eventsPath: string;

function onDisk(): { bytes: Buffer; events: Authored[]; version: string } {
  const bytes = readFileSync(eventsPath);
  return { bytes, events: JSON.parse(bytes.toString('utf8')), version: fileVersion(bytes) };
}

beforeEach(() => {
  story = makeStoryFolder();
  eventsPath = join(story, 'data', 'events.json');
});

describe('writeDataFile', () => {
  it('writes an accepted draft, formatted as the project formats it, and returns the new version', async () => {
    const { events, version } = onDisk();
    const draft = events.find((e) => e.draft)!;
    delete draft.draft;
    const result = await writeDataFile(
      story,
      { file: 'events.json', base: version, json: events },
      formatFrom,
    );
    const after = onDisk();
    expect(result).toEqual({ ok: true, version: after.version });
    expect(after.events.find((e) => e.id === draft.id)).not.toHaveProperty('draft');
    expect(after.bytes.toString('utf8')).toBe(
      readFileSync(join(import.meta.dirname, 'fixtures', 'events.json'), 'utf8').replace(
        /,\n {4}"draft": true(?=\n {2}\})/,
        '',
      ),
    );
  });

  it('refuses a write based on an older version and leaves the file byte for byte', async () => {
    const { bytes, events, version } = onDisk();
    writeFileSync(eventsPath, bytes.toString('utf8').replace('Witkoff meets', 'Witkoff sees'));
    const changed = readFileSync(eventsPath);
    events[0]!.title = 'A change from an old tab';
    const result = await writeDataFile(
      story,
      { file: 'events.json', base: version, json: events },
      formatFrom,
    );
    expect(result).toEqual({ ok: false, refusal: { code: 'stale', file: 'events.json' } });
    expect(readFileSync(eventsPath).equals(changed)).toBe(true);
  });

  it('refuses what the build refuses, in the build’s words, and writes nothing', async () => {
    const { bytes, events, version } = onDisk();
    // Rejecting the event another one is dated against leaves an unknown anchor.
    const anchored = 'trump-calls-zelensky-and-european-leaders';
    const json = events.filter((e) => e.id !== anchored);
    const result = await writeDataFile(
      story,
      { file: 'events.json', base: version, json },
      formatFrom,
    );
    if (result.ok) throw new Error('the build should refuse an unknown anchor');
    expect(result.refusal.code).toBe('build');
    const message = formatRefusal(result.refusal);
    expect(message).toContain('data/events.json › event "witkoff-meets-putin"');
    expect(message).toContain(anchored);
    expect(readFileSync(eventsPath).equals(bytes)).toBe(true);
  });

  it('refuses two events with the same id', async () => {
    const { bytes, events, version } = onDisk();
    const json = [...events, { ...events[0]! }];
    const result = await writeDataFile(
      story,
      { file: 'events.json', base: version, json },
      formatFrom,
    );
    expect(result.ok || formatRefusal(result.refusal)).toMatch(/duplicate|twice|same id/i);
    expect(readFileSync(eventsPath).equals(bytes)).toBe(true);
  });

  it('refuses a path out of the data folder before reading anything', async () => {
    const result = await writeDataFile(
      story,
      { file: '../seeds/evil.json', base: '', json: [] },
      formatFrom,
    );
    expect(result).toEqual({
      ok: false,
      refusal: { code: 'path-parent', file: '../seeds/evil.json' },
    });
  });

  it('writes story.json through the same checks', async () => {
    const path = join(story, 'data', 'story.json');
    const before = readFileSync(path);
    const json = JSON.parse(before.toString('utf8'));
    const refused = await writeDataFile(
      story,
      { file: 'story.json', base: fileVersion(before), json: { ...json, title: '' } },
      formatFrom,
    );
    expect(refused.ok).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
    const written = await writeDataFile(
      story,
      { file: 'story.json', base: fileVersion(before), json: { ...json, title: 'New title' } },
      formatFrom,
    );
    expect(written.ok).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('New title');
  });
});
