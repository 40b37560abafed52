import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { tenseAround } from './tenseAround.ts';

const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const; // a Thursday
const news = (text: string) =>
  findMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);
const tense = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
};

describe('a count before a date that opens the sentence', () => {
  it('takes the tense of the main clause after its comma, as the count after that clause does', () => {
    expect(tense('Two weeks before Sunday, prices rose sharply.', 'Sunday')).toBe('past');
    expect(tense('Three days before Friday, the talks collapsed.', 'Friday')).toBe('past');
    expect(tense('A month before Saturday, the club sold its ground.', 'Saturday')).toBe('past');
    // Near misses: a main clause that looks ahead, and one that reports a saying.
    expect(tense('Two weeks before Sunday, prices will rise.', 'Sunday')).toBe('future');
    expect(tense('Two weeks before Sunday, officials said prices would rise.', 'Sunday')).toBe(
      'future',
    );
  });

  it('reads "Two weeks before Sunday, prices rose sharply." as the unfronted sentence reads it', () => {
    expect(news('Two weeks before Sunday, prices rose sharply.')).toEqual([
      ['Two weeks before Sunday', 'DATE', '2024-02-25'],
    ]);
    expect(news('Prices rose sharply two weeks before Sunday.')).toEqual([
      ['two weeks before Sunday', 'DATE', '2024-02-25'],
    ]);
    expect(news('Three days before Saturday, the team lost its coach.')).toEqual([
      ['Three days before Saturday', 'DATE', '2024-03-06'],
    ]);
  });

  it('reads the weekday a fronted span ends at by the main clause, the span kept apart', () => {
    expect(news('In the two weeks before Sunday, prices rose.')).toEqual([
      ['two weeks before', 'DATE', '2024-03-10'],
      ['Sunday', 'DATE', '2024-03-10'],
    ]);
    expect(news('In the final two days before Sunday, volunteers knocked on doors.')).toEqual([
      ['two days before', 'DATE', '2024-03-10'],
      ['Sunday', 'DATE', '2024-03-10'],
    ]);
    expect(news('Over the past two weeks before Friday, shares lost a fifth.')).toEqual([
      ['two weeks before', 'DATE', '2024-03-08'],
      ['Friday', 'DATE', '2024-03-08'],
    ]);
    expect(timeml('In the two weeks before Sunday, prices rose.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
      ['Sunday', 'DATE', '2024-03-10'],
    ]);
  });

  it('keeps the coming weekday for a fronted span or count whose main clause looks ahead', () => {
    expect(news('In the two weeks before Sunday, prices will rise.')).toEqual([
      ['two weeks before', 'DATE', '2024-03-17'],
      ['Sunday', 'DATE', '2024-03-17'],
    ]);
    expect(
      tense('In the final two days before Sunday, volunteers will knock on doors.', 'Sunday'),
    ).toBe('future');
  });

  it('reads a fronted count before a holiday in a past clause as the holiday gone by', () => {
    const march12 = { published: '2025-03-12', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, march12).map((m) => m.value);
    expect(values('Two days before Christmas, shoppers flocked to the malls.')).toEqual([
      '2024-12-23',
    ]);
    // Near miss: the main clause looks ahead.
    expect(values('Two days before Christmas, shoppers will flock to the malls.')).toEqual([
      '2025-12-23',
    ]);
  });

  it('reads "Three weeks before Easter, the church held a fundraiser." as 10 March 2024, the coming Easter less three weeks being gone by', () => {
    expect(news('Three weeks before Easter, the church held a fundraiser.')).toEqual([
      ['Three weeks before Easter', 'DATE', '2024-03-10'],
    ]);
    expect(timeml('Three weeks before Easter, the church held a fundraiser.')).toEqual([
      ['Three weeks', 'DURATION', 'P3W'],
      ['Easter', 'DATE', '2024-03-31'],
    ]);
  });

  it('reads "Two weeks before Christmas, shoppers flocked to the malls.", told on 20 December, as 11 December of that year', () => {
    const december20 = { published: '2023-12-20', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, december20).map((m) => m.value);
    expect(values('Two weeks before Christmas, shoppers flocked to the malls.')).toEqual([
      '2023-12-11',
    ]);
    expect(
      findTimemlMentions(
        'Two weeks before Christmas, shoppers flocked to the malls.',
        december20,
      ).map((m) => m.value),
    ).toEqual(['P2W', '2023-12-25']);
    // Near misses: from the coming Christmas two days back is still ahead, so the past clause is
    // last year's; and a span ends on its holiday, which is not gone by.
    expect(values('Two days before Christmas, shoppers flocked to the malls.')).toEqual([
      '2022-12-23',
    ]);
    expect(values('In the two weeks before Christmas, retail sales jumped.')).toEqual([
      '2022-12-25',
      '2022-12-25',
    ]);
  });

  it('reads a fronted count before a day and month in a past clause as gone by', () => {
    expect(news('Three days before March 20, the deal collapsed.')).toEqual([
      ['Three days before March 20', 'DATE', '2023-03-17'],
    ]);
  });
});
