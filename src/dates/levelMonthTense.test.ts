import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { levelMonthTense } from './levelMonthTense.ts';

const MARCH = '1990-03-15';
const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string, published = MARCH) => values(findMentions(text, at(published)));
const timeml = (text: string, published = MARCH) => values(findTimemlMentions(text, at(published)));

describe('a month that dates a level a market reached', () => {
  it('reads "Analysts said the market could test its January lows in the weeks ahead" as the January gone by', () => {
    const text = 'Analysts said the market could test its January lows in the weeks ahead.';
    expect(news(text)).toEqual(['1990-01', 'FUTURE_REF']);
    expect(timeml(text)).toEqual(['1990-01', 'PXW']);
  });

  it.each([
    ['Stocks may retreat to their October lows.', ['1989-10']],
    ['Traders will watch whether the Dow holds above its February low.', ['1990-02']],
    ["The index will need to break through the Dow's January peak.", ['1990-01']],
    ['The index is likely to revisit its March highs.', ['1990-03']],
  ])('reads %j as the month gone by or under way, in both readings', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it('does not read "high" in a compound of its own as a level', () => {
    const text = 'Students will attend the June high school graduation.';
    expect(news(text)).toEqual(['1990-06']);
    expect(timeml(text)).toEqual(['1990-06']);
  });

  it('reads "The district will hold its June high school graduation at the new stadium", said in September, as the June to come', () => {
    const text = 'The district will hold its June high school graduation at the new stadium.';
    expect(news(text, '1990-09-20')).toEqual(['1991-06']);
    expect(timeml(text, '1990-09-20')).toEqual(['1991-06']);
  });

  it.each([
    [
      'Retail sales will reach their December peak as shoppers crowd the malls.',
      '1990-10-10',
      '1990-12',
    ],
    [
      'Utilities expect demand to reach its January peak as cold weather sets in.',
      '1990-09-20',
      '1991-01',
    ],
    ['Hotels are bracing for the July peak, when rooms will be scarce.', '1990-03-15', '1990-07'],
  ])(
    "does not read %j, a season's level more than five months back, as gone by",
    (text, published, found) => {
      expect(news(text, published)).toEqual([found]);
      expect(timeml(text, published)).toEqual([found]);
    },
  );

  it('does not read a month with no owner or article before it as a level', () => {
    // Without an owner, "June lows" may be a forecast's, of a June to come.
    expect(levelMonthTense('prices will hit ', ' lows', 6, MARCH, 'future')).toBe('future');
  });

  it('turns only a month before a noun of a level', () => {
    expect(levelMonthTense('could test its ', ' lows in the weeks ahead', 1, MARCH, 'future')).toBe(
      'past',
    );
    expect(levelMonthTense('will hold its ', ' meeting', 1, MARCH, 'future')).toBe('future');
  });
});
