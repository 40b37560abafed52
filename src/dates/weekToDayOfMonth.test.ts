import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { WEEK_TO_DAY_OF_MONTH } from './weekToDayOfMonth.ts';

const BRITISH_FRIDAY = { published: '2026-12-04', locale: 'en-GB' } as const;
const read = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, options).map((m) => `${m.text} = ${m.value}`),
  );

describe('"the week to" before a day and its month', () => {
  it.each([
    ['In the week to 29 November, 3.1% of people tested positive.', 'the week to 29 November'],
    ['In the week to 27 November, 412 deaths were registered.', 'the week to 27 November'],
    ['Footfall in the week to November 28 was 4 per cent lower.', 'the week to November 28'],
    ['Cases fell in the week to 29 November.', 'the week to 29 November'],
  ])('reads "%s" as the week that ends on that day, in both readings', (text, words) => {
    const [news, timeml] = read(text, BRITISH_FRIDAY);
    expect(news).toContain(`${words} = 2026-W48`);
    expect(timeml).toContain(`${words} = 2026-W48`);
  });

  it('reads an American day after its month the same way: "in the week to November 29"', () => {
    const [news] = read('In the week to November 29, mortgage applications fell 2.4%.', {
      published: '2026-12-03',
      locale: 'en-US',
    });
    expect(news).toEqual(['the week to November 29 = 2026-W48']);
  });

  it.each([
    ['the week to 29 November 2025'],
    ['the week to Nov. 29, 2025'],
    ['the week to 29 November'.replace('29 November', 'Friday')],
  ])('blanks no "week to" in "%s" (a year written, or a weekday)', (text) => {
    expect(text.replace(WEEK_TO_DAY_OF_MONTH, '')).toBe(text);
  });

  it('blanks "the week to" before "29 November"', () => {
    expect('in the week to 29 November'.replace(WEEK_TO_DAY_OF_MONTH, '#')).toBe(
      'in # 29 November',
    );
  });
});
