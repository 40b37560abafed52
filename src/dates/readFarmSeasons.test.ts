import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

describe('a season before the farm work done in it', () => {
  it('reads "Spring planting" looked ahead to as the coming spring', () => {
    const text = 'Spring planting is expected to start on time as soils warm.';
    expect(read(text, '2026-02-11')).toEqual(['Spring = 2026-SP']);
    expect(readTimeml(text, '2026-02-11')).toEqual(['Spring = 2026-SP']);
  });

  it('reads the season of work told in the past as the one gone by', () => {
    expect(read('Farmers finished spring planting in May.', '2026-11-12')).toEqual([
      'spring = 2026-SP',
      'May = 2026-05',
    ]);
    expect(read('The autumn harvest was the poorest in years.', '2026-12-03')).toContain(
      'autumn = 2026-FA',
    );
  });

  it('does not read a habit, a crop the season names, nor a season already counted', () => {
    expect(read('Spring planting usually starts in March.', '2026-11-12')).toEqual([
      'March = XXXX-03',
    ]);
    expect(read('Spring barley crops look promising.', '2026-06-17')).toEqual([]);
    expect(read('Growers started the winter wheat harvest late.', '2026-07-22')).toEqual([]);
    expect(read('Last spring planting was late.', '2026-11-12')).not.toContain('spring = 2026-SP');
  });

  it('does not read a name nor a kind of thing the season and its work name', () => {
    expect(read('The Autumn Harvest Festival drew 10,000 visitors.', '2026-11-12')).toEqual([]);
    expect(read('He described autumn harvest festivals in his village.', '2026-11-12')).toEqual([]);
    expect(read('Spring calving cows were sold.', '2026-11-12')).toEqual([]);
    expect(read('Farmers completed fall harvest last month.', '2026-11-12')).toEqual([
      'fall = 2026-FA',
      'last month = 2026-10',
    ]);
  });
});
