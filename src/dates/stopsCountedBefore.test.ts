import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 16 March 1998.
const PUBLISHED = '1998-03-16';
const MONDAY = { published: PUBLISHED, locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY).map((m) => `${m.text} = ${m.value}`),
  );
const daysOn = (days: number) => format(addDays(parseISO(PUBLISHED), days), 'yyyy-MM-dd');

describe('a count of a tour’s stops made within a count of time', () => {
  it.each([
    ['He will visit six countries in twelve days.', 'twelve days = P12D'],
    ['Mrs. Albright will tour five capitals in nine days.', 'nine days = P9D'],
    ['The Pope will celebrate four masses in five days.', 'five days = P5D'],
    ['The inspectors plan to search eight sites in three days.', 'three days = P3D'],
    ['The President visits six African countries in eleven days.', 'eleven days = P11D'],
    ['The envoy travels to six countries in eight days.', 'eight days = P8D'],
  ])('reads "%s", said on 16 March 1998, as a length in both readings', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['The President visits two more countries in three days.'],
    ['The inspectors return to Baghdad in three days.'],
    ['Voters in six states go to the polls in three days.'],
    ['Municipal elections are held in six cities in three days.'],
    ['Protests against the strikes are planned in four capitals in three days.'],
    ['Ballots will be counted in all six cities in three days.'],
  ])(
    'leaves "%s" a date ahead in the news reading (more to come, no stops counted, stops that tell where)',
    (text) => {
      expect(read(text)[0]).toEqual([`in three days = ${daysOn(3)}`]);
    },
  );
});
