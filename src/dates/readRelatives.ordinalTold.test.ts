import { addWeeks, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { toLocalDate } from './calendarDate.ts';

// A Monday.
const AUG_9_1999 = { published: '1999-08-09', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, AUG_9_1999).map((m) => [m.text, m.value] as const);
// The ISO week a count of weeks ahead of publication falls in.
const weeksAhead = (weeks: number) =>
  format(addWeeks(toLocalDate(AUG_9_1999.published), weeks), "RRRR-'W'II");

describe('an ordinal set beside what it counts, before "in" and a count of time', () => {
  it('reads "Yeltsin fired his prime minister Monday, the fourth in 17 months", said on 9 August 1999, as the span P17M', () => {
    expect(
      read('Yeltsin fired his prime minister Monday, the fourth in 17 months.'),
    ).toContainEqual(['17 months', 'P17M']);
  });

  it('reads "the fourth premier to go in 17 months" and "the third president to fall in three years" as spans', () => {
    expect(
      read('Yeltsin dismissed Stepashin on Monday, the fourth premier to go in 17 months.'),
    ).toContainEqual(['17 months', 'P17M']);
    expect(
      read('Mahuad was ousted Friday, the third president to fall in three years.'),
    ).toContainEqual(['three years', 'P3Y']);
  });

  it('reads "was the second such attack in a week" and "the second attack on a U.S. warship in six months" as spans', () => {
    expect(read('The blast was the second such attack in a week on a Moscow block.')).toEqual([
      ['a week', 'P1W'],
    ]);
    expect(read('It was the second attack on a U.S. warship in six months.')).toEqual([
      ['six months', 'P6M'],
    ]);
  });

  it('still reads "the second round is due in two weeks" and "…, the fourth to serve, will step down in two weeks" as a date ahead', () => {
    expect(read('Voters chose Sunday, the second round is due in two weeks.')).toContainEqual([
      'in two weeks',
      weeksAhead(2),
    ]);
    expect(
      read('Voters chose a president Sunday, the second round will be held in two weeks.'),
    ).toContainEqual(['in two weeks', weeksAhead(2)]);
    expect(
      read('The prime minister, the fourth to serve, will step down in two weeks.'),
    ).toContainEqual(['in two weeks', weeksAhead(2)]);
  });

  it('still reads "Under the agreement, the third installment of aid flows to Belgrade in two weeks" as a date ahead: the comma closes a fronted phrase', () => {
    expect(
      read('Under the agreement, the third installment of aid flows to Belgrade in two weeks.'),
    ).toContainEqual(['in two weeks', weeksAhead(2)]);
    expect(read("After Sunday's vote, the second round takes place in two weeks.")).toContainEqual([
      'in two weeks',
      weeksAhead(2),
    ]);
  });

  it('still reads "Putin, the fifth prime minister in 17 months, vowed" as a span', () => {
    expect(
      read('Vladimir Putin, the fifth prime minister in 17 months, vowed to win.'),
    ).toContainEqual(['17 months', 'P17M']);
  });
});
