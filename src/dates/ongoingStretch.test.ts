import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2026-09-09', locale: 'en-US' } as const;
const GB = { published: '2026-09-09', locale: 'en-GB' } as const;
const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);

describe('a stretch under way told in the present', () => {
  it.each([
    [
      'The hurricane season runs from June 1 to Nov. 30.',
      US,
      'June 1',
      'Nov. 30',
      '2026-06-01',
      '2026-11-30',
    ],
    [
      'The fishing season runs from April 1 to Oct. 31.',
      US,
      'April 1',
      'Oct. 31',
      '2026-04-01',
      '2026-10-31',
    ],
    [
      'The ban is in force from 1 June to 30 November.',
      GB,
      '1 June',
      '30 November',
      '2026-06-01',
      '2026-11-30',
    ],
    [
      'The show, which runs from June 1 through Nov. 30, has drawn crowds.',
      US,
      'June 1',
      'Nov. 30',
      '2026-06-01',
      '2026-11-30',
    ],
  ])(
    "reads %j as this year's stretch in both readings",
    (text, options, first, second, from, to) => {
      expect(read(findMentions(text, options))).toEqual([
        [`${first} ${text.includes('through') ? 'through' : 'to'} ${second}`, `${from}/${to}`],
      ]);
      expect(read(findTimemlMentions(text, options))).toEqual([
        [first, from],
        [second, to],
      ]);
    },
  );

  it("takes the coming stretch when this year's has not begun", () => {
    expect(read(findMentions('The season runs from Dec. 1 to Feb. 28.', US))).toEqual([
      ['Dec. 1 to Feb. 28', '2026-12-01/2027-02-28'],
    ]);
  });

  it.each([
    ['The exhibition will run from June 1 to Nov. 30.', '2027-06-01/2027-11-30'],
    ['The show is to run from June 1 to Nov. 30.', '2027-06-01/2027-11-30'],
    ["The exhibition won't run from June 1 to Nov. 30.", '2027-06-01/2027-11-30'],
    ['The new season will not run from June 1 to Nov. 30.', '2027-06-01/2027-11-30'],
  ])('leaves a stretch told ahead in %j as it was', (text, value) => {
    expect(read(findMentions(text, US))).toEqual([[text.slice(text.indexOf('June'), -1), value]]);
  });
});
