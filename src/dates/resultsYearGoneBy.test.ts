import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { resultsYearGoneBy } from './resultsYearGoneBy.ts';

// Wednesday 30 January 1991.
const JANUARY = { published: '1991-01-30', locale: 'en-US' } as const;
// Tuesday 5 March 1991.
const MARCH = { published: '1991-03-05', locale: 'en-US' } as const;
// Wednesday 17 July 1991.
const JULY = { published: '1991-07-17', locale: 'en-US' } as const;
const yearOf = (found: { text: string; value: string }[]) =>
  found.find((m) => /\byear\b/.test(m.text))?.value;
const news = (text: string, when: typeof JANUARY | typeof MARCH | typeof JULY = JANUARY) =>
  yearOf(findMentions(text, when));
const timeml = (text: string, when: typeof JANUARY | typeof MARCH | typeof JULY = JANUARY) =>
  yearOf(findTimemlMentions(text, when));

describe('"for the year" in a past sentence of results told early in the next year', () => {
  it.each([
    'For the year, the bank earned $140 million, down from $310 million.',
    'Net income for the year fell 12% to $2.1 billion.',
    'Fourth-quarter profit fell 31%. For the year, profit rose 4% to $1.3 billion.',
    'Sales for the year were $4.5 billion.',
  ])('reads "the year" in %j as the year gone by, in both readings', (text) => {
    expect(news(text)).toBe('1990');
    expect(timeml(text)).toBe('1990');
  });

  it.each([
    ['told ahead', 'The company expects a loss for the year.'],
    ['a present', 'The stock is up 5% for the year.'],
    ['no results', 'The index fell 3% for the year.'],
    ['a forecast for it', 'The company raised its profit forecast for the year.'],
    ['no "for" before it', 'Sales fell sharply at the beginning of the year.'],
    ['results told ahead', 'Net income for the year will rise 10%, the company said.'],
    ['an outlook for it', 'The bank cut its outlook for the year as earnings fell.'],
  ])('leaves "the year" the year of publication in a sentence with %s: %j', (_, text) => {
    expect(news(text)).toBe('1991');
    expect(timeml(text)).toBe('1991');
  });

  it.each([
    ['a tally so far', 'The fund lost 2%, leaving it down 2% for the year.'],
    ['its first weeks', 'Through the first three weeks, sales for the year were running 4% ahead.'],
    ['a plan made before', 'The company said it had budgeted a loss for the year of $20 million.'],
    ["a week's sales", 'Retail sales rose 0.4% in the latest week and were up 2.1% for the year.'],
    ['a tally through a weekday', 'The retailer said sales for the year rose 2% through Saturday.'],
  ])('leaves "the year" the year under way in a sentence with %s: %j', (_, text) => {
    expect(news(text)).toBe('1991');
    expect(timeml(text)).toBe('1991');
  });

  it('leaves "Retailers posted weak sales in February, a poor start for the year", said in March, the year under way', () => {
    const text = 'Retailers posted weak sales in February, a poor start for the year.';
    expect(news(text, MARCH)).toBe('1991');
    expect(timeml(text, MARCH)).toBe('1991');
  });

  it('leaves "Car sales fell 8% in February. For the year, sales were down 5%.", said in March, the year under way: the month is in the results of the sentence before', () => {
    const text = 'Car sales fell 8% in February. For the year, sales were down 5%.';
    expect(news(text, MARCH)).toBe('1991');
    expect(timeml(text, MARCH)).toBe('1991');
  });

  it('reads "The company opened a plant in February. Net income for the year fell 12%.", said in March, as the year gone by: the sentence before tells no results', () => {
    const text = 'The company opened a plant in February. Net income for the year fell 12%.';
    expect(news(text, MARCH)).toBe('1990');
    expect(timeml(text, MARCH)).toBe('1990');
  });

  it('reads "Sales fell 5% in December and 2% for the year" as the year gone by: December is not of the year under way', () => {
    const text = 'Sales fell 5% in December and 2% for the year.';
    expect(news(text)).toBe('1990');
    expect(timeml(text)).toBe('1990');
  });

  it('reads "the year" as the year gone by beside "January 1990", a month written with the year gone by', () => {
    const text = 'Net income for the year fell 12%, hurt by a strike that began in January 1990.';
    expect(news(text)).toBe('1990');
    expect(timeml(text)).toBe('1990');
  });

  it('reads "the year" as the year gone by beside "a march", no month, said in March', () => {
    const text =
      'Net income for the year fell 12%, and workers staged a march to protest the layoffs.';
    expect(news(text, MARCH)).toBe('1990');
    expect(timeml(text, MARCH)).toBe('1990');
  });

  it('leaves "For the year, the company earned $5 million" the year of publication in July', () => {
    expect(news('For the year, the company earned $5 million.', JULY)).toBe('1991');
    expect(timeml('For the year, the company earned $5 million.', JULY)).toBe('1991');
  });

  it('leaves "the fiscal year", which may end in any month', () => {
    const text = 'For the fiscal year, net income fell 8%.';
    expect(resultsYearGoneBy(text, 4, 19, 'past', JANUARY.published)).toBe(false);
    expect(news(text)).not.toBe('1990');
  });
});
