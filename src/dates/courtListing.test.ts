import { describe, expect, it } from 'vitest';
import { COURT_LISTING } from './courtListing.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday in March: the coming June is this year's, the last one 2025's.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a case listed for a court sitting', () => {
  it.each([
    'The appeal is listed for a two-day hearing in June.',
    'The case is listed for trial in June.',
    'The trial is listed to start in June.',
    'The case has been listed for sentencing in June.',
  ])('looks ahead in %j, in both readings', (text) => {
    expect(news(text)).toContain('June = 2026-06');
    expect(timeml(text)).toContain('June = 2026-06');
  });

  it('keeps a listing told in the past, and a sale, gone by', () => {
    expect(news('The case was listed for trial in June.')).toEqual(['June = 2025-06']);
    expect(news('The house was listed for sale in June.')).toEqual(['June = 2025-06']);
  });

  it('needs a sitting of a court or an infinitive of one after "listed"', () => {
    const listing = new RegExp(COURT_LISTING, 'i');
    expect(listing.test('is listed for a preliminary hearing')).toBe(true);
    expect(listing.test('is listed for sale')).toBe(false);
    expect(listing.test('was listed for trial')).toBe(false);
  });
});
