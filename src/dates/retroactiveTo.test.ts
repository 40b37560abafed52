import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { RETROACTIVE_TO } from './retroactiveTo.ts';

// A Wednesday in September: Jan. 1 gone by is 2026's, the coming one 2027's.
const PUBLISHED = { published: '2026-09-02', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a date a measure is retroactive to', () => {
  it.each([
    'The pay raise is retroactive to Jan. 1.',
    'The tax cut will be retroactive to Jan. 1.',
    'Pensions are backdated to Jan. 1.',
  ])('reads %j as the day gone by, in both readings', (text) => {
    expect(news(text)).toEqual(['Jan. 1 = 2026-01-01']);
    expect(timeml(text)).toEqual(['Jan. 1 = 2026-01-01']);
  });

  it('leaves "effective Jan. 1" ahead', () => {
    expect(news('The pay raise is effective Jan. 1.')).toEqual(['Jan. 1 = 2027-01-01']);
  });

  it('needs "to" or "until" right before the date', () => {
    expect(RETROACTIVE_TO.test('The raise is retroactive to ')).toBe(true);
    expect(RETROACTIVE_TO.test('The raise is retroactive and starts ')).toBe(false);
  });
});
