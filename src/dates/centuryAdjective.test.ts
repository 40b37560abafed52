import { describe, expect, it } from 'vitest';
import { CENTURY_ADJECTIVE, centuryAdjective } from './centuryAdjective.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 1 October 2026.
const PUBLISHED = { published: '2026-10-01', locale: 'en-GB' } as const;
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => ({ text: m.text, value: m.value, mod: m.mod }));
const newsTexts = (text: string) => findMentions(text, PUBLISHED).map((m) => m.text);

describe('a century as an adjective before its noun', () => {
  it('reads "The centrepiece is a 19th-century portrait of his mother" as the century 18', () => {
    expect(timeml('The centrepiece is a 19th-century portrait of his mother.')).toEqual([
      { text: '19th-century', value: '18', mod: undefined },
    ]);
  });

  it('reads "They restored an eighteenth-century house in Bath" as the century 17', () => {
    expect(timeml('They restored an eighteenth-century house in Bath.')).toEqual([
      { text: 'eighteenth-century', value: '17', mod: undefined },
    ]);
  });

  it('reads "It is a late-20th-century classic" as the century 19 at its END', () => {
    expect(timeml('It is a late-20th-century classic.')).toEqual([
      { text: 'late-20th-century', value: '19', mod: 'END' },
    ]);
  });

  it('leaves the news reading, which reads no century, as it was', () => {
    expect(newsTexts('The centrepiece is a 19th-century portrait of his mother.')).toEqual([]);
  });

  it('does not read a longer compound, "a 19th-century-style frame"', () => {
    expect(timeml('The mirror has a 19th-century-style frame.')).toEqual([]);
  });

  it('does not read a century before the common era, "a fifth-century BC vase"', () => {
    expect(timeml('The museum bought a fifth-century BC vase.')).toEqual([]);
  });

  it('does not read an ordinal that names no century, "a 25th-century setting"', () => {
    expect(timeml('The film has a 25th-century setting.')).toEqual([]);
  });

  it('gives the century and its part from a match', () => {
    const m = new RegExp(CENTURY_ADJECTIVE.source, 'i').exec('a mid-17th-century chair')!;
    expect(centuryAdjective(m)).toEqual({ value: '16', mod: 'MID' });
  });
});
