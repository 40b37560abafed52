import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const read = (found: { text: string; value: string }[]) => found.map((m) => `${m.text} ${m.value}`);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));

describe('"within the" and a unit', () => {
  it('reads "Firefighters arrived within the hour" as a length of an hour', () => {
    expect(news('Firefighters arrived within the hour.')).toEqual(['the hour PT1H']);
    expect(timeml('Firefighters arrived within the hour.')).toEqual(['the hour PT1H']);
  });

  it.each([
    ['A decision is expected within the week.', ['the week P1W']],
    ['The company said it would respond within the month.', ['the month P1M']],
    ['Ministers promised a reply within the fortnight.', ['the fortnight P2W']],
    ['The plant is expected to close within the year.', ['the year P1Y']],
    ['Within the hour, the video had been shared 10,000 times.', ['the hour PT1H']],
  ])('reads %j as a length, in both readings', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it.each([
    ['Prices rose within the month of May.', 'the month'],
    ['Sales fell within the year 2025.', 'the year'],
    ["Bids arrived within the week's deadline.", 'the week'],
    ['Voting closed within the hour-long window.', 'the hour'],
  ])('does not read %j as a length of one unit', (text, words) => {
    expect(news(text).some((m) => m.startsWith(words))).toBe(false);
  });
});
