import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { yearlyBreakMonthTense } from './yearlyBreakMonthTense.ts';

const at = (published: string) => ({ published, locale: 'en-GB' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string, published: string) => values(findMentions(text, at(published)));
const timeml = (text: string, published: string) => values(findTimemlMentions(text, at(published)));

describe('a yearly break’s month told in a present of no tense', () => {
  it('reads "The May half-term falls a week later this year", said in March, as the May to come', () => {
    const text = 'The May half-term falls a week later this year.';
    expect(news(text, '2026-03-12')).toContain('2026-05');
    expect(timeml(text, '2026-03-12')).toContain('2026-05');
  });

  it.each([
    ['The May half-term is the busiest week for the resort.', '2026-03-20', ['2026-05']],
    ['Many parents take their children away during the May half-term.', '2026-04-02', ['2026-05']],
    ['The October half-term is the busiest week for the resort.', '2026-08-10', ['2026-10']],
    [
      'Councils said the May bank holiday would bring extra bin collections.',
      '2026-02-20',
      ['2026-05'],
    ],
  ])('reads %j as the month to come, in both readings', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
    expect(timeml(text, published)).toEqual(found);
  });

  it.each([
    // A past the sentence gives.
    ['Families flocked to Cornwall over the May half-term.', '2026-03-12', ['2025-05']],
    [
      'Councils said the May bank holiday brought extra bin collections.',
      '2026-02-20',
      ['2025-05'],
    ],
    // No yearly break after the month.
    ['The November rally is the biggest test for the party.', '2026-06-10', ['2025-11']],
    // The month more than six months ahead.
    ['The October half-term is the busiest week for the resort.', '2026-03-12', ['2025-10']],
  ])('keeps the tense of %j', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
  });

  it('asks for "the" before the month and a month one to six months ahead', () => {
    expect(yearlyBreakMonthTense('The ', ' half-term falls', 5, '2026-03-12', 'unknown')).toBe(
      'future',
    );
    expect(yearlyBreakMonthTense("last year's ", ' half-term', 5, '2026-03-12', 'unknown')).toBe(
      'unknown',
    );
    expect(yearlyBreakMonthTense('The ', ' half-term falls', 5, '2026-05-20', 'unknown')).toBe(
      'unknown',
    );
  });

  it('reads "Hoteliers said the May half-term was so busy they would hire more staff", said in February, as the May gone by', () => {
    const text = 'Hoteliers said the May half-term was so busy they would hire more staff.';
    expect(news(text, '2026-02-20')).toEqual(['2025-05']);
    expect(timeml(text, '2026-02-20')).toEqual(['2025-05']);
  });
});
