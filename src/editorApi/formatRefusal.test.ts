import { describe, expect, it } from 'vitest';
import { refusalStatus, type EditorRefusal } from './EditorRefusal.ts';
import { formatRefusal } from './formatRefusal.ts';

describe('formatRefusal', () => {
  it('says a stale write was not saved, why, and that nothing was written', () => {
    const refusal = { code: 'stale', file: 'events.json' } as const;
    expect(formatRefusal(refusal)).toMatchInlineSnapshot(
      `"not saved: data/events.json changed on disk since this page read it (another tab or a text editor). Nothing was written; the page now shows the file as it is."`,
    );
    expect(refusalStatus(refusal)).toBe(409);
  });

  it('names what was expected and what was found for a path out of the data folder', () => {
    const refusal = { code: 'path-parent', file: '../seeds/a.txt' } as const;
    expect(formatRefusal(refusal)).toMatchInlineSnapshot(
      `"refused: expected a file name inside the story's data/ folder, found a path that leaves it: "../seeds/a.txt""`,
    );
    expect(refusalStatus(refusal)).toBe(403);
  });

  it('passes the build’s own problems on, under one line that says nothing was written', () => {
    const refusal: EditorRefusal = {
      code: 'build',
      file: 'events.json',
      problems: ['✖ one', '✖ two'],
    };
    expect(formatRefusal(refusal)).toBe(
      'not saved: the build refuses this change to data/events.json, and nothing was written:\n✖ one\n✖ two',
    );
    expect(refusalStatus(refusal)).toBe(422);
  });

  it('refuses a request from elsewhere with 403, whichever check stopped it', () => {
    for (const refusal of [
      { code: 'not-local', address: '10.0.0.2' },
      { code: 'wrong-host', host: 'evil.example' },
      { code: 'cross-origin', origin: 'http://evil.example', expected: 'http://localhost:5173' },
      { code: 'no-token' },
      { code: 'bad-token' },
    ] as const) {
      expect(refusalStatus(refusal)).toBe(403);
      expect(formatRefusal(refusal)).toMatch(/^refused: /);
    }
  });
});
