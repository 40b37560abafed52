import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2025-03-01', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);

describe('a year written by its last two digits after an apostrophe', () => {
  it.each([
    ["In '68, students occupied the university.", "'68", '1968'],
    ["Fans have waited for a title since '04.", "'04", '2004'],
    ["They met in the summer of '69.", "'69", '1969'],
    ["The crash of '29 ruined the family.", "'29", '1929'],
  ])('reads %j as that year in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, US))).toContainEqual([words, value]);
  });

  it('takes no year after the year of publication', () => {
    expect(read(findMentions("The class of '26 held a reunion.", US))).toEqual([["'26", '1926']]);
  });

  it('takes a year up to ten ahead when the sentence tells what will be', () => {
    expect(read(findMentions("Los Angeles will host the Olympics in '28.", US))).toEqual([
      ["'28", '2028'],
    ]);
  });

  it.each(["Prices were slashed by '50 per cent', the shop claimed.", "Rents went up by '20%'."])(
    'does not read a share in a quotation (%j)',
    (text) => {
      expect(read(findMentions(text, { ...US, locale: 'en-GB' }))).toEqual([]);
    },
  );

  it("leaves a decade written short to the decade reader ('the '70s')", () => {
    expect(read(findMentions("He played through the '70s.", US))).toEqual([["the '70s", '197X']]);
  });

  it('does not read a quotation opened before a number', () => {
    expect(read(findMentions("He said '68 people came' and left.", US))).toEqual([]);
  });

  it('does not read a clipped figure with decimals or more digits', () => {
    expect(read(findMentions("The score rose to '68.5 points'.", US))).toEqual([]);
  });
});
