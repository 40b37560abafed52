import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 18 November 1999.
const NOVEMBER = { published: '1999-11-18', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, NOVEMBER).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('a day of a month that names a group', () => {
  it('reads "The November 17 guerrilla group claimed responsibility for the attack", said on 18 November 1999, as no date', () => {
    expect(read('The November 17 guerrilla group claimed responsibility for the attack.')).toEqual([
      [],
      [],
    ]);
  });

  it('reads "Members of the 17 November group have never been arrested" and "the April 19 Movement" as no date', () => {
    expect(read('Members of the 17 November group have never been arrested.')).toEqual([[], []]);
    expect(read("Colombia's April 19 Movement laid down its arms.")).toEqual([[], []]);
  });

  it("still reads a day before a group's sitting, and a day after which a group is named, as the date", () => {
    expect(read('The Nov. 22 group meeting was postponed.')[1]).toEqual(['Nov. 22 = 1999-11-22']);
    expect(read('On Nov. 17 the group claimed responsibility.')[1]).toEqual([
      'Nov. 17 = 1999-11-17',
    ]);
  });

  it('reads "On Sept. 12 militant group Hamas claimed responsibility", said on 14 September 1998, as 1998-09-12 (review)', () => {
    // A group's name takes "the" or an owner before its day; a day after "on" or "by" is a date.
    const options = { published: '1998-09-14', locale: 'en-US' } as const;
    const text = 'On Sept. 12 militant group Hamas claimed responsibility for the bombing.';
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, options).map((m) => `${m.text.replace(/^on /i, '')} = ${m.value}`),
      ),
    ).toEqual([['Sept. 12 = 1998-09-12'], ['Sept. 12 = 1998-09-12']]);
    expect(read('On April 5 rebel group leaders signed a cease-fire.')[1]).toEqual([
      'April 5 = 1999-04-05',
    ]);
    expect(read('By Dec. 31 group members must file their claims.')[1]).toEqual([
      'Dec. 31 = 1999-12-31',
    ]);
  });
  it('reads "The airline\'s Dec. 18 group booking deadline was extended", said on 8 December 1998, as 1998-12-18 (post-merge)', () => {
    // "group" before a noun of a group's trade (bookings, fares, sales) is a kind of deal, not
    // a group's name.
    const options = { published: '1998-12-08', locale: 'en-US' } as const;
    const text = "The airline's Dec. 18 group booking deadline was extended.";
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, options).map((m) => `${m.text} = ${m.value}`),
      ),
    ).toEqual([['Dec. 18 = 1998-12-18'], ['Dec. 18 = 1998-12-18']]);
    expect(read("The museum's Dec. 3 group tours are sold out.")[1]).toEqual([
      'Dec. 3 = 1999-12-03',
    ]);
    expect(read("Peru's Dec. 17 guerrilla group freed two hostages.")).toEqual([[], []]);
  });
  it('reads "the radical November 17 group", "the March 14 alliance" and "the pro-Syrian March 8 bloc", said on 18 November 1999, as no date', () => {
    expect(read('Police said the radical November 17 group claimed the bombing.')).toEqual([
      [],
      [],
    ]);
    expect(read('The March 14 alliance called for the withdrawal of Syrian troops.')).toEqual([
      [],
      [],
    ]);
    expect(read('The pro-Syrian March 8 bloc boycotted the session.')).toEqual([[], []]);
  });

  it('reads "The extremist group November 17" and "the Revolutionary Organization 17 November" as no date', () => {
    expect(read('The extremist group November 17 has killed 23 people.')).toEqual([[], []]);
    expect(read('The Revolutionary Organization 17 November claimed the attack.')).toEqual([
      [],
      [],
    ]);
  });

  it('reads "the April 6 Youth Movement" and "the May Fourth Movement" as no date', () => {
    expect(read('Members of the April 6 Youth Movement gathered in the square.')).toEqual([[], []]);
    expect(read('Students marched to honor the May Fourth Movement.')).toEqual([[], []]);
  });

  it('still reads "Police expect protests on November 17" and "the March 3 coalition talks" as dates', () => {
    expect(read('Police expect protests on November 17, the anniversary.')[1]).toEqual([
      'November 17 = 1999-11-17',
    ]);
    expect(read('The March 3 coalition talks broke down.')[1]).toEqual(['March 3 = 1999-03-03']);
    expect(read('The rebel group said on November 17, 1998, that it would disarm.')[1]).toEqual([
      'November 17, 1998 = 1998-11-17',
    ]);
  });
});

describe("a day of a month before a camp's word and what the camp did", () => {
  it('reads "Since the January 17 coalition bombing began", said on 18 November 1999, as 1999-01-17', () => {
    expect(
      read('Since the January 17 coalition bombing began, Iraq has fired 30 missiles.')[1],
    ).toEqual(['January 17 = 1999-01-17']);
  });

  it('reads "The October 12 coalition vote", "The February 20 coalition agreement was signed" and "the January 26 coalition march" as dates (review)', () => {
    expect(read('The October 12 coalition vote was postponed.')[1]).toEqual([
      'October 12 = 1999-10-12',
    ]);
    expect(read('The February 20 coalition agreement was signed in Bonn.')[1]).toEqual([
      'February 20 = 1999-02-20',
    ]);
    expect(read('The January 26 coalition march drew 75,000 people.')[1]).toEqual([
      'January 26 = 1999-01-26',
    ]);
  });

  it('still reads "the March 14 alliance" and "the pro-Syrian March 8 bloc" before a verb as no date', () => {
    expect(read('The March 14 alliance won a majority.')).toEqual([[], []]);
    expect(read('The pro-Syrian March 8 bloc boycotted the vote.')).toEqual([[], []]);
  });
});
