import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { SERVING_VERB } from './servingVerb.ts';

const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a count of time served before or after an event', () => {
  it.each([
    ['He served 11 years before he was freed.', '11 years = P11Y'],
    ['He must serve 22 years before he can be considered for parole.', '22 years = P22Y'],
    ['The former mayor served two years before he resigned.', 'two years = P2Y'],
    ['Prisoners serving six months before release are given help.', 'six months = P6M'],
  ])('reads %j as the length served, in both readings', (text, length) => {
    expect(news(text)).toEqual([length]);
    expect(timeml(text)).toEqual([length]);
  });

  it('keeps a paper served in the passive a count from the event in the news reading', () => {
    expect(news('The notice was served two days before the hearing.')).toEqual([]);
    expect(news('The papers had been served a week after the crash.')).toEqual([
      'a week after = PAST_REF',
    ]);
  });

  it('keeps a paper served, its participle after it, a count from the event', () => {
    expect(news('A summons served two days before the hearing was thrown out.')).toEqual([]);
    expect(
      news('The eviction notice, served three days before Christmas, was ruled invalid.'),
    ).toEqual(['three days before Christmas = 2025-12-22']);
  });

  it('holds the verbs of serving, not their passive', () => {
    const verb = new RegExp(`\\b(?:${SERVING_VERB})\\s+$`, 'i');
    expect(verb.test('He served ')).toBe(true);
    expect(verb.test('must serve ')).toBe(true);
    expect(verb.test('was served ')).toBe(false);
    expect(verb.test('been served ')).toBe(false);
    expect(verb.test('He deserved ')).toBe(false);
    expect(verb.test('The injunction, served ')).toBe(false);
  });
});
