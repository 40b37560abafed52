import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isHeldOnDayAhead } from './isHeldOnDayAhead.ts';

// Thursday 12 March 1998.
const MARCH_12_1998 = '1998-03-12';
const shift = (published: string, days: number) =>
  format(addDays(new Date(`${published}T12:00:00`), days), 'yyyy-MM-dd');
const weekdays = (text: string, published: string = MARCH_12_1998) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /day$/i.test(m.text))
      .map((m) => m.value),
  );

describe('a weekday a present "have" holds', () => {
  it('reads "Voters in Illinois have from ten to twelve choices on Tuesday", said on Thursday 12 March 1998, as the coming Tuesday', () => {
    const tuesday = shift(MARCH_12_1998, 5);
    expect(weekdays('Voters in Illinois have from ten to twelve choices on Tuesday.')).toEqual([
      [tuesday],
      [tuesday],
    ]);
  });

  it('reads "Democrats have three candidates for governor on the ballot Tuesday" as the coming Tuesday', () => {
    const tuesday = shift(MARCH_12_1998, 5);
    expect(weekdays('Democrats have three candidates for governor on the ballot Tuesday.')).toEqual(
      [[tuesday], [tuesday]],
    );
  });

  it('reads "Kentucky has a date with Stanford on Saturday in San Antonio", said on Thursday 26 March 1998, as the coming Saturday', () => {
    const published = '1998-03-26';
    const saturday = shift(published, 2);
    expect(
      weekdays('Kentucky has a date with Stanford on Saturday in San Antonio.', published),
    ).toEqual([[saturday], [saturday]]);
  });

  it('keeps "Voters had from ten to twelve choices on Tuesday" the Tuesday gone by', () => {
    const tuesday = shift(MARCH_12_1998, -2);
    expect(weekdays('Voters had from ten to twelve choices on Tuesday.')).toEqual([
      [tuesday],
      [tuesday],
    ]);
  });

  it('keeps the perfect "The Bulls have won four straight since Tuesday" the Tuesday gone by', () => {
    const tuesday = shift(MARCH_12_1998, -2);
    expect(weekdays('The Bulls have won four straight since Tuesday.')).toEqual([
      [tuesday],
      [tuesday],
    ]);
  });

  it('takes no "have" after a modal, a perfect, a comma or "since"', () => {
    expect(isHeldOnDayAhead('Voters have three choices on ')).toBe(true);
    expect(isHeldOnDayAhead('He would have a chance on ')).toBe(false);
    expect(isHeldOnDayAhead('Stocks have won back their losses since ')).toBe(false);
    expect(isHeldOnDayAhead('Voters have three choices, and on ')).toBe(false);
    expect(isHeldOnDayAhead('They have had two days off on ')).toBe(false);
    expect(isHeldOnDayAhead('He has a role to play on ')).toBe(false);
  });
});

describe('a present "have" whose object holds an event of its own', () => {
  it.each([
    ['Police have a suspect in the shooting on Tuesday outside a Queens bodega.', -2],
    ['Investigators have no explanation for the crash on Sunday near Tulsa.', -4],
  ])('keeps "%s", said on Thursday 12 March 1998, the day gone by', (text, days) => {
    const gone = [shift(MARCH_12_1998, days)];
    expect(weekdays(text)).toEqual([gone, gone]);
  });
});
