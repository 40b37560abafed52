import { describe, expect, it } from 'vitest';
import { ALLOWANCE_VERB, GRANTING_VERB } from './allowanceVerb.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const PUBLISHED = { published: '2026-06-17', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a count of time allowed before or after an event', () => {
  it.each([
    ['Graduates have six months before they must start repaying their loans.', 'six months = P6M'],
    ['Defendants have 30 days after the ruling to appeal.', '30 days = P30D'],
    ['The board had two weeks before the vote to review the plan.', 'two weeks = P2W'],
    ['Tenants were given 60 days after the sale to move out.', '60 days = P60D'],
  ])('reads %j as the length allowed, in both readings', (text, length) => {
    expect(news(text)).toEqual([length]);
    expect(timeml(text)).toEqual([length]);
  });

  it('keeps a count after another word than the verb a count from the event', () => {
    expect(news('He had surgery two days after the crash.')).toEqual(['two days after = PAST_REF']);
  });

  it('keeps a thing given, with nothing it is allowed for after it, a count from the event', () => {
    expect(news('The award was granted two years after his death.')).toEqual([
      'two years after = PAST_REF',
    ]);
    expect(news('Permission was given six months after the application was filed.')).toEqual([
      'six months after = PAST_REF',
    ]);
  });

  it('holds only verbs of having, and of giving apart', () => {
    const verb = new RegExp(`^(?:${ALLOWANCE_VERB})$`, 'i');
    expect(['has', 'had', 'got', 'gets'].every((w) => verb.test(w))).toBe(true);
    expect(verb.test('hosted')).toBe(false);
    expect(verb.test('given')).toBe(false);
    expect(new RegExp(`^(?:${GRANTING_VERB})$`, 'i').test('given')).toBe(true);
  });
});
