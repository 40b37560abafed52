import { describe, expect, it } from 'vitest';
import { COUNT_AFTER_DATE_COMMA } from './countAfterDateComma.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Friday.
const MARCH_14 = { published: '2025-03-14', locale: 'en-US' } as const;
const UK = { published: '2025-03-14', locale: 'en-GB' } as const;
const read = (text: string, options: typeof MARCH_14 | typeof UK = MARCH_14) =>
  findMentions(text, options).map((m) => [m.text, m.value] as const);

describe('a count after a date and its comma', () => {
  it('reads "On Jan. 15, 12,000 people fled" as Jan. 15 of the story\'s year, not 2012', () => {
    const text = 'On Jan. 15, 12,000 people fled the town.';
    expect(read(text)).toEqual([['Jan. 15', '2025-01-15']]);
    expect(findTimemlMentions(text, MARCH_14).map((m) => m.value)).toEqual(['2025-01-15']);
  });

  it('reads a casualty count after a British date, a "since" and a stretch the same way', () => {
    expect(read('On 3 March, 20 people were killed.', UK)).toEqual([['On 3 March', '2025-03-03']]);
    expect(read('Since Oct. 7, 45,000 Palestinians have been killed.')).toEqual([
      ['Oct. 7', '2024-10-07'],
    ]);
    expect(read('From 1 to 15 January, 12,000 people crossed the border.', UK)).toEqual([
      ['1 to 15 January', '2025-01-01/2025-01-15'],
    ]);
  });

  it('reads a count after a month alone or a weekday and its comma as no day, year or clock', () => {
    expect(read('In January, 12,000 people fled the town.')).toEqual([['January', '2025-01']]);
    expect(read('Last October, 45 people were killed in a single strike.')).toEqual([
      ['Last October', '2024-10'],
    ]);
    expect(read('On Monday, 12,000 people marched in the capital.')).toEqual([
      ['On Monday', '2025-03-10'],
    ]);
  });

  it('leaves a day with its month after a weekday and a word that only starts like a month', () => {
    expect(read('The talks open on Monday, 17 March, in Geneva.', UK)).toEqual([
      ['on Monday, 17 March', '2025-03-17'],
    ]);
    expect('Once decided, 15 people will go.'.replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      'Once decided, 15 people will go.',
    );
  });

  it('leaves a year, a clipped year with its apostrophe, a clock and a range of clocks after the comma', () => {
    expect(read('The truce began on Jan. 15, 2024, in Doha.')).toEqual([
      ['Jan. 15, 2024', '2024-01-15'],
    ]);
    expect('On Jan. 15, 10 a.m. local time'.replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      'On Jan. 15, 10 a.m. local time',
    );
    expect(read('The curfew runs on Friday, 10 to 11 p.m. local time.')[0]).toEqual([
      'on Friday, 10',
      '2025-03-14T22:00',
    ]);
    expect("Talks resume Monday, 9 o'clock sharp.".replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      "Talks resume Monday, 9 o'clock sharp.",
    );
    expect('On Jan. 15, 10 to 20 people died.'.replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      'On Jan. 15,  to 20 people died.',
    );
    expect('Caesar died on March 15, 44 BC.'.replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      'Caesar died on March 15, 44 BC.',
    );
    expect("It was Jan. 15, '98 and cold.".replace(COUNT_AFTER_DATE_COMMA, '')).toBe(
      "It was Jan. 15, '98 and cold.",
    );
  });
});
