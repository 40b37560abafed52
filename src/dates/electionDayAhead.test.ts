import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const SAT = { published: '1998-10-31', locale: 'en-US' } as const;
const WED = { published: '1998-11-04', locale: 'en-US' } as const;
const THU = { published: '1998-11-05', locale: 'en-US' } as const;
type Said = typeof SAT | typeof WED | typeof THU;
const both = (text: string, phrase: string, said: Said = SAT) =>
  [findMentions(text, said), findTimemlMentions(text, said)].map(
    (found) => found.find((m) => m.text.includes(phrase))?.value,
  );

describe('electionDayAhead', () => {
  it('reads "Turnout is expected to be low in Tuesday\'s elections", said on Saturday 31 October 1998, as 1998-11-03', () => {
    const text = "Turnout is expected to be low in Tuesday's elections, pollsters say.";
    expect(both(text, 'Tuesday')).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('reads "Polls suggest Labour will hold the seat in Thursday\'s by-election", said on Saturday 31 October 1998, as 1998-11-05', () => {
    const text = "Polls suggest Labour will hold the seat in Thursday's by-election.";
    expect(both(text, 'Thursday')).toEqual(['1998-11-05', '1998-11-05']);
  });

  it('reads "The mayor is expected to win Tuesday\'s vote easily", said on Saturday 31 October 1998, as 1998-11-03', () => {
    const text = "The mayor is expected to win Tuesday's vote easily.";
    expect(both(text, 'Tuesday')).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('keeps "Democrats gained five seats in Tuesday\'s elections", said on Wednesday 4 November 1998, on 1998-11-03', () => {
    const text = "Democrats gained five seats in Tuesday's elections.";
    expect(both(text, 'Tuesday', WED)).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('keeps "He would resign over his party\'s defeat in Sunday\'s upper house election", said on Saturday 31 October 1998, on the Sunday gone by', () => {
    const text =
      "He would resign to take responsibility for his party's defeat in Sunday's upper house election.";
    expect(both(text, 'Sunday')).toEqual(['1998-10-25', '1998-10-25']);
  });

  it('keeps "Officials will study the results of Tuesday\'s vote", said on Saturday 31 October 1998, on the Tuesday gone by', () => {
    const text = "Officials will study the results of Tuesday's vote.";
    expect(both(text, 'Tuesday')).toEqual(['1998-10-27', '1998-10-27']);
  });

  it('keeps "Election officials will certify Tuesday\'s vote next week", said on Wednesday 4 November 1998, on the Tuesday just gone, 1998-11-03', () => {
    const text = "Election officials will certify Tuesday's vote next week.";
    expect(both(text, 'Tuesday', WED)).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('keeps "Democrats will take control of the state senate after Tuesday\'s elections", said on Wednesday 4 November 1998, on 1998-11-03', () => {
    const text = "Democrats will take control of the state senate after Tuesday's elections.";
    expect(both(text, 'Tuesday', WED)).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('reads "Election officials will certify Tuesday\'s vote by the end of the month", said on Thursday 5 November 1998, as the Tuesday gone by, 1998-11-03', () => {
    const text = "Election officials will certify Tuesday's vote by the end of the month.";
    expect(both(text, 'Tuesday', THU)).toEqual(['1998-11-03', '1998-11-03']);
    const recount = "The county will recount Tuesday's ballots by hand.";
    expect(both(recount, 'Tuesday', THU)).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('still reads "Officials will count the ballots in Tuesday\'s election by hand", said on Saturday 31 October 1998, as the Tuesday ahead', () => {
    const text = "Officials will count the ballots in Tuesday's election by hand.";
    expect(both(text, 'Tuesday')).toEqual(['1998-11-03', '1998-11-03']);
  });

  it('reads "Labour will hold a special conference after Thursday\'s by-election", said on Saturday 31 October 1998, as the Thursday gone by, 1998-10-29', () => {
    const text =
      "Labour will hold a special conference after Thursday's by-election, a spokesman said.";
    expect(both(text, 'Thursday')).toEqual(['1998-10-29', '1998-10-29']);
  });

  it('still reads "Labour will take power after Tuesday\'s election", said on Saturday 31 October 1998, as the Tuesday ahead, 1998-11-03', () => {
    const text = "Labour will take power after Tuesday's election, pollsters say.";
    expect(both(text, 'Tuesday')).toEqual(['1998-11-03', '1998-11-03']);
  });

  it.each([
    ["The county will review Tuesday's primary results before endorsing anyone."],
    ["Analysts will study Tuesday's exit polls for months."],
    ["The commission will examine Tuesday's vote count."],
  ])('keeps "%s", said on Thursday 5 November 1998, on the Tuesday gone by, 1998-11-03', (text) => {
    expect(both(text, 'Tuesday', THU)).toEqual(['1998-11-03', '1998-11-03']);
  });

  it.each([
    ["Networks will report Tuesday's primary results as polls close."],
    ["Election officials will announce Tuesday's referendum results by midnight."],
  ])(
    'still reads "%s", said on Saturday 31 October 1998, as the Tuesday ahead, 1998-11-03',
    (text) => {
      expect(both(text, 'Tuesday')).toEqual(['1998-11-03', '1998-11-03']);
    },
  );
});
