import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { originalPlanAside } from './originalPlanAside.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe("a plan's first day named in an aside before it was put off", () => {
  it('reads the Friday just gone in a Saturday copy', () => {
    const text = 'The vote, originally scheduled for Friday, was delayed by 24 hours.';
    expect(read(text, '2026-03-14').map((found) => found[0])).toEqual([
      'Friday = 2026-03-13',
      'Friday = 2026-03-13',
    ]);
  });

  it('reads the coming Friday in a Wednesday copy', () => {
    const text = 'The vote, originally scheduled for Friday, has been postponed until next week.';
    expect(read(text, '2026-03-11').map((found) => found[0])).toEqual([
      'Friday = 2026-03-13',
      'Friday = 2026-03-13',
    ]);
  });

  it.each([
    ['The match, originally scheduled for Wednesday, was called off because of snow.'],
    ['The match, which was scheduled for Wednesday, was postponed to Monday.'],
  ])('reads the nearest day in "%s"', (text) => {
    expect(read(text, '2026-03-14').map((found) => found[0])).toEqual([
      'Wednesday = 2026-03-11',
      'Wednesday = 2026-03-11',
    ]);
  });

  it('does not fire on an aside with no change of plan after it', () => {
    const text = 'The vote, originally scheduled for Friday, will go ahead.';
    expect(originalPlanAside(text, text.indexOf('Friday'), text.indexOf('Friday') + 6)).toBe(false);
    expect(read(text, '2026-03-14')).toEqual([['Friday = 2026-03-20'], ['Friday = 2026-03-20']]);
  });
});
