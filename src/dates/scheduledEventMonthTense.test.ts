import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { scheduledEventMonthTense } from './scheduledEventMonthTense.ts';

const MARCH = { published: '2026-03-11', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, MARCH).map((m) => [m.text, m.value]);
const readTimeml = (text: string) => findTimemlMentions(text, MARCH).map((m) => [m.text, m.value]);

describe('a month after a present of schedule that opens its sentence', () => {
  it('reads "The runoff is in August, on the second Tuesday" as the coming August and its day', () => {
    const expected = [
      ['August', '2026-08'],
      ['the second Tuesday', '2026-08-11'],
    ];
    expect(read('The runoff is in August, on the second Tuesday.')).toEqual(expected);
    expect(readTimeml('The runoff is in August, on the second Tuesday.')).toEqual(expected);
  });

  it.each([
    ['The fair is in May, on the last Saturday.', 'the last Saturday', '2026-05-30'],
    ['The caucuses are in January, on the third Monday.', 'the third Monday', '2027-01-18'],
    ['The hearing is set for June, on the fourth Friday.', 'the fourth Friday', '2026-06-26'],
  ])('reads %j, said in March, on the coming month', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
    expect(readTimeml(text)).toContainEqual([words, value]);
  });

  it.each([
    ['The runoff is in August.', 'August', '2026-08'],
    ['Voting is in December.', 'December', '2026-12'],
    ['The next meeting is scheduled for September.', 'September', '2026-09'],
  ])('reads %j, said in March, as the coming month', (text, words, value) => {
    expect(read(text)).toEqual([[words, value]]);
    expect(readTimeml(text)).toEqual([[words, value]]);
  });

  it.each([
    // A past.
    ['The vote was in April.', 'April', '2025-04'],
    // The sentence goes on after the month.
    ['Inflation is in double digits in May, the figures show.', 'May', '2025-05'],
    // Words after the month that are no ordinal day of it.
    ['The runoff is in August, officials said.', 'August', '2025-08'],
    // A figure's record, where it fell.
    ['The largest drop so far is in February.', 'February', '2026-02'],
    ['The biggest rise is in January.', 'January', '2026-01'],
  ])('keeps %j, said in March, on the month gone by', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
  });

  it.each([
    // A habit.
    ['Usually the fair is in May', ', on the last Saturday.'],
    ['The annual fair is in May', '.'],
    ['Each round is in May', '.'],
    // A subject of more than four words.
    ['The last of the big county shows is in May', '.'],
  ])('leaves %j to the tense it came with', (sentence, after) => {
    expect(
      scheduledEventMonthTense(`${sentence.slice(0, -3)} `, after, 5, '2026-03-11', 'past'),
    ).toBe('past');
  });

  it("leaves publication's own month, which may be running", () => {
    expect(scheduledEventMonthTense('The fair is in ', '.', 3, '2026-03-11', 'past')).toBe('past');
  });
});
