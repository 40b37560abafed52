import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isCountOfDayEvent } from './isCountOfDayEvent.ts';

const shift = (published: string, days: number) =>
  format(addDays(new Date(`${published}T12:00:00`), days), 'yyyy-MM-dd');
const weekdays = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /day$/i.test(m.text))
      .map((m) => m.value),
  );

describe("a count of a day's event", () => {
  it('reads "Final results from Tuesday\'s voting are expected late tonight", said on Friday 13 March 1998, as the Tuesday gone by', () => {
    const published = '1998-03-13';
    const tuesday = shift(published, -3);
    expect(
      weekdays("Final results from Tuesday's voting are expected late tonight.", published),
    ).toEqual([[tuesday], [tuesday]]);
  });

  it('reads "A recount of Tuesday\'s ballots is expected to take a week", said on Thursday 19 March 1998, as the Tuesday gone by', () => {
    const published = '1998-03-19';
    const tuesday = shift(published, -2);
    expect(
      weekdays("A recount of Tuesday's ballots is expected to take a week.", published),
    ).toEqual([[tuesday], [tuesday]]);
  });

  it('keeps "Tuesday\'s runoff is expected to draw a light turnout", said on Friday 13 March 1998, the coming Tuesday', () => {
    const published = '1998-03-13';
    const tuesday = shift(published, 4);
    expect(weekdays("Tuesday's runoff is expected to draw a light turnout.", published)).toEqual([
      [tuesday],
      [tuesday],
    ]);
  });

  it('takes only a count right before the possessive', () => {
    expect(isCountOfDayEvent('Official returns from ')).toBe(true);
    expect(isCountOfDayEvent('Voters head to ')).toBe(false);
    expect(isCountOfDayEvent('results from polls ahead of ')).toBe(false);
  });
});
