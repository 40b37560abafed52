import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 17 June 2026.
const WEDNESDAY = { published: '2026-06-17', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`);

describe('a count before "after" or "before" a dose or a clinical event is the interval of a regimen', () => {
  it('reads "The CDC recommends that adults 65 and older get a second dose six months after the first" as a length of six months', () => {
    const text =
      'The CDC recommends that adults 65 and older get a second dose six months after the first.';
    expect(news(text)).toEqual(['six months = P6M']);
    expect(timeml(text)).toEqual(['six months = P6M']);
  });

  it('reads "A booster is offered 21 days after the second dose" and "Symptoms appear 10 days after exposure" as lengths', () => {
    expect(news('A booster is offered 21 days after the second dose.')).toEqual(['21 days = P21D']);
    expect(news('Symptoms appear 10 days after exposure.')).toEqual(['10 days = P10D']);
    expect(news('Patients are vaccinated two weeks before surgery.')).toEqual(['two weeks = P2W']);
    expect(timeml('A booster is offered 21 days after the second dose.')).toEqual([
      '21 days = P21D',
    ]);
  });

  it('leaves a sentence told in the past to the relative readings: "She received a booster six months after the second dose"', () => {
    expect(news('She received a booster six months after the second dose.')).toEqual([
      'six months after = PAST_REF',
    ]);
    expect(news('Two days after the first, a second blast killed 12 people.')).toEqual([
      'Two days after = PAST_REF',
    ]);
  });

  it('leaves a first of a time or a contest, and a bare "last" before a season: "The run-off is held two weeks after the first round", "a year after last summer" are no regimen', () => {
    expect(news('The run-off is held two weeks after the first round.')).not.toContain(
      'two weeks = P2W',
    );
    expect(news('The final is played a week after the first leg.')).not.toContain('a week = P1W');
    expect(news('It will open a year after last summer.')).toEqual([
      'a year after last summer = 2026-SU',
    ]);
  });
  it('leaves a sentence told with a past written as its present: "Two days after the first, a second blast hit the city", "The family read the report a month after the first hearing"', () => {
    expect(news('Two days after the first, a second blast hit the city.')).not.toContain(
      'Two days = P2D',
    );
    expect(news('The family read the report a month after the first hearing.')).not.toContain(
      'a month = P1M',
    );
    expect(news('Doctors should not cut the dose until two weeks after surgery.')).toContain(
      'two weeks = P2W',
    );
  });
});
