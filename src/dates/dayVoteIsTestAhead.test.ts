import { describe, expect, it } from 'vitest';
import { dayVoteIsTestAhead } from './dayVoteIsTestAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const news = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} ${m.value}`);

describe('a weekday opening its sentence as the owner of a vote told a test still to come', () => {
  it('reads "Sunday\'s election is the first real test of Putin\'s popularity", said on Wednesday 22 March 2000, as the coming Sunday, 2000-03-26, though the Sunday gone by is nearer', () => {
    const text = "Sunday's election is the first real test of Putin's popularity.";
    expect(news(text, '2000-03-22')).toEqual(['Sunday 2000-03-26']);
    expect(
      findTimemlMentions(text, { published: '2000-03-22', locale: 'en-US' }).map((m) => m.value),
    ).toEqual(['2000-03-26']);
  });

  it('keeps "Sunday\'s vote is a blow to the government" and "Sunday\'s vote was the first real test", said on Wednesday 22 March 2000, the Sunday gone by', () => {
    expect(news("Sunday's vote is a blow to the government.", '2000-03-22')).toEqual([
      'Sunday 2000-03-19',
    ]);
    expect(news("Sunday's vote was the first real test of the bloc.", '2000-03-22')).toEqual([
      'Sunday 2000-03-19',
    ]);
  });

  it('keeps "Sunday\'s election is the first real test of whether Putin can hold Russia together, and early returns gave him 52 percent", said on Monday 27 March 2000, the Sunday just gone by, 2000-03-26', () => {
    expect(
      news(
        "Sunday's election is the first real test of whether Putin can hold Russia together, and early returns gave him 52 percent.",
        '2000-03-27',
      ),
    ).toEqual(['Sunday 2000-03-26']);
  });

  it('takes a test, a chance or a hurdle the vote is, not what else it is', () => {
    expect(dayVoteIsTestAhead("'s election is the first real test of Putin")).toBe(true);
    expect(dayVoteIsTestAhead("'s polls are the opposition's last chance")).toBe(true);
    expect(dayVoteIsTestAhead("'s vote is a blow to the government")).toBe(false);
    expect(dayVoteIsTestAhead("'s vote was the first real test")).toBe(false);
  });
});
