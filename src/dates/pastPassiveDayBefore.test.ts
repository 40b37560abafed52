import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { PAST_PASSIVE_DAY_BEFORE } from './pastPassiveDayBefore.ts';

// Published in mid-January: the next April is under three months away.
const JANUARY_15 = { published: '2025-01-15', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, JANUARY_15).find((m) => m.text === words)?.value;
const timemlValue = (text: string, words: string) =>
  findTimemlMentions(text, JANUARY_15).find((m) => m.text === words)?.value;

describe('a day and month after a past passive with an irregular participle', () => {
  it('reads "The woman was last seen on April 5" as the April gone by, in both readings', () => {
    const text = 'The woman was last seen on April 5, police said.';
    expect(value(text, 'April 5')).toBe('2024-04-05');
    expect(timemlValue(text, 'April 5')).toBe('2024-04-05');
  });

  it.each([
    ['The boy was born on March 30 in Leeds.', 'March 30', '2024-03-30'],
    ['Her car was stolen April 2 outside a gym.', 'April 2', '2024-04-02'],
    ['He was last heard from on Feb. 28.', 'Feb. 28', '2024-02-28'],
    ['The hikers were last seen alive on March 3.', 'March 3', '2024-03-03'],
  ])('reads %j as the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    ['The painting will be seen on April 5 at the gallery.', 'April 5', '2025-04-05'],
    ['He was to be sworn in on April 5.', 'April 5', '2025-04-05'],
    ['The comet was expected to be seen on April 5.', 'April 5', '2025-04-05'],
    ['The winner is chosen on April 5.', 'April 5', '2025-04-05'],
  ])('still reads %j as the day ahead', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    [
      'The company was given Feb. 28 as its final deadline to repay the loan.',
      'Feb. 28',
      '2024-02-28',
    ],
    ['Staff were given Feb. 19 off for the holiday.', 'Feb. 19', '2024-02-19'],
  ])('reads %j, the day given as a thing, as the day ahead', (text, words, day) => {
    const published = { published: '2024-01-15', locale: 'en-US' } as const;
    expect(findMentions(text, published).find((m) => m.text === words)?.value).toBe(day);
  });

  it('reads "The award was given on Feb. 28" as the day gone by', () => {
    expect(value('The award was given on Feb. 28 in Paris.', 'Feb. 28')).toBe('2024-02-28');
  });

  it('does not take "be seen on" for a past passive', () => {
    expect(PAST_PASSIVE_DAY_BEFORE.test('will be seen on ')).toBe(false);
    expect(PAST_PASSIVE_DAY_BEFORE.test('was last seen on ')).toBe(true);
  });
});
