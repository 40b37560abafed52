import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isShareOfDecadeUnderWay } from './isShareOfDecadeUnderWay.ts';

// Wednesday 8 July 2026.
const PUBLISHED = { published: '2026-07-08', locale: 'en-GB' } as const;
const decadeOf = (found: { text: string; value: string }[]) =>
  found.find((m) => /decade/.test(m.text))?.value;
const news = (text: string) => decadeOf(findMentions(text, PUBLISHED));
const timeml = (text: string) => decadeOf(findTimemlMentions(text, PUBLISHED));
const underWay = (text: string) =>
  isShareOfDecadeUnderWay(text, text.indexOf('the decade'), 'unknown', PUBLISHED.published);

describe('a share of the decade with no other time named', () => {
  it.each([
    'The shares have underperformed for most of the decade.',
    'The party has held the seat for much of the decade.',
    'Rents have climbed through much of the decade before levelling off.',
    'Inflation has stayed below target for the bulk of the decade.',
    'The club expects to play away from home for most of the decade.',
  ])('reads "the decade" in %j as the decade under way, in both readings', (text) => {
    expect(news(text)).toBe('202X');
    expect(timeml(text)).toBe('202X');
  });

  it('still reads "Born in 1938, she spent most of the decade in Canada" as the story\'s decade', () => {
    expect(news('Born in 1938, she spent most of the decade in Canada.')).toBe('193X');
    expect(timeml('Born in 1938, she spent most of the decade in Canada.')).toBe('193X');
  });

  it.each([
    'In the 1980s the firm grew for most of the decade.',
    "The band was big in the '70s and toured for most of the decade.",
    'The eighties were hard, and the mill was shut for much of the decade.',
  ])('does not read %j as the decade under way: a decade or year is named before', (text) => {
    expect(underWay(text)).toBe(false);
    expect(news(text)).not.toBe('202X');
    expect(timeml(text)).not.toBe('202X');
  });

  it.each([
    'He spent all of the decade abroad.',
    'She was ill for part of the decade.',
    'The town was quiet throughout the decade.',
  ])('leaves %j unread: not a share of "most", "much" or "the bulk"', (text) => {
    expect(underWay(text)).toBe(false);
    expect(news(text)).toBeUndefined();
    expect(timeml(text)).toBeUndefined();
  });

  it.each([
    'She spent most of the decade abroad.',
    'The party held the seat for much of the decade.',
  ])('leaves %j unread: a simple past tells a time the story does not give', (text) => {
    expect(news(text)).toBeUndefined();
    expect(timeml(text)).toBeUndefined();
  });

  it('leaves "the decade before the war" unread, but not "much of the decade before levelling off"', () => {
    expect(news('Much of the decade before the war was lost to strikes.')).toBeUndefined();
    expect(timeml('Much of the decade before the war was lost to strikes.')).toBeUndefined();
  });

  it('reads a year named two sentences back as no bar', () => {
    const text =
      'The firm was founded in 1990. It grew fast. Rents have risen for most of the decade.';
    expect(underWay(text)).toBe(true);
    expect(news(text)).toBe('202X');
  });

  it('leaves "House prices have risen for most of the decade", said on 5 January 2030, unread: the decade gone by, not the one begun', () => {
    const text = 'House prices have risen for most of the decade, the report found.';
    const opts = { published: '2030-01-05', locale: 'en-GB' } as const;
    expect(decadeOf(findMentions(text, opts))).toBeUndefined();
    expect(decadeOf(findTimemlMentions(text, opts))).toBeUndefined();
  });
});
