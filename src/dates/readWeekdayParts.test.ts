import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const PUBLISHED = { published: '2025-01-08', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.type} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.type} ${m.value}`);

describe('a part of every weekday', () => {
  it('reads "weekday mornings" as the mornings of every weekday, in both readings', () => {
    const text = 'The help line is staffed on weekday mornings.';
    expect(news(text)).toEqual(['weekday mornings = SET XXXX-WXX-WDTMO']);
    expect(timeml(text)).toEqual(['weekday mornings = SET XXXX-WXX-WDTMO']);
  });

  it('reads "weeknights" and "weekday evenings" beside a weekday of its own', () => {
    expect(news('Buses run less often on weeknights.')).toEqual([
      'weeknights = SET XXXX-WXX-WDTNI',
    ]);
    expect(news('The clinic is open weekday evenings and Saturday mornings.')).toEqual([
      'weekday evenings = SET XXXX-WXX-WDTEV',
      'Saturday mornings = SET XXXX-WXX-6TMO',
    ]);
  });

  it('reads "on weekdays" in TimeML mode only, as "on weekends" is', () => {
    const text = 'The office is open on weekdays.';
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual(['weekdays = SET XXXX-WXX-WD']);
  });

  it('does not read a single weekday morning nor a word that only holds "weekday"', () => {
    expect(news('It happened on a weekday morning.').join()).not.toMatch(/SET/);
    expect(news('Weekday ridership fell.')).toEqual([]);
    expect(news('The protests took place on two weeknights last week.')).toEqual([
      'last week = DATE 2025-W01',
    ]);
  });
});
