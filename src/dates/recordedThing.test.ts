import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026: the coming Friday is the 13th, the one gone by the 6th.
const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, MONDAY).map((m) => m.value));

describe('a record "from" a time was made then, in a time gone by', () => {
  it.each([
    ['Anyone with dashcam footage from Friday night is asked to contact police.', ['2026-03-06']],
    ['Police released images from Friday night.', ['2026-03-06']],
    [
      'Anyone with dashcam footage from between 5pm and 6pm on Friday is asked to come forward.',
      ['2026-03-06T17:00', '2026-03-06T18:00'],
    ],
  ])('reads "%s" as the day gone by', (text, values) => {
    expect(read(text)[0]).toEqual(values);
  });

  it('keeps the TimeML night of "footage from Friday night" gone by too', () => {
    expect(
      read('Anyone with dashcam footage from Friday night is asked to contact police.')[1],
    ).toEqual(['2026-03-06TNI']);
  });

  it('still reads "from" with no record before it as the start of a plan', () => {
    expect(read('The new rules apply from Friday.')).toEqual([['2026-03-13'], ['2026-03-13']]);
  });
});
