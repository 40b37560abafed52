import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// The value both readings give the first mention of `phrase` in a sentence said on `on`.
const readBoth = (text: string, on: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(phrase))?.value,
  );
// Christmas of the year `shift` years after the year of `on`, twice.
const christmasOf = (on: string, shift: number) => {
  const day = `${Number(on.slice(0, 4)) + shift}-12-25`;
  return [day, day];
};

describe('PAST_TIME_OPENING', () => {
  it('reads "Last year, toy makers forecast a record Christmas season", said on 22 October 1990, as the Christmas of 1989 (was 1990-12-25)', () => {
    const on = '1990-10-22';
    const text = 'Last year, toy makers forecast a record Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, -1));
  });

  it('reads "Last fall, mall operators put their hopes on a strong Christmas season", said on 8 October 1990, as the Christmas of 1989 (was 1990-12-25)', () => {
    const on = '1990-10-08';
    const text = 'Last fall, mall operators put their hopes on a strong Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, -1));
  });

  it('reads "Last November, catalog houses forecast a mediocre Christmas season", said on 12 November 1990, as the Christmas of 1989 (was 1990-12-25)', () => {
    const on = '1990-11-12';
    const text = 'Last November, catalog houses forecast a mediocre Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, -1));
  });

  it('reads "Last year, the chain hit its sales goal for the Christmas season", said on 1 October 1990, as the Christmas of 1989 (was 1990-12-25)', () => {
    const on = '1990-10-01';
    const text = 'Last year, the chain hit its sales goal for the Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, -1));
  });

  it('keeps "Retailers forecast a strong Christmas season", said on 29 October 1990, the coming one', () => {
    const on = '1990-10-29';
    expect(readBoth('Retailers forecast a strong Christmas season.', on, 'Christmas')).toEqual(
      christmasOf(on, 0),
    );
  });

  it('keeps "This year, merchants set modest targets for the Christmas season", said on 24 September 1990, the coming one', () => {
    const on = '1990-09-24';
    const text = 'This year, merchants set modest targets for the Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "Last week, toy makers said they will bet on a record Christmas season", said on 22 October 1990, the coming one', () => {
    const on = '1990-10-22';
    const text = 'Last week, toy makers said they will bet on a record Christmas season.';
    expect(readBoth(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });
});
