import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decodeUtf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

describe('decodeUtf8', () => {
  it('gives the text of bytes that are UTF-8', () => {
    expect(decodeUtf8(bytes('Talks in Genève\n“began”'))).toEqual({
      text: 'Talks in Genève\n“began”',
    });
  });

  it('names the line and column of the first bad byte, counting from 1, beside its byte offset', () => {
    // Line 3 opens with "Moscow, " and the stray Latin-1 "é" (0xE9) is its ninth character.
    const found = decodeUtf8(
      bytes('Witkoff met Putin.\r\nIt was “useful”.\n', 'Moscow, ', [0xe9], 't\n'),
    );
    expect(found).toEqual({ badByte: 49, line: 3, column: 9 });
  });

  it('counts a character of several bytes before the bad one as one column', () => {
    expect(decodeUtf8(bytes('“a”', [0xff]))).toEqual({ badByte: 7, line: 1, column: 4 });
  });

  it('places a sequence cut short at the end of the file on its first byte', () => {
    expect(decodeUtf8(bytes('ab\ncd', [0xe2, 0x80]))).toEqual({ badByte: 5, line: 2, column: 3 });
  });
});
