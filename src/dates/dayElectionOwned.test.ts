import { describe, expect, it } from 'vitest';
import { dayElectionOwned } from './dayElectionOwned.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('an election a weekday owns, in a sentence of no tense, is the nearer such day', () => {
  it('reads "Democrats are hoping for a big turnout in Tuesday\'s elections", said on Monday, 2 November 1998, as 1998-11-03', () => {
    const text = "Democrats are hoping for a big turnout in Tuesday's elections.";
    expect(read(text, '1998-11-02')).toEqual([['Tuesday = 1998-11-03'], ['Tuesday = 1998-11-03']]);
  });

  it('reads "Democrats are hoping for a big turnout in Tuesday\'s elections", said on Wednesday, 4 November 1998, as 1998-11-03', () => {
    const text = "Democrats are hoping for a big turnout in Tuesday's elections.";
    expect(read(text, '1998-11-04')).toEqual([['Tuesday = 1998-11-03'], ['Tuesday = 1998-11-03']]);
  });

  it.each([
    ["Final results in Tuesday's elections give Democrats five more House seats.", '1998-11-07'],
    ["Questions about ballots in Tuesday's polls dominate the Sunday talk shows.", '1998-11-08'],
  ])('keeps "%s", said on %s, on the Tuesday gone by (1998-11-03)', (text, published) => {
    expect(read(text, published)[0]).toContain('Tuesday = 1998-11-03');
  });

  it.each([
    ["Republicans lost seats in Tuesday's elections.", 'Tuesday = 1998-10-27'],
    ["Tuesday's elections show a shift to the left.", 'Tuesday = 1998-10-27'],
  ])('keeps "%s", said on Monday, 2 November 1998, on the Tuesday gone by', (text, found) => {
    expect(read(text, '1998-11-02')).toEqual([[found], [found]]);
  });

  it('keeps "… would resign to take responsibility for his party\'s defeat in Sunday\'s upper house election", said on Monday, 13 July 1998, on 1998-07-12', () => {
    const text =
      "Hashimoto said he would resign to take responsibility for his party's defeat in Sunday's upper house election.";
    expect(read(text, '1998-07-13')[0]).toContain('Sunday = 1998-07-12');
  });

  it("takes an election, not a meeting, for the day's election", () => {
    expect(dayElectionOwned("'s presidential runoff.")).toBe(true);
    expect(dayElectionOwned("'s South Carolina primary.")).toBe(true);
    expect(dayElectionOwned("'s meeting.")).toBe(false);
  });
});
