import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 18 November 2026.
const NOVEMBER = { published: '2026-11-18', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, NOVEMBER).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, NOVEMBER).map((m) => `${m.text} ${m.value}`);

describe('an adverb between "is" and a participle of schedule', () => {
  it('reads "is now set for" a clock and a bare weekday as the coming day', () => {
    const text = 'Liftoff is now set for 10:30 p.m. local time Thursday.';
    expect(news(text)).toEqual([
      'now PRESENT_REF',
      '10:30 p.m. local time Thursday 2026-11-19T22:30',
    ]);
    expect(timeml(text)).toContain('10:30 p.m. local time Thursday 2026-11-19T22:30');
  });

  it('reads "is now targeted for" and "is still set for" a weekday as the coming one', () => {
    expect(news('Launch is now targeted for Thursday.')).toContain('Thursday 2026-11-19');
    expect(news('The hearing is still set for Monday.')).toEqual(['Monday 2026-11-23']);
  });

  it('keeps a day gone by after "is now set" before anything but a time', () => {
    expect(news('The fare is now set at $2.90 after a vote on Monday.')).toContain(
      'on Monday 2026-11-16',
    );
    expect(news('The company is now set for a rebound after a loss on Monday.')).toContain(
      'on Monday 2026-11-16',
    );
  });
});
