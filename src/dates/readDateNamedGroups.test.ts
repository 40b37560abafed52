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
});
