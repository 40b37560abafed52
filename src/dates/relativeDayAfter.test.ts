import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { relativeDayAfter } from './relativeDayAfter.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe("a holiday's day told by a relative clause after it", () => {
  it('reads "Restaurants are taking bookings for Lunar New Year, which falls on Feb. 17" as the Lunar New Year of that day', () => {
    for (const mentions of read(
      'Restaurants in Chinatown are already taking bookings for Lunar New Year, which falls on Feb. 17.',
      '2026-01-12',
    ))
      expect(mentions).toContain('Lunar New Year = 2026-02-17');
  });

  it('reads "Florists are busy before Mother\'s Day, which falls on May 10" as the coming one', () => {
    for (const mentions of read(
      "Florists are busy before Mother's Day, which falls on May 10.",
      '2026-03-20',
    ))
      expect(mentions).toContain("Mother's Day = 2026-05-10");
  });

  it('keeps Passover in "Passover, which begins on April 1", a feast begun on its eve', () => {
    for (const mentions of read(
      'Families will travel for Passover, which begins on April 1.',
      '2026-03-20',
    ))
      expect(mentions).toContain('Passover = 2026-04-02');
  });

  it('finds the clause only right after the name', () => {
    const text = 'Lunar New Year, which falls on Feb. 17';
    expect(relativeDayAfter(text, 14)).toBe(21);
    expect(relativeDayAfter('Lunar New Year falls on Feb. 17', 14)).toBeUndefined();
  });
});
