import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isHabitualSeason } from './isHabitualSeason.ts';

const MAY = { published: '2026-05-08', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MAY).map((m) => [m.text, m.value]);
const timeml = (text: string) => findTimemlMentions(text, MAY).map((m) => [m.text, m.value]);

describe('a season named in a habit', () => {
  it.each([
    ['Pollen counts usually peak in late spring.', 'late spring', 'XXXX-SP'],
    ['Hay fever typically strikes in the spring.', 'the spring', 'XXXX-SP'],
    ['Swifts usually arrive in Britain in late spring.', 'late spring', 'XXXX-SP'],
    ['Norovirus cases tend to rise in the winter.', 'the winter', 'XXXX-WI'],
    ['The rains that usually come in spring arrived in the summer.', 'in spring', 'XXXX-SP'],
  ])('reads "%s" as any year\'s season', (text, words, value) => {
    expect(news(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('reads "Pollen counts usually peak in late spring" so in TimeML mode too', () => {
    expect(timeml('Pollen counts usually peak in late spring.')).toEqual([
      ['late spring', 'XXXX-SP'],
    ]);
  });

  it.each([
    ['Forecasters generally expect next winter to be milder.', 'next winter', '2026-WI'],
    [
      'Astronomers generally agree that the comet will return in the spring.',
      'the spring',
      '2026-SP',
    ],
    ['Ministers generally expect the backlog to clear by the summer.', 'the summer', '2026-SU'],
    ['Prices usually rise in March, but this winter they fell.', 'this winter', '2025-WI'],
    ['The rains that usually come in spring arrived in the summer.', 'the summer', '2025-SU'],
    ['Hay fever struck hard in the spring.', 'the spring', '2026-SP'],
    ['The trial usually enrols patients in the spring of 2024.', 'the spring of 2024', '2024-SP'],
  ])(
    'keeps "%s" on the calendar (a count, a future, another clause, a past verb, no adverb, a year)',
    (text, words, value) => {
      expect(news(text).find(([w]) => w === words)?.[1]).toBe(value);
      expect(timeml(text).find(([w]) => w === words)?.[1]).toBe(value);
    },
  );

  it('asks the determiner before the clause', () => {
    const text = 'Swifts usually reach Britain next spring.';
    const start = text.indexOf('next spring');
    const end = start + 'next spring'.length;
    expect(isHabitualSeason(text, start, end, 'next')).toBe(false);
    expect(isHabitualSeason(text, start, end, undefined)).toBe(true);
  });
});
