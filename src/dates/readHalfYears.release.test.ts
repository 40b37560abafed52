import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 10 March 2026, in the year's first half; Wednesday 9 September 2026, in its second.
const MARCH = { published: '2026-03-10', locale: 'en-US' } as const;
const SEPTEMBER = { published: '2026-09-09', locale: 'en-US' } as const;
const news = (text: string, options: { published: string; locale: 'en-US' } = MARCH) =>
  findMentions(text, options).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) => findTimemlMentions(text, MARCH).map((m) => `${m.text} ${m.value}`);

describe('halves of the year in release windows and analysts’ shorthand', () => {
  it('reads "2H26", "1H25" and "H2’27" as halves of those years in both readings', () => {
    expect(news('The company expects a recovery in 2H26.')).toEqual(['2H26 2026-H2']);
    expect(timeml('The company expects a recovery in 2H26.')).toEqual(['2H26 2026-H2']);
    expect(news('Revenue rose in 1H25.')).toEqual(['1H25 2025-H1']);
    expect(news('Shipments should pick up in H2’27.')).toEqual(['H2’27 2027-H2']);
  });

  it('reads no half in a chemical formula or a longer figure', () => {
    expect(news('Heavy water is written 2H2O.')).toEqual([]);
    expect(news('The 1H250 router ships in red.')).toEqual([]);
  });

  it('reads a bare half a product ships or launches in as a half of the year', () => {
    const text = 'The company said the chip ships in the second half.';
    expect(news(text)).toEqual(['the second half 2026-H2']);
    expect(timeml(text)).toEqual(['the second half 2026-H2']);
    expect(news('The new MacBook is expected to launch in the second half.')).toEqual([
      'the second half 2026-H2',
    ]);
    expect(news('The phone goes on sale in the second half.')).toEqual(['the second half 2026-H2']);
  });

  it('reads a release in the first half, said in September, as next year’s', () => {
    expect(news('The feature will roll out in the first half.', SEPTEMBER)).toEqual([
      'the first half 2027-H1',
    ]);
  });

  it('reads no half of the year in a match, nor where a past tells the availability', () => {
    expect(news('Arsenal launched a comeback in the second half.')).toEqual([]);
    expect(news('He launches attacks in the second half.')).toEqual([]);
    expect(news('The console was available in the second half, the company said.')).toEqual([]);
  });

  it('reads no half of a film, a book or a team after another clause on its release', () => {
    expect(
      news('The album is available on vinyl; its best songs come in the second half.'),
    ).toEqual([]);
    expect(
      news('The novel, which is available in paperback, loses its way in the second half.'),
    ).toEqual([]);
    expect(news('Fans expect the Knicks to launch a late surge in the second half.')).toEqual([]);
    expect(news('The phone will ship to customers in the second half.')).toEqual([
      'the second half 2026-H2',
    ]);
  });

  it('reads "in the second half as" a half, not a clock time at noon', () => {
    expect(news('Revenue will rise in the second half as demand picks up.')).toEqual([
      'the second half 2026-H2',
    ]);
  });
});
