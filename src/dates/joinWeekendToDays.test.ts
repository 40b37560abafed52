import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday: 21 and 22 March 2026 are the Saturday and Sunday of ISO week 12.
const MAR_11 = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MAR_11).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MAR_11).map((m) => [m.text, m.value] as const);

describe('a weekend named by its days', () => {
  it('reads "Engineering work will close the line on the weekend of 21-22 March" as that weekend', () => {
    const text = 'Engineering work will close the line on the weekend of 21-22 March.';
    expect(news(text)).toEqual([['weekend of 21-22 March', '2026-W12-WE']]);
    expect(timeml(text)).toEqual([['weekend of 21-22 March', '2026-W12-WE']]);
  });

  it('reads "the weekend of 21 and 22 March" and "the weekend of March 21" alike', () => {
    const pair = 'The line will close on the weekend of 21 and 22 March.';
    expect(news(pair)).toEqual([['weekend of 21 and 22 March', '2026-W12-WE']]);
    expect(timeml(pair)).toEqual([['weekend of 21 and 22 March', '2026-W12-WE']]);
    const one = 'The line closes the weekend of March 21 for track renewals.';
    expect(news(one)).toEqual([['weekend of March 21', '2026-W12-WE']]);
    expect(timeml(one)).toEqual([['weekend of March 21', '2026-W12-WE']]);
  });

  it('leaves "the weekend of 23 March", a Monday, as read', () => {
    const text = 'The line closes the weekend of 23 March.';
    expect(news(text)).toEqual([
      ['weekend', '2026-03-14'],
      ['23 March', '2026-03-23'],
    ]);
    expect(timeml(text).map((m) => m[0])).toEqual(['weekend', '23 March']);
  });

  it('leaves "the weekend of 13-16 March", running past the Sunday, as read', () => {
    const text = 'The line closes the weekend of 13-16 March.';
    expect(news(text).map((m) => m[1])).toEqual(['2026-03-14', '2026-03-13/2026-03-16']);
    expect(timeml(text).map((m) => m[0])).toEqual(['weekend', '13', '16 March']);
  });

  it('keeps a day told apart in "the weekend of 14 March, with the final on 15 March" its own', () => {
    const text =
      'The festival will be held on the weekend of 14 March, with the final on 15 March.';
    expect(news(text)).toEqual([
      ['weekend of 14 March', '2026-W11-WE'],
      ['on 15 March', '2026-03-15'],
    ]);
    expect(timeml(text)).toEqual([
      ['weekend of 14 March', '2026-W11-WE'],
      ['15 March', '2026-03-15'],
    ]);
  });

  it('leaves "a weekend of strikes" and "the weekend after 21 March" as read', () => {
    expect(timeml('Unions called a weekend of strikes.')).toEqual([]);
    expect(news('The line closes the weekend after 21 March.').map((m) => m[1])).not.toContain(
      '2026-W12-WE',
    );
  });
});
