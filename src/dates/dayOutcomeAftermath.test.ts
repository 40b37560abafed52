import { describe, expect, it } from 'vitest';
import { dayOutcomeAftermath } from './dayOutcomeAftermath.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];

describe('a weekday whose event is told gone by, with what is expected of it', () => {
  it('reads "Friday\'s strong employment report is expected to keep pressure on the Fed", said on Monday, 16 October 1989, as 1989-10-13', () => {
    for (const read of both(
      "Friday's strong employment report is expected to keep pressure on the Fed.",
      '1989-10-16',
    ))
      expect(read).toEqual(['Friday = 1989-10-13']);
  });

  it('reads "Friday\'s selloff in bonds is expected to continue today", said on Monday, 16 October 1989, as 1989-10-13', () => {
    for (const read of both(
      "Friday's selloff in bonds is expected to continue today.",
      '1989-10-16',
    ))
      expect(read).toEqual(['Friday = 1989-10-13', 'today = 1989-10-16']);
  });

  it('reads "Friday\'s rally in bonds is expected to fade this week", said on Monday, 13 November 1989, as 1989-11-10', () => {
    const [news] = both("Friday's rally in bonds is expected to fade this week.", '1989-11-13');
    expect(news).toContain('Friday = 1989-11-10');
  });

  it('reads "Friday\'s surprisingly weak employment report is expected to keep the Fed easing", said on Monday, 13 November 1989, as 1989-11-10, its outcome word from outcomeAdjective', () => {
    for (const read of both(
      "Friday's surprisingly weak employment report is expected to keep the Fed easing.",
      '1989-11-13',
    ))
      expect(read).toEqual(['Friday = 1989-11-10']);
    expect(dayOutcomeAftermath("'s surprisingly weak employment report is expected to", 5)).toBe(
      true,
    );
  });

  it('reads "Friday\'s weak close in stocks is expected to weigh on Tokyo", said on Monday, 13 November 1989, as 1989-11-10, a market\'s close an event told how it turned out (turnedOutEvent)', () => {
    for (const read of both(
      "Friday's weak close in stocks is expected to weigh on Tokyo.",
      '1989-11-13',
    ))
      expect(read).toEqual(['Friday = 1989-11-10']);
    expect(dayOutcomeAftermath("'s strong payrolls are expected to keep the Fed on hold.", 5)).toBe(
      true,
    );
  });

  it('still reads "Friday\'s employment report is expected to show a gain" and "Friday\'s rally in Washington will draw thousands" ahead', () => {
    expect(
      both(
        "Friday's employment report is expected to show a gain of 150,000 jobs.",
        '1989-11-06',
      )[0],
    ).toEqual(['Friday = 1989-11-10']);
    expect(both("Friday's rally in Washington will draw thousands.", '1989-11-13')[0]).toEqual([
      'Friday = 1989-11-17',
    ]);
  });

  it('tells an outcome or a market move before what is expected, not a weekend day', () => {
    expect(dayOutcomeAftermath("'s disappointing report on producer prices will hurt.", 5)).toBe(
      true,
    );
    expect(dayOutcomeAftermath("'s bond rally could continue.", 5)).toBe(true);
    expect(dayOutcomeAftermath("'s auction is expected to draw strong demand.", 2)).toBe(false);
    expect(dayOutcomeAftermath("'s selloff in bonds is expected to continue.", 6)).toBe(false);
    expect(dayOutcomeAftermath("'s strong field will make it a fast race.", 6)).toBe(false);
  });
});
