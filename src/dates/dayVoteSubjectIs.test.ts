import { describe, expect, it } from 'vitest';
import { dayVoteSubjectIs } from './dayVoteSubjectIs.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 15 March 2000: the coming Saturday is the 18th, the last one the 11th.
const MARCH_15_2000 = { published: '2000-03-15', locale: 'en-US' } as const;
const news = (text: string, published: string = MARCH_15_2000.published) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_15_2000).map((m) => `${m.text} ${m.value}`);
const saturday = (text: string) => news(text).filter((m) => m.startsWith('Saturday'));

describe('a weekday opening its sentence as the owner of a vote told in the present', () => {
  it('reads "Saturday\'s vote is only the second presidential election in Taiwan\'s history", said on Wednesday 15 March 2000, as 2000-03-18', () => {
    const text = "Saturday's vote is only the second presidential election in Taiwan's history.";
    expect(news(text)).toEqual(['Saturday 2000-03-18']);
    expect(timeml(text)).toEqual(['Saturday 2000-03-18']);
  });

  it('reads the vote after a sentence before it as the coming one too', () => {
    expect(
      news("Polls show a close race. Saturday's presidential vote is the second in its history."),
    ).toEqual(['Saturday 2000-03-18']);
  });

  it('keeps "Saturday\'s vote was only the second", said on Wednesday 15 March 2000, as 2000-03-11: the past tells a vote gone by', () => {
    expect(news("Saturday's vote was only the second presidential election.")).toEqual([
      'Saturday 2000-03-11',
    ]);
  });

  it('keeps "Sunday\'s vote is a blow to the government", said on Wednesday 15 March 2000, as 2000-03-12: the Sunday gone by is the nearer', () => {
    expect(news("Sunday's vote is a blow to the government.")).toEqual(['Sunday 2000-03-12']);
    expect(news("Saturday's vote is a blow to the government.", '2000-03-13')).toEqual([
      'Saturday 2000-03-11',
    ]);
  });

  it('needs the day to open its sentence and "is" or "are" right after the vote', () => {
    expect(dayVoteSubjectIs('', "'s vote is only the second")).toBe(true);
    expect(dayVoteSubjectIs('Turnout in ', "'s vote is low")).toBe(false);
    expect(dayVoteSubjectIs('', "'s vote was the second")).toBe(false);
    expect(dayVoteSubjectIs('', "'s vote is expected to be close")).toBe(false);
    expect(dayVoteSubjectIs('', "'s rally is the largest")).toBe(false);
  });

  it('keeps "Saturday\'s vote is still being counted", said on Wednesday 15 March 2000, as 2000-03-11: what is still done to the vote, or said of it by all, tells it held', () => {
    expect(news("Saturday's vote is still being counted in three provinces.")).toEqual([
      'Saturday 2000-03-11',
    ]);
    expect(news("Saturday's election is under challenge in the courts.")).toEqual([
      'Saturday 2000-03-11',
    ]);
    expect(news("Saturday's vote is widely seen as having been rigged.")).toEqual([
      'Saturday 2000-03-11',
    ]);
  });

  it('keeps "Saturday\'s vote is now final, the election commission said", said on Wednesday 15 March 2000, as 2000-03-11: a vote told settled, official or complete is held', () => {
    expect(saturday("Saturday's vote is now final, the election commission said.")).toEqual([
      'Saturday 2000-03-11',
    ]);
    expect(saturday("Saturday's vote is official.")).toEqual(['Saturday 2000-03-11']);
    expect(saturday("Saturday's vote is void, the court ruled.")).toEqual(['Saturday 2000-03-11']);
    expect(saturday("Saturday's vote is behind us, the premier said.")).toEqual([
      'Saturday 2000-03-11',
    ]);
    expect(saturday("Saturday's count is complete in all provinces.")).toEqual([
      'Saturday 2000-03-11',
    ]);
  });

  it('reads "Saturday\'s vote is now only three days away", said on Wednesday 15 March 2000, as 2000-03-18: "now" alone tells nothing held', () => {
    expect(saturday("Saturday's vote is now only three days away.")).toEqual([
      'Saturday 2000-03-18',
    ]);
    expect(saturday("Saturday's vote is final only if turnout tops half.")).toEqual([
      'Saturday 2000-03-18',
    ]);
  });
});
