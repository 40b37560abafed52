import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 18 November 2026: the Sunday gone by is the 15th, the coming one the 22nd.
const WEDNESDAY = { published: '2026-11-18', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('"is likely" or "are possible" before a date', () => {
  it.each([
    ['Frost is likely overnight.', 'overnight = 2026-11-18', 'overnight = 2026-11-18TNI'],
    [
      'Showers are possible overnight in the west.',
      'overnight = 2026-11-18',
      'overnight = 2026-11-18TNI',
    ],
    ['Gales are likely along the coast on Sunday.', 'Sunday = 2026-11-22', 'Sunday = 2026-11-22'],
  ])('reads "%s" as the time to come', (text, news, timeml) => {
    expect(read(text)).toEqual([[news], [timeml]]);
  });

  it.each([
    ['Frost was likely overnight, forecasters said.', 'overnight = 2026-11-17'],
    ['It is likely that the men left on Sunday.', 'Sunday = 2026-11-15'],
    ['The suspect is likely to have fled on Sunday.', 'Sunday = 2026-11-15'],
    ['It is possible the pipe burst on Sunday, the water company said.', 'Sunday = 2026-11-15'],
    ['It is likely he left on Sunday.', 'Sunday = 2026-11-15'],
  ])('keeps the time gone by in "%s"', (text, news) => {
    expect(read(text)[0]).toEqual([news]);
  });
});
