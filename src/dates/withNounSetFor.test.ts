import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 4 December 2026.
const FRIDAY = { published: '2026-12-04', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('"with" a noun "set for" a time', () => {
  it.each([
    ['The shortlist is out, with the ceremony set for March 14.', 'March 14 = 2027-03-14'],
    ['The nominees were named, with the ceremony set for March 14.', 'March 14 = 2027-03-14'],
    ['The film wrapped, with a nationwide release set for Jan. 9.', 'Jan. 9 = 2027-01-09'],
    ['The cast is complete, with its premiere set for Feb. 2.', 'Feb. 2 = 2027-02-02'],
  ])('reads the plan still to come in "%s"', (text, expected) => {
    expect(read(text)).toEqual([[expected], [expected]]);
  });

  it('keeps a day gone by after "set for" and what is no time', () => {
    expect(
      read('The team won, with the stage set for a showdown after a loss on Sunday.')[0],
    ).toEqual(['Sunday = 2026-11-29']);
  });
});
