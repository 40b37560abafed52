import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isEverydayDaily } from './isEverydayDaily.ts';

const MARCH = { published: '2026-03-09', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MARCH).map((m) => `${m.text} = ${m.value}`),
  );

describe('"daily" as everyday', () => {
  it.each([
    ['The war has disrupted daily life in the capital.'],
    ['Residents are slowly returning to their daily lives.'],
    ['Commuters are back to the daily grind after the holiday.'],
    ['The blackouts have become part of daily life for millions.'],
  ])('reads no set in "%s" in the news reading (TimeML mode keeps it, as AQUAINT does)', (text) => {
    const [news, timeml] = read(text);
    expect(news).toEqual([]);
    expect(timeml).toEqual(['daily = P1D']);
  });

  it.each([
    ['The ministry holds a daily briefing.'],
    ['Patients take the pill daily.'],
    ['The airline runs daily flights to Lisbon.'],
  ])('keeps the set in "%s" (a thing done each day)', (text) => {
    expect(read(text)[0]).toEqual(['daily = P1D']);
  });

  it('takes only "daily", not "weekly" before "life"', () => {
    const text = 'weekly life';
    expect(isEverydayDaily(text, 0, 6)).toBe(false);
  });
});
