import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDataJson } from '../dataset/formatDataJson.ts';
import { runDraft } from './runDraft.ts';

const A =
  'US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Wednesday for three hours.\n' +
  'Trump said the talks were productive.\n' +
  'Sanctions on Russia will take effect on Friday, the White House said.\n';
const B =
  'Putin received Witkoff in the Kremlin in Moscow on Wednesday, officials said.\n' +
  'Oil prices rose in London on Thursday.\n';

let dir: string;
let logged: string[];
let failed: string[];

function write(file: string, content: string | Buffer) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), content);
}
function story(files: Record<string, string | Buffer>) {
  for (const [file, content] of Object.entries(files)) write(file, content);
}
async function run(at = dir) {
  logged = [];
  failed = [];
  const { code } = await runDraft({
    story: at,
    formatConfigFrom: join(import.meta.dirname, '../../data/events.json'),
    thisYear: 2026,
    log: (line) => logged.push(line),
    fail: (line) => failed.push(line),
  });
  return code;
}
const events = () =>
  JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8')) as {
    id: string;
    draft?: boolean;
    evidence: { source: string; quote: string }[];
  }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-draft-'));
  story({
    'seeds/a.txt': A,
    'seeds/b.txt': B,
    'data/sources.json': JSON.stringify({
      a: { published: { date: '2025-08-07' } },
      b: { published: { date: '2025-08-07' } },
    }),
    'data/story.json': JSON.stringify({ title: 'Witkoff in Moscow' }),
    'data/events.json': '[]',
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runDraft', () => {
  it('writes drafts marked "draft": true and prints its report', async () => {
    expect(await run()).toBe(0);
    const drafted = events();
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.every((e) => e.draft === true)).toBe(true);
    const report = logged.join('\n');
    expect(report).toMatch(/2 articles read, \d+ calendar date expressions, \d+ dated passages/);
    expect(report).toMatch(/\d+ drafts written to data\/events.json \(0 editor events kept/);
    expect(report).toMatch(/1 draft joins two or more articles/);
  });

  it("keeps the editor's events as written, does not propose what they quote, and replaces only drafts", async () => {
    const editor = {
      id: 'witkoff-meets-putin',
      title: 'Witkoff meets Putin',
      kind: 'meeting',
      status: 'happened',
      evidence: [
        {
          source: 'b',
          quote: 'Putin received Witkoff in the Kremlin in Moscow on Wednesday',
          when: { expression: 'on Wednesday' },
        },
      ],
    };
    write('data/events.json', JSON.stringify([editor]));
    expect(await run()).toBe(0);
    const first = events();
    expect(first[0]).toEqual(editor);
    const drafts = first.filter((e) => e.draft);
    expect(drafts.flatMap((e) => e.evidence).some((q) => q.quote.includes('Kremlin'))).toBe(false);
    expect(await run()).toBe(0);
    expect(events()).toEqual(first);
  });

  it('lays out events.json and sources.json as the editor saves them, so a review diff shows only the review', async () => {
    write(
      'seeds/c.txt',
      'WASHINGTON, Aug. 8 (Reuters) - Sanctions took effect in 2025 on Friday.\n',
    );
    expect(await run()).toBe(0);
    const config = join(import.meta.dirname, '../../data/events.json');
    for (const file of ['data/events.json', 'data/sources.json']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(await formatDataJson(JSON.parse(text), config)).toBe(text);
    }
    // Short lists of names stay on one line, where plain JSON.stringify would break them.
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toMatch(/"people": \["[^\n]*"\]/);
  });

  it('dates an article with no record from its dateline and records how', async () => {
    write(
      'seeds/c.txt',
      'WASHINGTON, Aug. 8 (Reuters) - Sanctions took effect in 2025 on Friday.\n',
    );
    expect(await run()).toBe(0);
    const sources = JSON.parse(readFileSync(join(dir, 'data/sources.json'), 'utf8'));
    expect(sources.c.published).toEqual({
      date: '2025-08-08',
      reasoning: [
        'Read from the dateline “WASHINGTON, Aug. 8 (Reuters)”.',
        'The dateline gives no year; 2025 is the latest year the article names.',
      ],
    });
    expect(logged.join('\n')).toContain(
      'seeds/c.txt: published 2025-08-08, read from the dateline',
    );
  });

  it('stops and names an article that has neither a record nor a dateline', async () => {
    write('seeds/c.txt', 'Sanctions took effect on Friday.\n');
    expect(await run()).toBe(1);
    expect(failed[0]).toContain('article "c" needs a publication date');
    expect(failed[0]).toContain('seeds/c.txt');
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe('[]');
  });

  it('says which article has no date expression at all, and drafts the others', async () => {
    write('seeds/c.txt', 'Nothing here is dated.\n');
    write(
      'data/sources.json',
      JSON.stringify({
        a: { published: { date: '2025-08-07' } },
        b: { published: { date: '2025-08-07' } },
        c: { published: { date: '2025-08-07' } },
      }),
    );
    expect(await run()).toBe(0);
    expect(logged.join('\n')).toContain('seeds/c.txt: no date expression at all');
  });
});

describe('runDraft on bad input', () => {
  const untouched = '[{"not": "read"}]';

  async function refused(expected: string[]) {
    expect(await run()).toBe(1);
    for (const words of expected) expect(failed.join('\n')).toContain(words);
    expect(failed.at(-1)).toContain('data/events.json was left as it was');
  }

  it('refuses a story folder that does not exist', async () => {
    expect(await run(join(dir, 'nowhere'))).toBe(1);
    expect(failed[0]).toContain('story folder not found');
    expect(failed[0]).toContain('nowhere');
  });

  it('refuses an empty seeds/ folder', async () => {
    rmSync(join(dir, 'seeds'), { recursive: true });
    mkdirSync(join(dir, 'seeds'));
    await refused(['no articles to draft from', 'seeds/']);
  });

  it('refuses an article that is not UTF-8, naming it and leaving events.json as it was', async () => {
    write('data/events.json', '[]');
    write('seeds/b.txt', Buffer.from([0x4f, 0x6e, 0x20, 0xff, 0x0a]));
    await refused([
      'article is not UTF-8 text',
      'seeds/b.txt',
      'a byte that is not UTF-8 at line 1, column 4 (byte 3)',
    ]);
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe('[]');
  });

  it('refuses an empty article', async () => {
    write('seeds/b.txt', ' \n');
    await refused(['article is empty', 'seeds/b.txt']);
  });

  it('refuses a story where no article has a date expression', async () => {
    write('seeds/a.txt', 'Nothing is dated here.\n');
    write('seeds/b.txt', 'Nor here.\n');
    await refused(['nothing could be drafted']);
  });

  it('refuses a malformed kind list in story.json', async () => {
    write(
      'data/story.json',
      JSON.stringify({ title: 'T', kinds: [{ id: 'Big Meeting', label: '' }] }),
    );
    await refused(['data/story.json', 'kinds[0].id', '"Big Meeting"', 'kinds[0].label']);
  });

  it('refuses an events.json that is not valid, and leaves it as it was', async () => {
    write('data/events.json', untouched);
    await refused(['at data/events.json › event 0 › id']);
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe(untouched);
  });

  it('refuses an events.json that is not JSON', async () => {
    write('data/events.json', '[{');
    await refused(['not valid JSON', 'data/events.json']);
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe('[{');
  });

  it("says on which line and column a data file breaks, in the data build's words", async () => {
    // Node 20's message for a second comma names no position; the place is found all the same.
    write('data/events.json', '[\n  { "id": "a" },,\n]\n');
    await refused([
      '✖ not valid JSON',
      '  at data/events.json',
      '  Look at line 2, column 17 of the file.',
    ]);
  });

  it('names a deeply nested broken data file as invalid JSON instead of crashing', async () => {
    write('data/events.json', '['.repeat(8000));
    await refused([
      '✖ not valid JSON',
      '  at data/events.json',
      '  Look at line 1, column 8001 of the file.',
    ]);
  });
});
