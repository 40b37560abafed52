import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 14 May 2026.
const MAY = { published: '2026-05-14', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MAY).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) => findTimemlMentions(text, MAY).map((m) => `${m.text} ${m.value}`);

describe('a year called a calendar year', () => {
  it('reads "calendar 2027" whole as the year, in both readings', () => {
    const text = 'EE said the upgrade would be completed in calendar 2027.';
    expect(news(text)).toEqual(['calendar 2027 2027']);
    expect(timeml(text)).toEqual(['calendar 2027 2027']);
  });

  it('reads "fiscal 2027" whole, as before', () => {
    expect(news('Oracle raised its outlook for fiscal 2027.')).toEqual(['fiscal 2027 2027']);
  });
});
