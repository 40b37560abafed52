import { describe, expect, it } from 'vitest';
import { runDatesCommand, type DatesIo } from './runDatesCommand.ts';

const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

function memoryIo(files: Record<string, string | Uint8Array>, stdin: string | Uint8Array = '') {
  const io = {
    stdout: '',
    stderr: '',
    readFile: async (path: string) => {
      if (path in files) return bytes(files[path]!);
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    readStdin: async () => bytes(stdin),
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io satisfies DatesIo;
}

describe('runDatesCommand', () => {
  it('prints the mentions of a file as a JSON array', async () => {
    const io = memoryIo({ 'a.txt': 'The envoy met Putin on Wednesday.' });
    expect(await runDatesCommand(['a.txt', '--published', '2025-08-07'], io)).toBe(0);
    const mentions = JSON.parse(io.stdout) as Array<{ text: string; value: string }>;
    expect(mentions.map((m) => [m.text, m.value])).toEqual([['on Wednesday', '2025-08-06']]);
  });

  it('prints [] and exits 0 for an empty text', async () => {
    const io = memoryIo({}, '');
    expect(await runDatesCommand(['-', '--published', '2025-08-07'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual([]);
  });

  it('names a missing file and exits non-zero', async () => {
    const io = memoryIo({});
    expect(await runDatesCommand(['missing.txt', '--published', '2025-08-07'], io)).toBe(2);
    expect(io.stderr).toMatchInlineSnapshot(`
      "dates: cannot read "missing.txt": no such file
      "
    `);
    expect(io.stdout).toBe('');
  });

  it('answers each --jsonl line in order and reports a bad line without stopping', async () => {
    const stdin = [
      '{"id":"a","text":"They met on Monday.","published":"2025-08-06","locale":"en-US"}',
      '{"id":"b","text":"On 6/8.","published":"2025-02-30","locale":"en-GB"}',
      '{not json',
      '{"id":"c","text":"The talks on 6/8.","published":"2025-08-07","locale":"en-GB"}',
    ].join('\n');
    const io = memoryIo({}, stdin);
    expect(await runDatesCommand(['--jsonl'], io)).toBe(0);
    const lines = io.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { id: string; mentions?: Array<{ value: string }>; error?: string },
      );
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', null, 'c']);
    expect(lines[0]!.mentions!.map((m) => m.value)).toEqual(['2025-08-04']);
    expect(lines[1]!.error).toBe(
      'line 2: expected the publication date as a real calendar date YYYY-MM-DD, found "2025-02-30"',
    );
    expect(lines[2]!.error).toMatch(/^line 3: .*not JSON/);
    expect(lines[3]!.mentions!.map((m) => m.value)).toEqual(['2025-08-06']);
  });

  it('reports a line missing its text field by name', async () => {
    const io = memoryIo({}, '{"id":7,"published":"2025-08-06"}\n');
    await runDatesCommand(['--jsonl'], io);
    expect(JSON.parse(io.stdout)).toEqual({
      id: 7,
      error: 'line 1: expected {"id","text","published","locale"}, found no text',
    });
  });

  it('answers a blank line with an error line of its own, so output line N answers input line N', async () => {
    const line = '{"id":"a","text":"On Monday.","published":"2025-08-06"}';
    const io = memoryIo({}, `${line}\n\n${line}\n`);
    expect(await runDatesCommand(['--jsonl'], io)).toBe(0);
    const out = io.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(out.map((l) => l.id)).toEqual(['a', null, 'a']);
    expect(out[1]!.error).toBe(
      'line 2: expected {"id","text","published","locale"}, found an empty line',
    );
  });

  it('prints nothing for empty input in --jsonl mode', async () => {
    const io = memoryIo({}, '');
    expect(await runDatesCommand(['--jsonl'], io)).toBe(0);
    expect(io.stdout).toBe('');
  });

  it('says an array or null line is not an object, in plain words', async () => {
    const io = memoryIo({}, '[1,2]\nnull\n');
    await runDatesCommand(['--jsonl'], io);
    expect(
      io.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { error: string }).error),
    ).toEqual([
      'line 1: expected {"id","text","published","locale"}, found an array',
      'line 2: expected {"id","text","published","locale"}, found null',
    ]);
  });

  it('names a field of the wrong kind', async () => {
    const io = memoryIo({}, '{"id":1,"text":5,"published":"2025-08-06","locale":"fr-FR"}');
    await runDatesCommand(['--jsonl'], io);
    expect((JSON.parse(io.stdout) as { error: string }).error).toBe(
      'line 1: expected {"id","text","published","locale"}, found text that is not a string, locale that is not "en-US" or "en-GB"',
    );
  });

  it('reads --jsonl lines from a file given after it', async () => {
    const io = memoryIo({
      'lines.jsonl': '{"id":"a","text":"On Monday.","published":"2025-08-06"}\n',
    });
    expect(await runDatesCommand(['--jsonl', 'lines.jsonl'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ id: 'a', mentions: [{ value: '2025-08-04' }] });
  });

  it('refuses a file that is not UTF-8 and names it, with the line and column of the bad byte', async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d]);
    const io = memoryIo({ 'latin1.txt': latin1 });
    expect(await runDatesCommand(['latin1.txt', '--published', '2025-08-06'], io)).toBe(2);
    expect(io.stderr).toBe(
      'dates: cannot read "latin1.txt": expected UTF-8 text, found a byte that is not UTF-8 at line 1, column 4 (byte 3)\n',
    );
    expect(io.stdout).toBe('');
  });

  it('refuses standard input that is not UTF-8 in --jsonl mode', async () => {
    const io = memoryIo({}, new Uint8Array([0xff, 0xfe, 0x7b]));
    expect(await runDatesCommand(['--jsonl'], io)).toBe(2);
    expect(io.stderr).toContain('cannot read standard input: expected UTF-8 text');
  });
});

describe('runDatesCommand --timeml', () => {
  const TML =
    '<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-07">2000-01-07</TIMEX3></DCT>\n<TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="X">Wednesday</TIMEX3>.</TEXT>\n</TimeML>\n';

  it("writes the document back with the resolver's TIMEX3 tags", async () => {
    const io = memoryIo({ 'a.tml': TML });
    expect(await runDatesCommand(['a.tml', '--timeml'], io)).toBe(0);
    expect(io.stdout).toContain(
      '<TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2000-01-05">Wednesday</TIMEX3>.</TEXT>',
    );
  });

  it('prints one JSON line per tag with --jsonl', async () => {
    const io = memoryIo({ 'a.tml': TML });
    expect(await runDatesCommand(['--jsonl', '--timeml', 'a.tml'], io)).toBe(0);
    expect(
      io.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { tid: 't1', type: 'DATE', value: '2000-01-05', text: 'Wednesday', start: 12, end: 21 },
    ]);
  });

  it('refuses --published, since the DCT gives the publication date', async () => {
    const io = memoryIo({ 'a.tml': TML });
    expect(await runDatesCommand(['a.tml', '--timeml', '--published', '2000-01-01'], io)).toBe(2);
    expect(io.stderr).toContain('--published does not apply with --timeml');
  });

  it('names a file that is not TimeML', async () => {
    const io = memoryIo({ 'a.txt': 'no markup here' });
    expect(await runDatesCommand(['a.txt', '--timeml'], io)).toBe(2);
    expect(io.stderr).toMatchInlineSnapshot(`
      "dates: cannot read "a.txt" as TimeML: expected <TEXT>…</TEXT>, found none
      "
    `);
  });
});
