import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isStateKeptBefore } from './isStateKeptBefore.ts';

// Wednesday 23 December 2026.
const PUBLISHED = { published: '2026-12-23', locale: 'en-GB' } as const;
const first = (found: { value: string }[]) => found[0]?.value;
const news = (text: string) => first(findMentions(text, PUBLISHED));
const timeml = (text: string) => first(findTimemlMentions(text, PUBLISHED));

describe('a state kept in the present or ahead, right before a date', () => {
  it.each([
    ['The museum will stay closed on Christmas Day.', '2026-12-25'],
    ['The museum will remain closed on Friday.', '2026-12-25'],
    ['The shops will remain shut on Easter Monday.', '2027-03-29'],
    ['Schools are to remain closed on Monday.', '2026-12-28'],
    ['The office stays closed on Boxing Day.', '2026-12-26'],
    ["The tip won't stay open on Sunday, the council said.", '2026-12-27'],
  ])('reads %j as the day to come, %s', (text, value) => {
    expect(news(text)).toBe(value);
    expect(timeml(text)).toBe(value);
  });

  it.each([
    ['The museum stayed closed on Friday.', '2026-12-18'],
    ['The bridge remained shut on Monday after the crash.', '2026-12-21'],
  ])('keeps a past of keeping in %j as the day gone by, %s', (text, value) => {
    expect(news(text)).toBe(value);
    expect(timeml(text)).toBe(value);
  });

  it.each([
    'The museum will stay closed on ',
    'Shops remain shut ',
    'The park is kept open for children on ',
  ])('takes %j for a state kept', (words) => {
    expect(isStateKeptBefore(words)).toBe(true);
  });

  it.each([
    'The museum stayed closed on ',
    'The road was kept closed on ',
    'The park stays busy on ',
  ])('takes %j for no state kept ahead', (words) => {
    expect(isStateKeptBefore(words)).toBe(false);
  });

  it('keeps a present in a relative clause as before ("Shops that stay open on Boxing Day report strong sales this year", said on 28 December)', () => {
    const text = 'Shops that stay open on Boxing Day report strong sales this year.';
    const at = { published: '2026-12-28', locale: 'en-GB' } as const;
    expect(first(findMentions(text, at))).toBe('2026-12-26');
    expect(first(findTimemlMentions(text, at))).toBe('2026-12-26');
    expect(isStateKeptBefore('Shops that stay open on ')).toBe(false);
  });

  it('keeps "The bridge remains closed after the crash on Monday" as the Monday gone by: only a short phrase of what the state is to or for may follow it', () => {
    const text = 'The bridge remains closed after the crash on Monday.';
    expect(news(text)).toBe('2026-12-21');
    expect(timeml(text)).toBe('2026-12-21');
  });

  it('keeps "The road stays closed on Monday after a lorry overturned" as the Monday gone by, the past story after it', () => {
    const text = 'The road stays closed on Monday after a lorry overturned.';
    expect(news(text)).toBe('2026-12-21');
    expect(timeml(text)).toBe('2026-12-21');
  });
});
