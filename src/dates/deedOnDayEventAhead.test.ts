import { describe, expect, it } from 'vitest';
import { deedOnDayEventAhead } from './deedOnDayEventAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  return [
    findMentions(text, options).map((m) => m.value),
    findTimemlMentions(text, options).map((m) => m.value),
  ];
};

describe("a deed looked ahead to, done over a day's event", () => {
  it('still reads "Election officials will count Sunday\'s postal ballots by Friday", said on Wednesday 30 September 1998, as 1998-09-27 (review)', () => {
    expect(
      both("Election officials will count Sunday's postal ballots by Friday.", '1998-09-30'),
    ).toEqual([
      ['1998-09-27', '1998-10-02'],
      ['1998-09-27', '1998-10-02'],
    ]);
  });

  it('still reads "County clerks will tally Tuesday\'s ballots again", said on Friday 6 November 1998, as 1998-11-03 (review)', () => {
    expect(both("County clerks will tally Tuesday's ballots again.", '1998-11-06')).toEqual([
      ['1998-11-03'],
      ['1998-11-03'],
    ]);
  });

  it('still reads "Coast Guard crews will guard Monday\'s crash site", said on Thursday 3 February 2000, as 2000-01-31 (review)', () => {
    expect(both("Coast Guard crews will guard Monday's crash site.", '2000-02-03')).toEqual([
      ['2000-01-31'],
      ['2000-01-31'],
    ]);
  });

  it('still reads "Crews will monitor Friday\'s oil spill off the coast", said on Tuesday 13 April 1999, as 1999-04-09 (review)', () => {
    expect(both("Crews will monitor Friday's oil spill off the coast.", '1999-04-13')).toEqual([
      ['1999-04-09'],
      ['1999-04-09'],
    ]);
  });

  it('reads "Hundreds of officers will guard Wednesday\'s state funeral", said on Saturday 13 March 1999, as 1999-03-17', () => {
    expect(
      both("Hundreds of officers will guard Wednesday's state funeral.", '1999-03-13'),
    ).toEqual([['1999-03-17'], ['1999-03-17']]);
  });

  it('reads "State troopers will escort Tuesday\'s convoy", said on Friday 3 March 2000, as 2000-03-07', () => {
    expect(both("State troopers will escort Tuesday's convoy.", '2000-03-03')[0]).toEqual([
      '2000-03-07',
    ]);
  });

  it('still reads "Clerks counted Tuesday\'s ballots by hand", said on Friday 6 November 1998, as 1998-11-03', () => {
    expect(both("Clerks counted Tuesday's ballots by hand.", '1998-11-06')[0]).toEqual([
      '1998-11-03',
    ]);
  });

  it('still reads "Clerks will count Tuesday\'s ballots", said on Wednesday 4 November 1998, as the day before', () => {
    expect(both("Clerks will count Tuesday's ballots by hand.", '1998-11-04')[0]).toEqual([
      '1998-11-03',
    ]);
  });

  it('still reads "Officials will certify Tuesday\'s vote", said on Friday 6 November 1998, as 1998-11-03', () => {
    expect(both("Officials will certify Tuesday's vote.", '1998-11-06')[0]).toEqual(['1998-11-03']);
  });

  it('takes the deed right before the day, and the day gone by three days back or more', () => {
    expect(deedOnDayEventAhead('Officers will guard ', 3, '1999-03-13')).toBe(true);
    expect(deedOnDayEventAhead('Officers will guard ', 3, '1999-03-12')).toBe(false);
    expect(deedOnDayEventAhead('Officers guarded ', 3, '1999-03-13')).toBe(false);
    expect(deedOnDayEventAhead('Officials will review ', 3, '1999-03-13')).toBe(false);
  });
});
