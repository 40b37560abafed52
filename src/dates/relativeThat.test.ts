import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { THAT_OF_NOUN, THAT_OF_PLURAL } from './relativeThat.ts';

// A Wednesday.
const SEPT_8 = { published: '1999-09-08', locale: 'en-US' } as const;
const timeml = (text: string) =>
  findTimemlMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);

describe('"that" as the subject of a present verb of schedule', () => {
  it('reads "a summit that opens Tuesday" as the coming Tuesday', () => {
    expect(timeml('He flew to Geneva for a summit that opens on Tuesday.')).toEqual([
      ['Tuesday', '1999-09-14'],
    ]);
    expect(timeml('The summit that opens Tuesday is the first in three years.')).toEqual([
      ['Tuesday', '1999-09-14'],
      ['three years', 'P3Y'],
    ]);
  });

  it('reads a bare verb after "that" of a plural: "talks that open Tuesday"', () => {
    expect(timeml('He flew to Geneva for talks that open Tuesday.')).toEqual([
      ['Tuesday', '1999-09-14'],
    ]);
  });

  it('keeps "that" after a verb of saying a conjunction: "denied that reports on Monday …"', () => {
    expect(timeml('He denied that reports on Monday were true.')).toEqual([
      ['Monday', '1999-09-06'],
    ]);
    expect(new RegExp(`${THAT_OF_NOUN}x`).test('He said that x')).toBe(false);
    expect(new RegExp(`${THAT_OF_PLURAL}x`).test('He says that x')).toBe(false);
    expect(new RegExp(`${THAT_OF_PLURAL}x`).test('the talks that x')).toBe(true);
  });
});
