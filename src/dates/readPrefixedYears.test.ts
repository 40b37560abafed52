import { describe, expect, it } from 'vitest';
import { readPrefixedYears } from './readPrefixedYears.ts';

const OPTIONS = { published: '2025-03-05', locale: 'en-US' } as const;

/** The words each reading of `text` covers. */
const read = (text: string) =>
  readPrefixedYears(text, OPTIONS).map((r) => text.slice(r.start, r.end));

describe('readPrefixedYears', () => {
  it('reads a year after "pre-" or "post-" that qualifies what follows', () => {
    expect(read('Output is back at pre-2019 levels.')).toEqual(['pre-2019']);
    expect(read('He studied post-1959 politics.')).toEqual(['post-1959']);
    expect(read('Growth post-2008 in the US stalled.')).toEqual(['post-2008']);
  });

  it.each([
    'Patients took a post-1500 mg dose.',
    'The unit moved out post-1600 hours.',
    'The pre-1800 kg limit was lifted.',
    'A post-1950 km stretch of road.',
    'It fell from a pre-2000 metres ridge.',
    'Runners logged post-1500 miles.',
  ])('reads no year when a unit follows the number: "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads no year when another group of digits follows the number', () => {
    expect(read('A pre-1500 000 tonne load.')).toEqual([]);
  });

  it('reads no year in "pre-war", which names none', () => {
    expect(read('Output is back at pre-war levels.')).toEqual([]);
  });
});
