import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value, m.mod] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value, m.mod] as const);

describe('a range of counts with its unit written once', () => {
  it.each([
    ['Recovery takes six to eight weeks.', 'six to eight weeks', 'PXW'],
    ['The project will take three to five years.', 'three to five years', 'PXY'],
    ['He stayed two or three days.', 'two or three days', 'PXD'],
    ['He served 10-15 years.', '10-15 years', 'PXY'],
    ['The flight takes nine to 11 hours.', 'nine to 11 hours', 'PTXH'],
  ])('reads "%s" as one length whose number is unknown, in both readings', (text, words, value) => {
    expect(read(text)).toEqual([[words, 'DURATION', value, undefined]]);
    expect(readTimeml(text)).toEqual([[words, 'DURATION', value, undefined]]);
  });

  it('reads "between 20 and 30 days" as one length whose number is unknown, "between" in it', () => {
    const text = 'The trial will last between 20 and 30 days.';
    expect(read(text)).toEqual([['between 20 and 30 days', 'DURATION', 'PXD', undefined]]);
    expect(readTimeml(text)).toEqual([['between 20 and 30 days', 'DURATION', 'PXD', undefined]]);
    expect(findMentions(text, MARCH_12)[0]).toMatchObject({ start: 20, end: 42 });
  });

  it('leaves "between 20 and 30 points in two days" and "Between 20 and 30 days later" as they were', () => {
    expect(read('The index fell between 20 and 30 points in two days.')).toEqual([
      ['two days', 'DURATION', 'P2D', undefined],
    ]);
    expect(readTimeml('Between 20 and 30 days later, he died.')).toEqual([
      ['30 days', 'DURATION', 'P30D', undefined],
    ]);
  });

  it('reads "about six to eight hours" as an approximate range, "about" out of the TimeML extent', () => {
    const text = 'The surgery lasts about six to eight hours.';
    expect(read(text)).toEqual([['about six to eight hours', 'DURATION', 'PTXH', 'APPROX']]);
    expect(readTimeml(text)).toEqual([['six to eight hours', 'DURATION', 'PTXH', 'APPROX']]);
  });

  it('reads "over the next 12 to 18 months" in TimeML mode as the span looked over, PXM', () => {
    const text = 'Prices will rise over the next 12 to 18 months.';
    expect(readTimeml(text)).toEqual([['the next 12 to 18 months', 'DURATION', 'PXM', undefined]]);
  });

  it('leaves "two or three days ago" a date counted back, not a length', () => {
    expect(read('It happened two or three days ago.')).toEqual([
      ['three days ago', 'DATE', '2025-03-09', undefined],
    ]);
  });

  it('leaves "5 to 10 percent in two years" and a higher count first alone', () => {
    expect(read('Prices fell 5 to 10 percent in two years.')).toEqual([
      ['two years', 'DURATION', 'P2Y', undefined],
    ]);
    expect(read('It lasted 9 or 8 days.')).toEqual([['8 days', 'DURATION', 'P8D', undefined]]);
  });
});

describe('a range of counts: near misses', () => {
  it('reads "Rangers trailed 1-2 minutes into the second half" as a score and two minutes, not a range', () => {
    expect(read('Rangers trailed 1-2 minutes into the second half.')).toEqual([
      ['2 minutes', 'DURATION', 'PT2M', undefined],
    ]);
  });

  it.each([
    'The vaccine is approved for children 5 to 11 years of age.',
    'The suspects, aged 18 to 21 years, were released on bail.',
  ])('reads no length in the ages of "%s"', (text) => {
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([]);
  });
});

describe('a range of counts before an event', () => {
  it.each([
    ['A second dose is given three to four weeks after the first.', 'three to four weeks', 'PXW'],
    ['Symptoms appear two to 14 days after exposure.', 'two to 14 days', 'PXD'],
    [
      'Most patients can return to work two to three weeks after surgery.',
      'two to three weeks',
      'PXW',
    ],
  ])(
    'reads "%s" as one length in both readings, not a day counted from the event',
    (text, words, value) => {
      expect(read(text)).toEqual([[words, 'DURATION', value, undefined]]);
      expect(readTimeml(text)).toEqual([[words, 'DURATION', value, undefined]]);
    },
  );

  it('leaves a range before an event told in the past to the relative readings in the news reading', () => {
    const text = 'Two or three days after the vote, he resigned.';
    expect(read(text)).toEqual([['three days after', 'DATE', 'PAST_REF', undefined]]);
    expect(readTimeml(text)).toEqual([['Two or three days', 'DURATION', 'PXD', undefined]]);
  });

  it('does not make a single count before an event a length', () => {
    expect(readTimeml('A second dose is given four weeks after the first.')).toEqual([
      ['four weeks', 'DURATION', 'P4W', undefined],
    ]);
  });
});
