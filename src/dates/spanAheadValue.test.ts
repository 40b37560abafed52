import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { spanAheadValue } from './spanAheadValue.ts';

// Tuesday 10 March 1998.
const PUBLISHED = { published: '1998-03-10', locale: 'en-US' } as const;
const marked = (found: { text: string; type: string; value: string }[]) =>
  found.map((m) => [m.text, m.type, m.value]);
const news = (text: string) => marked(findMentions(text, PUBLISHED));
const timeml = (text: string) => marked(findTimemlMentions(text, PUBLISHED));

describe('a stretch looked ahead over, with "ahead"', () => {
  it.each([
    ['Officials are watching the situation closely in the days ahead.', 'the days ahead', 'PXD'],
    ['Investors may sell more of their junk bonds in the weeks ahead.', 'the weeks ahead', 'PXW'],
    ['Prices could fall further in the months ahead, he said.', 'the months ahead', 'PXM'],
    ['In the years ahead, the city must rebuild its harbor.', 'the years ahead', 'PXY'],
  ])('reads %j in TimeML mode as an uncounted duration', (text, words, value) => {
    expect(timeml(text)).toEqual([[words, 'DURATION', value]]);
  });

  it('leaves the news reading of "in the days ahead" the future', () => {
    expect(news('Talks resume in the days ahead.')).toEqual([
      ['in the days ahead', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it.each([
    ['the two weeks ahead'],
    ['the hours ahead'],
    ['the week ahead'],
    ['the day ahead'],
    ['days ahead'],
    ['the days to come'],
    ['the road ahead'],
  ])('gives no value to %j', (words) => {
    expect(spanAheadValue(words)).toBeUndefined();
  });

  it('reads "the weeks ahead" as PXW and "The Months Ahead" as PXM', () => {
    expect(spanAheadValue('the weeks ahead')).toBe('PXW');
    expect(spanAheadValue('The Months Ahead')).toBe('PXM');
  });

  it('leaves "The governor took the days to come in stride" the future in TimeML mode', () => {
    expect(timeml('The governor took the days to come in stride, aides said.')).toEqual([
      ['the days to come', 'DATE', 'FUTURE_REF'],
    ]);
  });
});
