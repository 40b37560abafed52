import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPlaceAfterPart } from './placeAfterPart.ts';

// Thursday 12 March 2026.
const PUBLISHED = { published: '2026-03-12', locale: 'en-US' } as const;
const read = (found: { text: string; value: string }[]) => found.map((m) => [m.text, m.value]);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));

describe('a place after a bare part of the day', () => {
  it.each([
    ['The Nikkei was off 310 points by midafternoon in Tokyo.', 'midafternoon', '2026-03-12TAF'],
    [
      'Shares in the lender were 8% higher by mid-morning in Frankfurt.',
      'mid-morning',
      '2026-03-12TMO',
    ],
    [
      'Oil was trading at $71 a barrel by midafternoon in New York.',
      'midafternoon',
      '2026-03-12TAF',
    ],
    ['Most of the crowd had gone home by dusk in Gaza.', 'dusk', '2026-03-12TEV'],
  ])('reads %j as that day', (text, words, value) => {
    expect(news(text)).toEqual([[words, '2026-03-12']]);
    expect(timeml(text)).toEqual([[words, value]]);
  });

  it.each([
    // a lower-case word after "in" is no place
    'The index was down 20 points by midafternoon in thin trading.',
    // a month after "in" is a time, no place
    'The index was down 20 points by midafternoon in March.',
  ])('leaves %j to the words after the part of the day', (text) => {
    expect(news(text).filter(([words]) => words === 'midafternoon')).toEqual([]);
  });

  it.each([' in Tokyo.', ' in New York', ' in Hong Kong,'])('takes %j for a place', (words) => {
    expect(isPlaceAfterPart(words)).toBe(true);
  });

  it.each([' in trading', ' in March', ' in Sept.', ' on Friday'])(
    'takes %j for no place',
    (words) => {
      expect(isPlaceAfterPart(words)).toBe(false);
    },
  );

  it('reads "By midafternoon in Hong Kong, the Hang Seng was down 1.2%" as that day, the tense after the place', () => {
    const text = 'By midafternoon in Hong Kong, the Hang Seng was down 1.2%.';
    expect(news(text)).toEqual([['midafternoon', '2026-03-12']]);
    expect(timeml(text)).toEqual([['midafternoon', '2026-03-12TAF']]);
  });

  it.each([
    // a habit: a clause neither in the past nor after a modal
    ['Trains to the coast usually run until late evening in Cornwall.', 'late evening'],
    ['Lights go off by midevening in Reykjavik during the summer.', 'midevening'],
    // a day after the place is the day's
    ['By early evening in Tokyo on Friday, the yen had weakened further.', 'early evening'],
    ['Most of the crowd had gone home by dusk in Gaza on Sunday.', 'dusk'],
  ])('reads no day of the story for the part of the day in %j', (text, words) => {
    expect(news(text).filter(([w]) => w === words)).toEqual([]);
    expect(timeml(text).filter(([w]) => w === words)).toEqual([]);
  });

  it.each([' in Tokyo on Friday,', ' in Central Park on Sunday.', ' in Gaza yesterday'])(
    "takes %j for a place with a day after it, no place of the story's day",
    (words) => {
      expect(isPlaceAfterPart(words)).toBe(false);
    },
  );

  it('still reads "Protesters spent the night in the square outside parliament" as the night before: the place is asked only after a middle, start or end of a part', () => {
    const text = 'Protesters spent the night in the square outside parliament.';
    expect(news(text)).toEqual([['the night', '2026-03-11']]);
    expect(timeml(text)).toEqual([['the night', '2026-03-11TNI']]);
  });
});
