import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataBuild } from './runDataBuild.ts';

const projectRoot = join(import.meta.dirname, '../..');

describe('runDataBuild', () => {
  let root: string;
  let logged: string[];
  let failed: string[];
  const run = () =>
    runDataBuild({
      root,
      out: 'public/timeline.json',
      log: (l) => logged.push(l),
      fail: (l) => failed.push(l),
    });
  const output = () => join(root, 'public/timeline.json');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sourceline-data-'));
    cpSync(join(projectRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
    cpSync(join(projectRoot, 'data'), join(root, 'data'), { recursive: true });
    logged = [];
    failed = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes timeline.json and ends with a short report', () => {
    expect(run()).toBe(0);
    expect(existsSync(output())).toBe(true);
    expect(logged.join('\n')).toMatch(/\d+ events from 5 articles, \d+ quotes/);
    expect(logged.join('\n')).toMatch(/dates by granularity: .*day \d+/);
    expect(logged.join('\n')).toMatch(/disagreements: \d+, editorial dates: \d+/);
    expect(failed).toEqual([]);
  });

  it('leaves the previous timeline.json as it was when an input is bad', () => {
    expect(run()).toBe(0);
    const before = readFileSync(output(), 'utf8');
    const events = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8'));
    events[0].evidence[0].quote = 'words the article never printed at all';
    writeFileSync(join(root, 'data/events.json'), JSON.stringify(events));
    expect(run()).toBe(1);
    expect(readFileSync(output(), 'utf8')).toBe(before);
    expect(failed.join('\n')).toContain('quote is not in the article');
    expect(failed.at(-1)).toContain('public/timeline.json was left as it was');
  });

  it('names a data file that is not valid JSON', () => {
    writeFileSync(join(root, 'data/sources.json'), '{ "000": ');
    expect(run()).toBe(1);
    expect(failed[0]).toContain('not valid JSON');
    expect(failed[0]).toContain('data/sources.json');
    expect(existsSync(output())).toBe(false);
  });

  it('says on which line and column of a hand-edited data file the JSON breaks', () => {
    const events = readFileSync(join(root, 'data/events.json'), 'utf8').split('\n');
    // A second comma after the id: JSON.parse stops at it, the last character of line 3.
    events[2] = `${events[2]},`;
    writeFileSync(join(root, 'data/events.json'), events.join('\n'));
    expect(run()).toBe(1);
    expect(failed[0]).toContain('at data/events.json');
    expect(failed[0]).toContain(`  Look at line 3, column ${events[2].length} of the file.`);
  });

  it('places a comma left before a closing bracket at the comma, and says to delete it', () => {
    const text = readFileSync(join(root, 'data/events.json'), 'utf8');
    // The last event's closing brace, then a comma an editor left when deleting the event after it.
    const end = text.lastIndexOf('}');
    writeFileSync(join(root, 'data/events.json'), `${text.slice(0, end + 1)},\n]\n`);
    const lines = text.slice(0, end + 1).split('\n');
    expect(run()).toBe(1);
    expect(failed[0]).toContain(
      `  Look at line ${lines.length}, column ${lines.at(-1)!.length + 1} of the file: ` +
        'a comma with nothing after it before the closing bracket. Delete it.',
    );
  });

  it('names a deeply nested broken data file as invalid JSON, with its place, instead of crashing', () => {
    writeFileSync(join(root, 'data/story.json'), '['.repeat(8000));
    expect(run()).toBe(1);
    expect(failed[0]).toContain('✖ not valid JSON');
    expect(failed[0]).toContain('at data/story.json');
    expect(failed[0]).toContain('  Look at line 1, column 8001 of the file.');
  });

  it('reports no changed output when there is no story folder to build', () => {
    rmSync(root, { recursive: true, force: true });
    expect(run()).toBe(1);
    expect(failed[0]).toContain('story folder not found');
    expect(failed.at(-1)).toBe('1 problem in the inputs; nothing was written.');
  });

  it('refuses to write its output over an article or a data file', () => {
    for (const out of ['data/events.json', 'data', 'seeds/000_8337474839ae0089.txt']) {
      const before = readFileSync(join(root, 'data/events.json'), 'utf8');
      failed = [];
      runDataBuild({ root, out, log: () => {}, fail: (l) => failed.push(l) });
      expect(failed[0], out).toContain('output would be written among the inputs');
      expect(failed[0], out).toContain(`found:    ${out}`);
      expect(failed.at(-1), out).toBe('1 problem in the inputs; nothing was written.');
      expect(readFileSync(join(root, 'data/events.json'), 'utf8')).toBe(before);
    }
    expect(
      readFileSync(join(root, 'seeds/000_8337474839ae0089.txt')).equals(
        readFileSync(join(projectRoot, 'seeds/000_8337474839ae0089.txt')),
      ),
    ).toBe(true);
  });

  it('names a missing seed file', () => {
    rmSync(join(root, 'seeds/003_662f28003ec8c695.txt'));
    expect(run()).toBe(1);
    expect(failed.join('\n')).toContain('article "003_662f28003ec8c695"');
    expect(failed.join('\n')).toContain('seeds/003_662f28003ec8c695.txt');
  });

  it('names a missing data file', () => {
    rmSync(join(root, 'data/events.json'));
    expect(run()).toBe(1);
    expect(failed[0]).toContain('file not found');
    expect(failed[0]).toContain('data/events.json');
  });

  it('re-anchors quotes in an article corrected since its hash was recorded, and says so', () => {
    const seed = join(root, 'seeds/000_8337474839ae0089.txt');
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace('lasted about three hours', 'lasted almost three hours'),
    );
    expect(run()).toBe(0);
    expect(logged.join('\n')).toContain(
      'changed since data/seeds.sha256 was recorded; re-anchored',
    );
    const dataset = JSON.parse(readFileSync(output(), 'utf8'));
    const text = readFileSync(seed, 'utf8');
    for (const evidence of dataset.events.flatMap((e: { evidence: unknown[] }) => e.evidence)) {
      if (evidence.source === '000_8337474839ae0089')
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('refuses a quote with a typo in an article that has not changed', () => {
    const events = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8'));
    const geneva = events.find((e: { id: string }) => e.id === 'geneva-summit');
    geneva.evidence[0].quote = geneva.evidence[0].quote.replace('Geneva', 'Vienna');
    writeFileSync(join(root, 'data/events.json'), JSON.stringify(events));
    expect(run()).toBe(1);
    expect(failed.join('\n')).toContain(
      'Nearest passage: "former President Joe Biden met Putin in Geneva in June 2021"',
    );
  });

  it('names an article that is not UTF-8 instead of publishing a garbled quote', () => {
    const seed = join(root, 'seeds/000_8337474839ae0089.txt');
    const bytes = readFileSync(seed);
    bytes[10] = 0xff;
    writeFileSync(seed, bytes);
    expect(run()).toBe(1);
    expect(failed[0]).toContain('file is not UTF-8 text');
    expect(failed[0]).toContain('seeds/000_8337474839ae0089.txt');
    expect(failed[0]).toContain(
      'found:    a byte that is not UTF-8 at line 1, column 11 (byte 10)',
    );
    expect(existsSync(output())).toBe(false);
  });

  it('names a data file that is not UTF-8 in the words it names an article with', () => {
    writeFileSync(join(root, 'data/story.json'), Buffer.from([0x7b, 0x20, 0xc3, 0x28, 0x7d]));
    expect(run()).toBe(1);
    expect(failed[0]).toContain('file is not UTF-8 text');
    expect(failed[0]).toContain('UTF-8 text in data/story.json');
    expect(failed[0]).toContain('a byte that is not UTF-8 at line 1, column 3 (byte 2)');
  });

  it('names a seeds path that is a file, not a folder', () => {
    rmSync(join(root, 'seeds'), { recursive: true });
    writeFileSync(join(root, 'seeds'), 'not a folder');
    expect(run()).toBe(1);
    expect(failed[0]).toContain('not a folder');
  });

  it('never changes the seed files', () => {
    const before = readFileSync(join(root, 'seeds/000_8337474839ae0089.txt'));
    run();
    expect(readFileSync(join(root, 'seeds/000_8337474839ae0089.txt')).equals(before)).toBe(true);
  });
});
