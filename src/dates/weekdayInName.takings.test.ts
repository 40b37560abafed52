import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

// A Monday.
const JUNE_26_1989 = { published: '1989-06-26', locale: 'en-US' } as const;
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, JUNE_26_1989).map((m) => [m.text, m.value] as const),
  );
const lastFriday = shiftTimex(JUNE_26_1989.published, { amount: -3, unit: 'day' });

describe("a weekday after a title that opens the sentence, before a day's takings", () => {
  it('reads "The movie Batman Friday took in $40 million in its first three days", said on 26 June 1989, as the Friday gone by', () => {
    for (const read of both('The movie Batman Friday took in $40 million in its first three days.'))
      expect(read).toContainEqual(['Friday', lastFriday]);
  });

  it('reads "The film Ghost Friday drew 2.1 million people", said on 26 June 1989, as that Friday', () => {
    for (const read of both('The film Ghost Friday drew 2.1 million people.'))
      expect(read).toEqual([['Friday', lastFriday]]);
  });

  it('leaves a title with no takings after it: "The song Manic Monday topped the charts", "The song Manic Monday was a hit"', () => {
    for (const text of [
      'The song Manic Monday topped the charts.',
      'The song Manic Monday was a hit.',
    ])
      for (const read of both(text)) expect(read).toEqual([]);
  });
});
