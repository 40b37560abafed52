import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { voteFacedAhead } from './voteFacedAhead.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a vote a present sentence stands before is the coming one', () => {
  it.each([
    ["Smith faces Tuesday's primary with a big lead.", '1998-10-31', 'Tuesday = 1998-11-03'],
    ["Democrats brace for Tuesday's midterms.", '1998-10-31', 'Tuesday = 1998-11-03'],
    ["Governor seeks a second term in Tuesday's primary.", '2026-05-16', 'Tuesday = 2026-05-19'],
    ["Feinstein leads in polls for Tuesday's primary.", '1990-06-02', 'Tuesday = 1990-06-05'],
    ["Voters head to the polls in Tuesday's midterms.", '2026-11-01', 'Tuesday = 2026-11-03'],
  ])('reads "%s", said on %s, as the coming day (%s)', (text, published, found) => {
    expect(read(text, published)).toEqual([[found], [found]]);
  });

  it('reads "Labour hopes to hold the seat in Thursday\'s by-election", said on Saturday 5 September 2026, as 2026-09-10', () => {
    const text = "Labour hopes to hold the seat in Thursday's by-election.";
    expect(read(text, '2026-09-05')).toEqual([
      ['Thursday = 2026-09-10'],
      ['Thursday = 2026-09-10'],
    ]);
  });

  it.each([
    ["Jones wins Tuesday's runoff by two points.", '2026-11-04', 'Tuesday = 2026-11-03'],
    ["Democrats gain seats in Tuesday's midterms.", '1998-11-05', 'Tuesday = 1998-11-03'],
    [
      "McCain suspends his campaign after Tuesday's primaries.",
      '2000-03-09',
      'Tuesday = 2000-03-07',
    ],
    ["Republicans lost ground in Tuesday's midterms.", '2026-11-05', 'Tuesday = 2026-11-03'],
    ["Smith faced Tuesday's primary with a big lead.", '1998-10-31', 'Tuesday = 1998-10-27'],
  ])('keeps "%s", said on %s, on the day gone by (%s)', (text, published, found) => {
    expect(read(text, published)[0]).toContain(found);
  });

  it.each([
    ["Jones, who leads the county committee, is silent on Tuesday's primary."],
    ["The senator who heads the state panel has had little to say about Tuesday's primary."],
  ])(
    'keeps "%s", said on Thursday 5 November 1998, on the Tuesday gone by, 1998-11-03: the verb of standing is not in the clause that ends at the day',
    (text) => {
      expect(read(text, '1998-11-05')).toEqual([
        [expect.stringMatching(/Tuesday = 1998-11-03$/)],
        [expect.stringMatching(/Tuesday = 1998-11-03$/)],
      ]);
    },
  );

  it('takes a vote, not a meeting, and no outcome', () => {
    expect(voteFacedAhead('Smith faces ', "'s primary.")).toBe(true);
    expect(voteFacedAhead('Smith faces ', "'s hearing.")).toBe(false);
    expect(voteFacedAhead('Smith wins ', "'s primary.")).toBe(false);
    expect(voteFacedAhead('Smith, who leads the committee, is silent on ', "'s primary.")).toBe(
      false,
    );
  });

  it.each([
    ["Democrats face fallout from Tuesday's midterm losses."],
    ["The party faces questions over Tuesday's primary returns."],
    ["Smith leads in Tuesday's primary vote count, with most precincts reporting."],
    ["Republicans seek answers to Tuesday's election setback."],
    ["The governor trails in Tuesday's recount of the primary ballots."],
  ])('keeps "%s", said on Thursday 5 November 1998, on the Tuesday gone by, 1998-11-03', (text) => {
    expect(read(text, '1998-11-05')[0]).toContain('Tuesday = 1998-11-03');
  });
});
