import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPastLevelBy } from './isPastLevelBy.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string, published: string) => values(findMentions(text, at(published)));
const timeml = (text: string, published: string) => values(findTimemlMentions(text, at(published)));

describe('a level told in the past before "by"', () => {
  it('reads "The Dow Jones Industrial Average was up 18 points by midmorning" as that morning', () => {
    const text = 'The Dow Jones Industrial Average was up 18 points by midmorning.';
    expect(news(text, '1989-10-26')).toEqual(['1989-10-26']);
    expect(timeml(text, '1989-10-26')).toEqual(['1989-10-26TMO']);
  });

  it.each([
    // Monday 9 March 2026.
    ['Bitcoin was 8% higher by Sunday.', '2026-03-09', ['2026-03-08']],
    ['The pound was down 2 cents by Friday.', '2026-03-09', ['2026-03-06']],
    ['Shares were off 40p by Thursday.', '2026-03-09', ['2026-03-05']],
  ])('reads %j as the day gone by, in both readings', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
    expect(timeml(text, published)).toEqual(found);
  });

  it.each([
    ['Shares could be 20% higher by Christmas.', '2026-10-14', ['2026-12-25']],
    ['Shares are up 8% and should be 10% higher by Friday.', '2026-03-09', ['2026-03-13']],
    ['The target is 8% by Friday.', '2026-03-09', ['2026-03-13']],
    ['The government said its target was 90% by Friday.', '2026-03-09', ['2026-03-13']],
  ])('keeps %j looking ahead', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
  });

  it('asks for "was" or "were" before the figure', () => {
    expect(isPastLevelBy('The Dow was up 18 points by ')).toBe(true);
    expect(isPastLevelBy('The Dow is up 18 points by ')).toBe(false);
    expect(isPastLevelBy('The goal was to cut costs by ')).toBe(false);
    expect(isPastLevelBy('Its target was 90% by ')).toBe(false);
  });
});
