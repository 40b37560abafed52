import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isAdmissionPriceOnDay } from './isAdmissionPriceOnDay.ts';

// Tuesday 17 March 1998.
const MARCH_17_1998 = '1998-03-17';
const shift = (published: string, days: number) =>
  format(addDays(new Date(`${published}T12:00:00`), days), 'yyyy-MM-dd');
const weekdays = (text: string, published: string = MARCH_17_1998) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /day$/i.test(m.text))
      .map((m) => m.value),
  );

describe('a weekday whose admission price is told in the present', () => {
  it('reads "Ticket prices are twenty dollars on Friday and fifteen on Saturday", said on Tuesday 17 March 1998, as the coming Friday and Saturday', () => {
    const days = [shift(MARCH_17_1998, 3), shift(MARCH_17_1998, 4)];
    expect(weekdays('Ticket prices are twenty dollars on Friday and fifteen on Saturday.')).toEqual(
      [days, days],
    );
  });

  it('reads "Admission is ten dollars on Saturday and free on Sunday", said on Tuesday 7 April 1998, as the coming weekend', () => {
    const published = '1998-04-07';
    const days = [shift(published, 4), shift(published, 5)];
    expect(weekdays('Admission is ten dollars on Saturday and free on Sunday.', published)).toEqual(
      [days, days],
    );
  });

  it('keeps "Ticket prices were twenty dollars on Friday and fifteen on Saturday" the days gone by', () => {
    const days = [shift(MARCH_17_1998, -4), shift(MARCH_17_1998, -3)];
    expect(
      weekdays('Ticket prices were twenty dollars on Friday and fifteen on Saturday.'),
    ).toEqual([days, days]);
  });

  it('takes no market price', () => {
    expect(isAdmissionPriceOnDay('Seats are forty dollars on ')).toBe(true);
    expect(isAdmissionPriceOnDay('Oil is twenty dollars a barrel on ')).toBe(false);
    expect(isAdmissionPriceOnDay('Shares are up two dollars on ')).toBe(false);
  });
});
