import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JULY_2 = { published: '2026-07-02', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, JULY_2).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, JULY_2).map((m) => [m.text, m.value] as const);

describe('the way a clock writes the hours', () => {
  it.each([
    'The satellite records the temperature every 15 minutes, using a 24-hour clock.',
    'Times in the report are given on the 12-hour clock.',
    "Shift work disrupts the body's 24-hour clock.",
    'Hospital wards switched to 24-hour clocks.',
    'The railway switched from the 12-hour clock to the 24-hour clock in its timetables in 1965.',
  ])('reads no length in "%s", in both readings', (text) => {
    expect(news(text).filter(([w]) => /hour/.test(w))).toEqual([]);
    expect(timeml(text).filter(([w]) => /hour/.test(w))).toEqual([]);
  });

  it.each([
    ['Nurses staged a 24-hour strike.', '24-hour', 'PT24H'],
    ['The study tracked sleep over a 24-hour period.', '24-hour', 'PT24H'],
    ['A 48-hour clock counts down to the launch.', '48-hour', 'PT48H'],
    ['Mediators have put a 72-hour clock on the talks.', '72-hour', 'PT72H'],
    ['The 24-hour clock ran down without a deal.', '24-hour', 'PT24H'],
    ['A 24-hour clock began ticking once the ultimatum was issued.', '24-hour', 'PT24H'],
    ['Negotiators now face a 24-hour clock to reach a deal.', '24-hour', 'PT24H'],
  ])(
    'keeps the length in "%s" (another noun, another count, a countdown)',
    (text, words, value) => {
      expect(news(text).find(([w]) => w === words)?.[1]).toBe(value);
      expect(timeml(text).find(([w]) => w === words)?.[1]).toBe(value);
    },
  );
});
