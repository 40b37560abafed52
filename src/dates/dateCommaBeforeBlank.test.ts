import { describe, expect, it } from 'vitest';
import { DATE_COMMA_BEFORE_BLANK } from './dateCommaBeforeBlank.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const BRITISH_FRIDAY = { published: '2026-12-04', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, BRITISH_FRIDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('the comma after a day and its month before a blanked figure', () => {
  it('keeps the day of "By 29 November, 3.1% of adults had received a booster"', () => {
    expect(read('By 29 November, 3.1% of adults had received a booster.')).toEqual([
      ['29 November = 2026-11-29'],
      ['29 November = 2026-11-29'],
    ]);
  });

  it('keeps the week of "in the week to 6 December, 4% higher than a year ago"', () => {
    const [news] = read('Card spending rose 2% in the week to 6 December, 4% higher than before.');
    expect(news).toEqual(['the week to 6 December = 2026-W49']);
  });

  it('still reads "On 29 November, 1,204 people were admitted" as the day', () => {
    expect(read('On 29 November, 1,204 people were admitted.')[1]).toEqual([
      '29 November = 2026-11-29',
    ]);
  });

  it.each([
    ['29 November, 2025'],
    ['Nov. 29, 2025'],
    ['In November,    people'],
    ['On Monday,    people'],
  ])('writes no semicolon in "%s" (one space, or no day before the month)', (text) => {
    expect(text.replace(DATE_COMMA_BEFORE_BLANK, ';')).toBe(text);
  });

  it('writes the comma of "29 November,    %" as a semicolon', () => {
    expect('29 November,    %'.replace(DATE_COMMA_BEFORE_BLANK, ';')).toBe('29 November;    %');
  });
});
