import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '2026-01-06', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('a bare later part of the day after a deadline', () => {
  it('reads "Snow showers will ease, with clearer skies by evening" as the evening of the day', () => {
    const text = 'Snow showers will ease, with clearer skies by evening.';
    expect(read(text)).toEqual(['evening = 2026-01-06']);
    expect(readTimeml(text)).toEqual(['evening = 2026-01-06TEV']);
  });

  it('reads "The crowds had thinned by evening" and "Showers will die out towards evening"', () => {
    expect(read('The crowds had thinned by evening.')).toEqual(['evening = 2026-01-06']);
    expect(readTimeml('Showers will die out towards evening.')).toEqual([
      'evening = 2026-01-06TEV',
    ]);
  });

  it('reads "Fog will linger until afternoon" as the afternoon of the day', () => {
    expect(readTimeml('Fog will linger until afternoon.')).toEqual(['afternoon = 2026-01-06TAF']);
  });

  it('does not read "by morning", a schedule, nor "at evening"', () => {
    expect(read('Rain will ease by morning.')).toEqual([]);
    expect(read('The office closes by evening.')).toEqual([]);
    expect(read('The bells were rung at evening.')).toEqual([]);
  });

  it('does not read "Volunteers worked from morning till evening, clearing the snow", a whole day\'s span', () => {
    const text = 'Volunteers worked from morning till evening, clearing the snow.';
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([]);
    expect(read('Volunteers worked from noon until evening.')).toContain('evening = 2026-01-06');
  });

  it('leaves "by evening on Friday" to the Friday', () => {
    expect(read('Winds will ease by evening on Friday.')).toEqual(['Friday = 2026-01-09']);
  });
});
