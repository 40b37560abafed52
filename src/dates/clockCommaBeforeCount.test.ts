import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a clock time before a comma and a count from something else', () => {
  it('reads the 1pm of "Sir Keir Starmer arrived in Downing Street shortly after 1pm, 14 years after Labour left office"', () => {
    expect(
      read(
        'Sir Keir Starmer arrived in Downing Street shortly after 1pm, 14 years after Labour left office.',
        '2024-07-05',
      ),
    ).toEqual([
      ['1pm = 2024-07-05T13:00', '14 years after = PAST_REF'],
      ['1pm = 2024-07-05T13:00', '14 years = P14Y'],
    ]);
  });

  it('reads the noon of "He arrived at noon, a year after the vote" and the 3pm of "He left at 3pm, two days before the vote"', () => {
    expect(read('He arrived at noon, a year after the vote.', '2024-07-05')[1]).toEqual([
      'noon = 2024-07-05T12:00',
      'a year = P1Y',
    ]);
    expect(read('He left at 3pm, two days before the vote.', '2024-07-05')[1]).toEqual([
      '3pm = 2024-07-05T15:00',
      'two days = P2D',
    ]);
  });

  it('still reads "The result came at 3am, 14 hours after polls closed" as the clock and the hours', () => {
    expect(read('The result came at 3am, 14 hours after polls closed.', '2024-07-05')).toEqual([
      ['at 3am = 2024-07-05T03:00', '14 hours after = PAST_REF'],
      ['3am = 2024-07-05T03:00', '14 hours = PT14H'],
    ]);
  });
});
