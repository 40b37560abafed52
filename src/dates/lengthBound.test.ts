import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { LENGTH_BOUND } from './lengthBound.ts';

const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a bound between a word of lasting and its count', () => {
  it.each([
    ['He had been dead for up to a week before his body was discovered.', 'up to a week = P1W'],
    ['He must serve a minimum of 22 years before he is eligible for parole.', '22 years = P22Y'],
    ['She waited at least two hours before police arrived.', 'at least two hours = PT2H'],
    ['Tenants were given up to 60 days after the sale to move out.', 'up to 60 days = P60D'],
    ['The truce held for around 72 hours before fighting resumed.', 'around 72 hours = PT72H'],
  ])('reads %j as a length, in both readings', (text, length) => {
    expect(news(text)).toEqual([length]);
    expect(timeml(text)).toEqual([length]);
  });

  it('keeps a bounded count with no word of lasting before it a count from the event', () => {
    expect(news('He bought the knife up to a week before the attack.')).toEqual([]);
  });

  it('holds bounds and roundings, optional', () => {
    const bound = new RegExp(`\\bfor ${LENGTH_BOUND}$`);
    expect(bound.test('for up to ')).toBe(true);
    expect(bound.test('for a minimum of ')).toBe(true);
    expect(bound.test('for ')).toBe(true);
    expect(bound.test('for half of ')).toBe(false);
  });
});
