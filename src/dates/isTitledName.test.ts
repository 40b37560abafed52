import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isTitledName } from './isTitledName.ts';

// Tuesday 19 May 2026.
const PUBLISHED = { published: '2026-05-19', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a month in a name after a title', () => {
  it.each([
    'Judge Anne March said the defendant had shown no remorse.',
    'Detective Inspector Paul March said inquiries were continuing.',
    'Officer April Jones was treated and released.',
    'Judge June Lee adjourned the case.',
  ])('reads no date in %j, in both readings', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('reads "Judge Anne March said on Friday that he would be sentenced in April" for its dates', () => {
    const text = 'Judge Anne March said on Friday that he would be sentenced in April.';
    expect(news(text)).toEqual(['on Friday = 2026-05-15', 'April = 2027-04']);
    expect(timeml(text)).toEqual(['Friday = 2026-05-15', 'April = 2027-04']);
  });

  it.each([
    ['Judge Martin Friday ruled that the witness could testify.', 'Friday = 2026-05-15'],
    ['Justice Thomas Monday wrote a sharp dissent.', 'Monday = 2026-05-18'],
    ['Sheriff Scott Monday said deputies had recovered the gun.', 'Monday = 2026-05-18'],
  ])('keeps the weekday in %j, a surname the tagger takes for a first name', (text, day) => {
    expect(news(text)).toEqual([day]);
    expect(timeml(text)).toEqual([day]);
  });

  it('keeps the weekday after a title and a surname ("Judge Smith Monday ruled")', () => {
    expect(news('Judge Smith Monday ruled that the case could proceed.')).toEqual([
      'Monday = 2026-05-18',
    ]);
    expect(news('Sheriff Tom Dart Friday said the jail was full.')).toEqual([
      'Friday = 2026-05-15',
    ]);
  });

  it('keeps a month with a figure after it, or a first-name month before a word of the calendar', () => {
    const text = 'Sgt. Paul March 3 shift';
    expect(isTitledName(text, 10, 15)).toBe(false);
    expect(isTitledName('Sgt. Paul March said', 10, 15)).toBe(true);
    expect(isTitledName('Officer April Fools Day', 8, 13)).toBe(false);
    expect(isTitledName('Officer April Jones', 8, 13)).toBe(true);
  });

  it('keeps a month or weekday after a first name with no title before it', () => {
    expect(isTitledName('said Anne March', 10, 15)).toBe(false);
    expect(isTitledName('Judge Anne March', 11, 16)).toBe(true);
    expect(news('The case was heard by Anne in March.')).toEqual(['March = 2026-03']);
  });
});
