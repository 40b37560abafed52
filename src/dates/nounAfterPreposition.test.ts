import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { NOUN_AFTER_PREPOSITION } from './nounAfterPreposition.ts';

// Wednesday 11 March 2026: Friday gone by is the 6th, the coming one the 13th.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a verb of schedule after a preposition, a plural noun', () => {
  it('reads "Police went to the house on Friday after reports of a fight" as the Friday gone by', () => {
    const text = 'Police went to the house on Friday after reports of a fight.';
    expect(news(text)).toEqual(['on Friday = 2026-03-06']);
    expect(timeml(text)).toEqual(['Friday = 2026-03-06']);
  });

  it.each([
    [
      'Police were called to the flat shortly before 11pm on Friday after reports of a disturbance.',
      '11pm on Friday = 2026-03-06T23:00',
    ],
    ['Officers searched the house on Friday amid reports of a fight.', 'on Friday = 2026-03-06'],
    ['The bill passed on Tuesday after votes in both houses.', 'on Tuesday = 2026-03-10'],
    [
      'Officers went to the street on Saturday after two reports of gunfire.',
      'on Saturday = 2026-03-07',
    ],
    [
      'Officers went to the street on Saturday after 3 reports of gunfire.',
      'on Saturday = 2026-03-07',
    ],
    [
      'The gallery closed its doors on Monday following visits from inspectors.',
      'on Monday = 2026-03-09',
    ],
  ])('reads %j by its own past verb, in the news reading', (text, value) => {
    expect(news(text)).toEqual([value]);
  });

  it('reads "Police were called on Friday after reports" alike in TimeML mode', () => {
    expect(timeml('Officers searched the house on Friday amid reports of a fight.')).toEqual([
      'Friday = 2026-03-06',
    ]);
  });

  it('keeps a verb of schedule after its subject ("Apple reports earnings on Thursday") ahead', () => {
    expect(news('Apple reports earnings on Thursday.')).toEqual(['on Thursday = 2026-03-12']);
    expect(timeml('Apple reports earnings on Thursday.')).toEqual(['Thursday = 2026-03-12']);
    expect(news('The court hears the case on Monday.')).toEqual(['on Monday = 2026-03-16']);
  });

  it.each([
    ['The law she campaigned for takes effect in April.', 'April = 2026-04'],
    ['The exhibition he worked on opens on Friday.', 'on Friday = 2026-03-13'],
    ['The man he was arrested with appears in court on Thursday.', 'on Thursday = 2026-03-12'],
    ['The course she signed up for starts on Monday.', 'on Monday = 2026-03-16'],
  ])('keeps %j ahead, the preposition left at the end of a relative clause', (text, value) => {
    expect(news(text)).toEqual([value]);
  });

  it('stops after a preposition and nothing else', () => {
    const verb = new RegExp(`${NOUN_AFTER_PREPOSITION}\\breports\\b`);
    expect(verb.test('after reports')).toBe(false);
    expect(verb.test('amid reports')).toBe(false);
    expect(verb.test('after two reports')).toBe(false);
    expect(verb.test('two reports')).toBe(true);
    expect(new RegExp(`${NOUN_AFTER_PREPOSITION}\\bcomes`).test('after 2023 comes')).toBe(true);
    expect(verb.test('Apple reports')).toBe(true);
    expect(verb.test('operator reports')).toBe(true);
  });
});
