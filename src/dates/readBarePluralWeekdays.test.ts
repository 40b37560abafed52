import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const THURSDAY = { published: '2026-10-15', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, THURSDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a weekday in the plural with no "on"', () => {
  it.each([
    [
      'Performances run Thursdays through Sundays.',
      ['Thursdays = XXXX-WXX-4', 'Sundays = XXXX-WXX-7'],
    ],
    ['The gallery is open Tuesdays to Sundays.', ['Tuesdays = XXXX-WXX-2', 'Sundays = XXXX-WXX-7']],
    ['Shows are Thursdays and Fridays at 8.', ['Thursdays = XXXX-WXX-4', 'Fridays = XXXX-WXX-5']],
    ['The museum is open Wednesdays-Sundays.', ['Wednesdays = XXXX-WXX-3', 'Sundays = XXXX-WXX-7']],
    ['Open Tuesdays through Sundays.', ['Tuesdays = XXXX-WXX-2', 'Sundays = XXXX-WXX-7']],
  ])('reads every such day in "%s", in both readings', (text, expected) => {
    expect(read(text)).toEqual([expected, expected]);
  });

  it.each([
    ['We ate at TGI Fridays after the show.'],
    ['Black Fridays used to be chaos.'],
    ['He visited two Sundays ago.'],
    ['The museum is closed on bank holiday Mondays.'],
    ["Mondays' crowds are the smallest."],
    ['Activists from Fridays For Future marched in the rain.'],
    ['Fridays for Future called a strike.'],
  ])('reads no set in "%s" in either reading (a name, a count or a possessive)', (text) => {
    expect(read(text).map((found) => found.filter((m) => m.includes('WXX')))).toEqual([[], []]);
  });
});
