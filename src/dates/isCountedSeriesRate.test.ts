import { describe, expect, it } from 'vitest';
import { isCountedSeriesRate } from './isCountedSeriesRate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const PUBLISHED = { published: '2015-06-10', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('a rate word counting a series of changes', () => {
  it.each([
    'Retail sales posted the fourth consecutive monthly decline.',
    'Gold notched a third straight weekly gain.',
    'The index fell for a fifth successive daily drop.',
    'Consecutive monthly declines worried traders.',
    'Japan reported a third straight monthly surplus.',
    'The firm booked its second consecutive quarterly loss.',
  ])('reads no set in %j, in both readings', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    'He makes monthly payments on the loan.',
    'The board holds a monthly meeting.',
    'It was the fourth monthly meeting of the board.',
    'Prices saw a sharp monthly decline.',
  ])('still reads the set in %j: no change counted', (text) => {
    expect(news(text)).toEqual(['monthly P1M']);
    expect(timeml(text)).toEqual(['monthly P1M']);
  });

  it('tells the word by its place in the text', () => {
    const text = 'A monthly fee after the second monthly drop.';
    expect(isCountedSeriesRate(text, 2, 9)).toBe(false);
    const at = text.lastIndexOf('monthly');
    expect(isCountedSeriesRate(text, at, at + 7)).toBe(true);
  });
});
