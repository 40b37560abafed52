import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const APRIL_21 = { published: '2010-04-21', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, APRIL_21).map((m) => [m.text, m.type, m.value] as const);

describe('"for" and an uncounted number of units', () => {
  it("reads 'had been drilling for several months' as a length, not a month seven months ahead", () => {
    expect(read('The rig had been drilling in the area for several months.')).toEqual([
      ['several months', 'DURATION', 'PXM'],
    ]);
    expect(read('The plant will close for a few weeks.')).toEqual([
      ['a few weeks', 'DURATION', 'PXW'],
    ]);
    const timeml = findTimemlMentions('He stayed for several months.', APRIL_21);
    expect(timeml.map((m) => [m.type, m.value])).toEqual([['DURATION', 'PXM']]);
  });

  it('keeps a count of units after "in" a date ahead, and a counted length after "for"', () => {
    // A date some weeks ahead; how many weeks "a few" is, is not this rule's to say.
    const [ahead] = read('He will return in a few weeks.');
    expect(ahead?.[0]).toBe('in a few weeks');
    expect(ahead?.[1]).toBe('DATE');
    expect(read('He stayed for three months.')).toEqual([['three months', 'DURATION', 'P3M']]);
  });
});
