import { describe, expect, it } from 'vitest';
import { isBudgetYear } from './isBudgetYear.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 18 February 2026.
const PUBLISHED = { published: '2026-02-18', locale: 'en-GB' } as const;
type Found = { text: string; value: string }[];
const pairs = (found: Found) => found.map((m) => [m.text, m.value] as const);
const news = (text: string) => pairs(findMentions(text, PUBLISHED));
const timeml = (text: string) => pairs(findTimemlMentions(text, PUBLISHED));

describe("a budget's year across two", () => {
  it.each([
    ["The council's 2026/27 budget includes £12m of savings.", '2026/27', '2026'],
    ['The 2026-27 budget was approved by the cabinet.', '2026-27', '2026'],
    ['The 2026/27 draft budget goes to cabinet next week.', '2026/27', '2026'],
    ["The council's budget for 2027/28 will be set next February.", '2027/28', '2027'],
    ['Council tax bills for 2025/2026 rise by 5%.', '2025/2026', '2025'],
  ])('reads %j in TimeML mode by its first year, as a school year is', (text, years, first) => {
    expect(timeml(text)).toContainEqual([years, first]);
    expect(news(text)[0]![0]).toBe(years);
  });

  it('reads "The council\'s 2026/27 budget includes £12m of savings" as both years in the news reading', () => {
    expect(news("The council's 2026/27 budget includes £12m of savings.")).toEqual([
      ['2026/27', '2026/2027'],
    ]);
  });

  it.each([
    'Borrowing rose in 2024/25.',
    'Borrowing rose in 2024-25.',
    'The 2025/26 figures were revised.',
    'The 2025/26 crop protection budget was cut.',
    'The 2023-2027 budget was shelved.',
  ])('still leaves %j unmarked in TimeML mode: no budget, or no one year', (text) => {
    expect(timeml(text)).toEqual([]);
  });

  it('takes the nouns of a budget only right after the years or before "for" and them', () => {
    expect(isBudgetYear('The 2026/27 budget was set.', 4, 11)).toBe(true);
    expect(isBudgetYear('Its budget for 2026/27 was set.', 15, 22)).toBe(true);
    expect(isBudgetYear('The 2026/27 figures for the budget were set.', 4, 11)).toBe(false);
  });
});
