import { describe, expect, it } from 'vitest';
import { runDatesCommand, type DatesIo } from './runDatesCommand.ts';

function memoryIo(files: Record<string, string>, stdin = '') {
  const io = {
    stdout: '',
    stderr: '',
    readFile: async (path: string) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    readStdin: async () => stdin,
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
      error: 'line 1: expected {"id","text","published","locale"}, found a missing or wrong text',
    });
  });
});
