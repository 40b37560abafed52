import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isHabitualMonth } from './habitualMonth.ts';

const JUNE = { published: '2024-06-13', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, JUNE).map((m) => [m.text, m.value]);

describe('a month named in a habit', () => {
  it.each([
    ['Farmers usually prepare the ground in March.', 'March', 'XXXX-03'],
    ['Snow typically falls in December.', 'December', 'XXXX-12'],
    ['Storks tend to return in April.', 'April', 'XXXX-04'],
    ['The firm normally reports in March, but will report in May.', 'March', 'XXXX-03'],
  ])('reads "%s" as any year\'s month', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('reads it so in TimeML mode too', () => {
    const found = findTimemlMentions('Farmers usually prepare the ground in March.', JUNE);
    expect(found.map((m) => [m.text, m.value, m.type])).toEqual([['March', 'XXXX-03', 'DATE']]);
  });

  it.each([
    ['Prices usually rise in spring, but this year they fell in March.', 'March', '2024-03'],
    ['The firm normally reports in March, but will report in May.', 'May', '2025-05'],
    ['Farmers prepare the ground in March.', 'March', '2025-03'],
    ['The firm usually reports in March 2025.', 'March 2025', '2025-03'],
    ['Usually quiet, the town hosted a festival in March.', 'March', '2024-03'],
    ['Sales usually slow, and last March they fell.', 'last March', '2024-03'],
  ])(
    'keeps "%s" on the calendar (another clause, no adverb, a year, a modifier)',
    (text, words, value) => {
      expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
    },
  );

  it("finds the adverb only in the month's own sentence", () => {
    const text = 'Farmers usually rest. They ploughed in March.';
    expect(isHabitualMonth(text, text.indexOf('March'), text.indexOf('March') + 5)).toBe(false);
  });
});
