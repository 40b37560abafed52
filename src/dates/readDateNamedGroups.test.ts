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
});
