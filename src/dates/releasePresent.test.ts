import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 3 December 2026: the Friday ahead is 4 December, the one gone by 27 November.
const THURSDAY = { published: '2026-12-03', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('the present of a release that drops or streams on a date', () => {
  it('reads "Season four drops on Netflix on Friday" as the coming Friday', () => {
    const text = 'Season four drops on Netflix on Friday.';
    expect(news(text)).toEqual(['on Friday = 2026-12-04']);
    expect(timeml(text)).toEqual(['Friday = 2026-12-04']);
  });

  it('reads "The special streams on Christmas Day" as the coming Christmas', () => {
    const text = 'The special streams on Christmas Day.';
    expect(news(text)).toEqual(['Christmas Day = 2026-12-25']);
    expect(timeml(text)).toEqual(['Christmas Day = 2026-12-25']);
  });

  it('reads "Series 2 drops on Christmas Day" and "It streams on Disney+ from Christmas Day" ahead', () => {
    expect(news('Series 2 drops on Christmas Day.')).toEqual(['Christmas Day = 2026-12-25']);
    expect(news('Part two drops Friday on Netflix.')).toEqual(['Friday = 2026-12-04']);
    expect(news("The show's third season drops all eight episodes on Friday.")).toEqual([
      'on Friday = 2026-12-04',
    ]);
    expect(news('It streams on Disney+ from Christmas Day.')).toEqual([
      'Christmas Day = 2026-12-25',
    ]);
  });

  it('leaves a price that drops and streams of something else to the tense', () => {
    expect(news('Oil drops on Friday.')).toEqual(['on Friday = 2026-11-27']);
    expect(news('Music streams rose on Friday.')).toEqual(['on Friday = 2026-11-27']);
    expect(news('It drops on Christmas Day.')).toEqual(['Christmas Day = 2025-12-25']);
  });

  it('leaves a release that falls in the ratings or at the box office to the tense', () => {
    expect(news('The drama drops two places in the ratings on Monday, figures showed.')).toEqual([
      'on Monday = 2026-11-30',
    ]);
    expect(news('The show drops to third place on Monday.')).toEqual(['on Monday = 2026-11-30']);
    expect(news('The drama drops in the ratings on Monday.')).toEqual(['on Monday = 2026-11-30']);
  });
});
