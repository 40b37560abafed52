import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { UP_FOR_CHOICE } from './upForChoice.ts';

// A Tuesday in May: the coming November is this year's, the last one 2021's.
const PUBLISHED = { published: '2022-05-03', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('a choice something is up for', () => {
  it.each([
    'The senator, who is up for re-election in November, voted against the measure.',
    'Both seats are up for grabs in November.',
    'The treaty comes up for renewal in November.',
  ])('looks ahead in %j, in both readings', (text) => {
    expect(news(text)).toEqual(['November 2022-11']);
    expect(timeml(text)).toEqual(['November 2022-11']);
  });

  it('keeps a past of the same words gone by', () => {
    expect(news('The seat was up for election in November.')).toEqual(['November 2021-11']);
    expect(news('The bill came up for a vote in November.')).toEqual(['November 2021-11']);
  });

  it('needs a present verb before "up for"', () => {
    expect(new RegExp(UP_FOR_CHOICE, 'i').test('is up for re-election')).toBe(true);
    expect(new RegExp(UP_FOR_CHOICE, 'i').test('was up for re-election')).toBe(false);
    expect(new RegExp(UP_FOR_CHOICE, 'i').test('is up for it')).toBe(false);
  });
});
