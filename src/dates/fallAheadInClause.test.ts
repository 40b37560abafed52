import { describe, expect, it } from 'vitest';
import { fallAheadInClause } from './fallAheadInClause.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026, before the year's fall.
const MARCH = { published: '2026-03-11', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MARCH).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) => findTimemlMentions(text, MARCH).map((m) => `${m.text} ${m.value}`);

describe('"the fall" looked ahead to from further on in its clause', () => {
  it('reads a returning series "in the fall" as the coming fall in both readings', () => {
    const text = 'The series returns for a fourth season in the fall.';
    expect(news(text)).toEqual(['the fall 2026-FA']);
    expect(timeml(text)).toEqual(['the fall 2026-FA']);
  });

  it('reads "in the fall" after a gerund that a "will" governs as the coming fall', () => {
    expect(
      news('The band will tour Europe this summer before recording a new album in the fall.'),
    ).toEqual(['this summer 2026-SU', 'the fall 2026-FA']);
  });

  it('reads "by the fall" after a plan and its infinitive as the coming fall', () => {
    const text = 'The stadium is expected to finish by the fall.';
    expect(news(text)).toEqual(['the fall 2026-FA']);
    expect(timeml(text)).toEqual(['the fall 2026-FA']);
  });

  it('reads a rise by a share or a sum before "in the fall" as the coming fall', () => {
    expect(news('Tuition will rise 3% in the fall.')).toEqual(['the fall 2026-FA']);
    expect(timeml('Fees will go up by $200 in the fall.')).toEqual(['the fall 2026-FA']);
    expect(news('Enrollment is expected to grow 5% by the fall.')).toEqual(['the fall 2026-FA']);
    expect(news('In-state tuition will climb 4.5% in the fall.')).toEqual(['the fall 2026-FA']);
    expect(news('Room and board will cost $1,500 more in the fall.')).toEqual(['the fall 2026-FA']);
  });

  it('reads no season after a past rise by a share, nor a drop in prices', () => {
    expect(news('Tuition rose 3% in the fall.')).toEqual([]);
    expect(news('Tuition climbed 4.5% in the fall, the report said.')).toEqual([]);
    expect(news('Prices will rise 3% in the fall in oil prices.')).toEqual([]);
  });

  it('reads no season where a past verb after the cue tells what happened in the fall', () => {
    expect(news('Doctors will examine the bruises he suffered in the fall.')).toEqual([]);
    expect(news('Investigators will study how the rope snapped in the fall.')).toEqual([]);
  });

  it('reads no season where the sentence tells a tumble', () => {
    expect(news('She will miss the season after breaking her wrist in the fall.')).toEqual([]);
  });

  it('reads no season in "the fall of" a city', () => {
    expect(news('The exhibition will look at life in the fall of Saigon.')).toEqual([]);
  });

  it('reads no season in a fall in prices, after "in" or "by" alike', () => {
    const text = 'Investors will look for a rebound in the fall in oil prices.';
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
    expect(news('Retailers are expected to be squeezed by the fall in consumer spending.')).toEqual(
      [],
    );
    expect(news('Analysts will be surprised by the fall in copper prices.')).toEqual([]);
  });

  it('still reads the coming fall before "in" and a place, or "in a"', () => {
    expect(news('The series returns for a fourth season in the fall in Britain.')).toEqual([
      'the fall 2026-FA',
    ]);
    expect(news('The album will be released in the fall in a deluxe edition.')).toEqual([
      'the fall 2026-FA',
    ]);
  });
});

describe('fallAheadInClause', () => {
  it('finds a present verb of schedule a few words back', () => {
    expect(fallAheadInClause('The series returns for a fourth season')).toBe(true);
  });

  it('finds no cue in a clause of its own after a comma', () => {
    expect(fallAheadInClause('The show will tour, and the actors rested')).toBe(false);
  });

  it('finds no cue more than ten words back', () => {
    expect(
      fallAheadInClause('It will start with a long list of songs from the first album she put out'),
    ).toBe(false);
  });

  it('finds no cue in a clause told with a past auxiliary', () => {
    expect(fallAheadInClause('The band had planned to tour before recording an album')).toBe(false);
  });
});
