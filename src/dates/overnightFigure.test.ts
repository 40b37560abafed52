import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isClimateFigure } from './overnightFigure.ts';

// Wednesday 18 November 2026: tonight is the 18th's night, last night the 17th's.
const WEDNESDAY = { published: '2026-11-18', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a figure of the night, forecast or recorded', () => {
  it.each([
    ['Overnight lows could fall to minus 6C.', 'Overnight', '2026-11-18'],
    ['An overnight low of 2C is forecast for Glasgow.', 'overnight', '2026-11-18'],
    ['Overnight temperatures will dip to 28 degrees.', 'Overnight', '2026-11-18'],
    ['The overnight low at the airport was minus 12C, a record.', 'overnight', '2026-11-17'],
  ])('reads "%s" as the night its tense tells', (text, words, day) => {
    expect(read(text)).toEqual([[`${words} = ${day}`], [`${words} = ${day}TNI`]]);
  });

  it.each([
    'Overnight lows in January average minus 3C.',
    'Overnight lows typically dip below freezing in the glens.',
    'Banks borrowed heavily at overnight rates.',
    'Overnight lows near the coast are milder than inland.',
    'Overnight lows were below freezing all last week.',
    'Overnight lows will stay above freezing through the weekend.',
    'Overnight temperatures have risen by 2 degrees over the past three decades.',
    'The overnight readings from the river gauge will be published weekly.',
  ])(
    'reads no night in "%s" (a climate, a run of nights, a rate, or no tense that places it)',
    (text) => {
      const nights = read(text).map((mentions) => mentions.filter((m) => /overnight/i.test(m)));
      expect(nights).toEqual([[], []]);
    },
  );

  it('tells a climate by a month or an adverb of habit', () => {
    expect(isClimateFigure('Overnight lows in January average minus 3C.', 0, 9)).toBe(true);
    expect(isClimateFigure('Overnight lows could fall to minus 6C.', 0, 9)).toBe(false);
  });
});
