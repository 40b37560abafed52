import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 5 March 2025, in ISO week 10.
const WEDNESDAY = { published: '2025-03-05', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`);

describe('the years this month or this week since a happening', () => {
  it('reads "It is 40 years this month since the miners\' strike ended" as March 1985', () => {
    const text = "It is 40 years this month since the miners' strike ended.";
    expect(news(text)).toEqual(['40 years this month = 1985-03']);
  });

  it('keeps the length and the month apart in TimeML mode', () => {
    const text = "It is 40 years this month since the miners' strike ended.";
    expect(timeml(text)).toEqual(['40 years = P40Y', 'this month = 2025-03']);
  });

  it('reads "a year last month since" and a week by one year and by the week', () => {
    expect(news('It was a year last month since the fire.')).toEqual([
      'a year last month = 2024-02',
    ]);
    expect(news('It is 50 years this week since the band formed.')).toEqual([
      '50 years this week = 1975-W10',
    ]);
  });

  it('leaves "40 years this month" with no "since" to the length and the month', () => {
    expect(news('The firm has grown 40 years this month.')).toEqual([
      '40 years = P40Y',
      'this month = 2025-03',
    ]);
  });
});
