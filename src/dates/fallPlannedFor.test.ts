import { describe, expect, it } from 'vitest';
import { fallPlannedFor } from './fallPlannedFor.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 3 July 2025.
const AT = { published: '2025-07-03', locale: 'en-US' } as const;
const fallValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /fall/i.test(m.text))?.value;
const news = (text: string) => fallValue(findMentions(text, AT));
const timeml = (text: string) => fallValue(findTimemlMentions(text, AT));

describe('a fall a thing is arranged for', () => {
  it.each([
    'A private burial took place Wednesday, and a public memorial is planned for the fall.',
    'The vote is scheduled for the fall.',
    'The reopening is slated for the fall.',
  ])('reads %j as the coming fall, 2025-FA', (text) => {
    expect(news(text)).toBe('2025-FA');
    expect(timeml(text)).toBe('2025-FA');
  });

  it.each([
    // a fall of something
    'The rally is set for the fall of the regime.',
    // no participle of arranging
    'Investors braced for the fall.',
    // "due for the fall": a drop
    'Stocks were due for the fall that came in October 1987, he argued.',
    // a name: the band
    "His band was booked as the support act, set for The Fall's tour of Britain.",
  ])('reads no season in %j', (text) => {
    expect(news(text)).toBeUndefined();
    expect(timeml(text)).toBeUndefined();
  });

  it('finds the participle and "for" right before the word only', () => {
    const text = 'A memorial is planned for the fall.';
    expect(fallPlannedFor(text, text.indexOf('the fall'))).toBe(true);
    expect(fallPlannedFor('Investors braced for the fall.', 20)).toBe(false);
  });
});
