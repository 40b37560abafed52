import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => m.value),
  );

describe('one list of the adverbs of habit', () => {
  it.each([
    ['Sales of umbrellas always climb in October.', '2026-04-22', 'XXXX-10'],
    ['The festival is always held in July.', '2026-06-24', 'XXXX-07'],
    ['Ferries regularly stop running in January.', '2026-12-09', 'XXXX-01'],
    ['In the winter the village traditionally holds a lantern parade.', '2026-03-11', 'XXXX-WI'],
  ])('reads "%s" as a habit', (text, published, value) => {
    expect(read(text, published)).toEqual([[value], [value]]);
  });

  it.each([
    ['The festival was always held in July, until it moved.', '2026-06-24', '2025-07'],
    ['Sales always climb in October, but this year they fell in March.', '2026-04-22', '2026-03'],
    ['The minister always tells reporters she will decide in March.', '2026-10-07', '2027-03'],
    [
      'The regulator regularly reviews its rules and will publish the next review in March.',
      '2026-10-07',
      '2027-03',
    ],
  ])('keeps a month on the calendar in "%s"', (text, published, value) => {
    expect(read(text, published)[1]).toContain(value);
  });
});
