import { describe, expect, it } from 'vitest';
import { endOfPeriodGoneBy } from './endOfPeriodGoneBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
// The value of the mention whose words hold "the end of the".
const endValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /the end of the/i.test(m.text))?.value;
const news = (text: string, published: string) => endValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  endValue(findTimemlMentions(text, at(published)));
const goneBy = (text: string) => {
  const words = /the end of (?:this|the) (?:month|quarter|year)/.exec(text)!;
  return endOfPeriodGoneBy(text, words.index, words.index + words[0].length);
};

describe('the end of a period just gone, told in a past perfect', () => {
  it('reads "By the end of the quarter, the backlog had grown to $4 billion" as the quarter gone by', () => {
    const text = 'By the end of the quarter, the backlog had grown to $4 billion.';
    expect(news(text, '1989-10-26')).toBe('1989-Q3');
    expect(timeml(text, '1989-10-26')).toBe('1989-Q3');
  });

  it.each([
    ['The bank had written off $300 million by the end of the quarter.', '2026-07-08', '2026-Q2'],
    ['By the end of the year, the waiting list had grown to 7.6 million.', '2026-01-20', '2025'],
    ['By the end of the month, more than 2,000 people had signed.', '2026-04-15', '2026-03'],
    [
      'Arrears had climbed to £1.2bn by the end of the month, the regulator said.',
      '2026-10-14',
      '2026-09',
    ],
    ['By the end of the year the firm was profitable again.', '2026-01-20', '2025'],
    ['Donors had pledged $2 billion by the end of the year, the UN said.', '2026-04-15', '2025'],
  ])('reads %j as the period gone by, in both readings', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it.each([
    ['The company expects to finish the work by the end of the year.', '2026-04-15', '2026'],
    ['By the end of the quarter, the backlog will have grown further.', '1989-10-26', '1989-Q4'],
    ['The firm had hoped to finish by the end of the year.', '2026-04-15', '2026'],
    ['The firm had to finish the work by the end of the year.', '2026-04-15', '2026'],
    ['Ministers had pledged a decision by the end of the year.', '2026-04-15', '2026'],
    ['The board had already promised a vote by the end of the month.', '2026-04-15', '2026-04'],
    ['By the end of the year, they had said, the plant would close.', '2026-04-15', '2026'],
    ['It will close by the end of the year, the firm had said.', '2026-04-15', '2026'],
    [
      'By the end of the year, the government was expected to publish its plan.',
      '2026-04-15',
      '2026',
    ],
    [
      'Ms Smith, who had joined the board in 2019, steps down by the end of the year.',
      '2026-04-15',
      '2026',
    ],
  ])('does not turn %j back', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it('reads a second "by" after a comma and "but" in its own clause', () => {
    const text =
      'Exports had fallen 4% by the end of the quarter, but analysts expect a recovery by the end of the year.';
    const found = findMentions(text, at('2026-07-08')).map((m) => m.value);
    expect(found).toEqual(['2026-Q2', '2026']);
  });

  it('reads "Exports had fallen in the first quarter but analysts expect a recovery by the end of the year" as the year under way', () => {
    const text =
      'Exports had fallen in the first quarter but analysts expect a recovery by the end of the year.';
    expect(news(text, '2026-04-14')).toBe('2026');
    expect(timeml(text, '2026-04-14')).toBe('2026');
  });

  it('reads "Residents whose homes had been damaged by the floods get their grants by the end of the month" as the month under way', () => {
    const text =
      'Residents whose homes had been damaged by the floods get their grants by the end of the month.';
    expect(news(text, '2026-04-14')).toBe('2026-04');
    expect(timeml(text, '2026-04-14')).toBe('2026-04');
  });

  it('reads "By the end of the year, the council hopes to rehouse every family whose home was damaged in the floods" as the year under way', () => {
    const text =
      'By the end of the year, the council hopes to rehouse every family whose home was damaged in the floods.';
    expect(news(text, '2026-04-14')).toBe('2026');
    expect(timeml(text, '2026-04-14')).toBe('2026');
  });

  it('leaves a period counted or not after "by"', () => {
    expect(goneBy('The backlog had grown by the end of this year.')).toBe(false);
    expect(goneBy('The backlog had grown at the end of the year.')).toBe(false);
    expect(goneBy('The backlog had grown by the end of the year.')).toBe(true);
  });
});
