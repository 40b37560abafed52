import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { halfUnderWayPerfect } from './halfUnderWayPerfect.ts';

const at = (published: string) => ({ published, locale: 'en-GB' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string, published: string) => values(findMentions(text, at(published)));
const timeml = (text: string, published: string) => values(findTimemlMentions(text, at(published)));

describe('a half of the year told in a present perfect while under way', () => {
  it('reads "Trading in the second half has been better than expected", said in August, as the half under way', () => {
    const text = 'Trading in the second half has been better than expected, the chairman said.';
    expect(news(text, '2026-08-19')).toEqual(['2026-H2']);
    expect(timeml(text, '2026-08-19')).toEqual(['2026-H2']);
  });

  it.each([
    [
      'Sales in the second half have started strongly, the company said.',
      '2026-07-08',
      ['2026-H2'],
    ],
    ['Trading in the first half has been tough, the retailer said.', '2026-02-10', ['2026-H1']],
  ])('reads %j as the half under way, in both readings', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
    expect(timeml(text, published)).toEqual(found);
  });

  it.each([
    ['Sales in the second half have been weak, the retailer said.', '2026-01-20', ['2025-H2']],
    [
      'Trading in the second half would have been better, the chairman said.',
      '2026-08-19',
      ['2026-H2'],
    ],
  ])('keeps %j as before', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
  });

  it('asks for the perfect within four words and no modal before it', () => {
    expect(halfUnderWayPerfect(' has been better than expected')).toBe(true);
    expect(halfUnderWayPerfect(' would have been better')).toBe(false);
    expect(halfUnderWayPerfect(' of the year for the group overall has been better')).toBe(false);
    expect(halfUnderWayPerfect(', analysts say, has been better')).toBe(false);
  });
});
