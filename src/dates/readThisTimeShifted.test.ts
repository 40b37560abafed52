import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 3 February 2026.
const TUESDAY = { published: '2026-02-03', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, TUESDAY).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, TUESDAY).map((m) => `${m.text} ${m.value}`);

describe('"this time" before a day, a week, a month or a year on or back', () => {
  it.each([
    ['Further snow is possible this time next week.', 'this time next week 2026-02-10'],
    ['Prices are 10 per cent higher than this time last year.', 'this time last year 2025-02-03'],
    ['By this time tomorrow the snow will have cleared.', 'this time tomorrow 2026-02-04'],
    ['Bookings are up on this time last month.', 'this time last month 2026-01-03'],
    ['Queues were twice as long this time yesterday.', 'this time yesterday 2026-02-02'],
  ])('reads "%s" as the same day moved', (text, found) => {
    expect(news(text)).toEqual([found]);
    expect(timeml(text)).toEqual([found]);
  });

  it("leaves a possessive's year to the noun it belongs to", () => {
    expect(news("This time last year's champion crashed out.")).toEqual(['last year 2025']);
  });

  it('leaves "this time" as an occasion before a comma alone', () => {
    expect(news('This time, next week will be different.')).toEqual(['next week 2026-W07']);
  });
});
