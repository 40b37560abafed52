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
  });

  it.each([
    ['Further snow is possible this time next week.', 'this time next week 2026-W07'],
    ['Prices are 10 per cent higher than this time last year.', 'this time last year 2025'],
    ['By this time tomorrow the snow will have cleared.', 'this time tomorrow 2026-02-04'],
    ['Bookings are up on this time last month.', 'this time last month 2026-01'],
    ['Queues were twice as long this time yesterday.', 'this time yesterday 2026-02-02'],
  ])('reads "%s" in TimeML mode at the precision of its unit', (text, found) => {
    expect(timeml(text)).toEqual([found]);
  });

  it('reads "this time last week, almost no one had heard the name", said on Thursday 22 January 1998, as 1998-W03 in TimeML mode', () => {
    const thursday = { published: '1998-01-22', locale: 'en-US' } as const;
    const text = 'this time last week, almost no one in Washington had heard the name.';
    expect(findTimemlMentions(text, thursday).map((m) => `${m.text} ${m.value}`)).toEqual([
      'this time last week 1998-W03',
    ]);
    expect(findMentions(text, thursday).map((m) => `${m.text} ${m.value}`)).toEqual([
      'this time last week 1998-01-15',
    ]);
  });

  it('reads "this time next year, the Pope may be in a very different Cuba", said on 21 January 1998, as 1999 in TimeML mode', () => {
    const wednesday = { published: '1998-01-21', locale: 'en-US' } as const;
    const text = 'this time next year, the Pope may be in a very different Cuba.';
    expect(findTimemlMentions(text, wednesday).map((m) => `${m.text} ${m.value}`)).toEqual([
      'this time next year 1999',
    ]);
  });

  it('leaves "this time, the jury did not take long" unread in TimeML mode', () => {
    expect(timeml('This time, the jury did not take long to come back.')).toEqual([]);
  });

  it("leaves a possessive's year to the noun it belongs to", () => {
    expect(news("This time last year's champion crashed out.")).toEqual(['last year 2025']);
  });

  it('leaves "this time" as an occasion before a comma alone', () => {
    expect(news('This time, next week will be different.')).toEqual(['next week 2026-W07']);
  });
});
