import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = (published: string) => ({ published, locale: 'en-US' }) as const;
/** The value of the first mention of "midnight" in each reading. */
const midnights = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, options(published)).find((m) => /midnight/i.test(m.text))?.value,
  );
/** The day `days` after `published`. */
const dayOn = (published: string, days: number) =>
  format(addDays(toLocalDate(published), days), 'yyyy-MM-dd');

describe('a midnight with no day named, told in the past', () => {
  it('reads "Talks went on through the night past the midnight deadline", said on 10 April 1998, as the midnight that opened the day', () => {
    const published = '1998-04-10';
    expect(
      midnights('Talks went on through the night past the midnight deadline.', published),
    ).toEqual([`${published}T00:00`, `${dayOn(published, -1)}T24`]);
  });

  it.each([
    'Negotiators in Belfast worked past midnight and into the morning.',
    'The talks in Baghdad ran well past midnight.',
  ])('reads "%s", said on 21 February 1998, as the midnight that opened the day', (text) => {
    const published = '1998-02-21';
    expect(midnights(text, published)).toEqual([
      `${published}T00:00`,
      `${dayOn(published, -1)}T24`,
    ]);
  });

  it('keeps "The deadline passed at midnight with no deal", said on 10 April 1998, on the start of the day', () => {
    const published = '1998-04-10';
    expect(midnights('The deadline passed at midnight with no deal.', published)).toEqual([
      `${published}T00:00`,
      `${published}T00:00`,
    ]);
  });

  it.each(['The bars will close at midnight.', 'The bars close at midnight.'])(
    'still reads "%s", said on 10 April 1998, as the midnight that ends the day',
    (text) => {
      const published = '1998-04-10';
      expect(midnights(text, published)).toEqual([
        `${dayOn(published, 1)}T00:00`,
        `${published}T24`,
      ]);
    },
  );
});
