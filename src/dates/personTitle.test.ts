import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isAfterPersonTitle } from './personTitle.ts';

// Wednesday 11 March 2026.
const OPTIONS = { published: '2026-03-11', locale: 'en-GB' } as const;
const both = (text: string) => [
  findMentions(text, OPTIONS).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, OPTIONS).map((m) => `${m.text} = ${m.value}`),
];

describe("a holiday's name right after a person's title is a name", () => {
  it('reads no Passover in "Rabbi Pesach Wolicki said on Tuesday that the community was shaken"', () => {
    expect(both('Rabbi Pesach Wolicki said on Tuesday that the community was shaken.')).toEqual([
      ['on Tuesday = 2026-03-10'],
      ['Tuesday = 2026-03-10'],
    ]);
  });

  it('reads no Christmas in "Father Christmas visits the ward on Friday" nor "Mr Christmas, the headteacher, said"', () => {
    expect(both('Father Christmas visits the children on the ward on Friday.')).toEqual([
      ['on Friday = 2026-03-13'],
      ['Friday = 2026-03-13'],
    ]);
    expect(both('Mr Christmas, the headteacher, said the school would close.')).toEqual([[], []]);
  });

  it('keeps a holiday a title only follows: "On Christmas Day, Father O\'Brien said Mass"', () => {
    expect(both("On Christmas Day, Father O'Brien said Mass.")).toEqual([
      ['Christmas Day = 2025-12-25'],
      ['Christmas Day = 2025-12-25'],
    ]);
  });

  it('keeps a holiday after a word that is no title: "the Pesach seder", "Judge Smith sat on Christmas Eve"', () => {
    expect(both('Families gathered for the Pesach seder.')[0]).toEqual(['Pesach = 2025-04-13']);
    expect(both('Judge Smith sat on Christmas Eve last year.')[0]).toEqual([
      'Christmas Eve = 2025-12-24',
      'last year = 2025',
    ]);
  });
});

describe('isAfterPersonTitle', () => {
  it('takes a title written with a stop ("Sgt.", "Rev.") and one without', () => {
    expect(isAfterPersonTitle('Sgt. March said', 5)).toBe(true);
    expect(isAfterPersonTitle('Rabbi Pesach said', 6)).toBe(true);
  });

  it('does not take a title in lower case, nor a word that is no title', () => {
    expect(isAfterPersonTitle('his father Christmas', 11)).toBe(false);
    expect(isAfterPersonTitle('the Pesach seder', 4)).toBe(false);
  });
});
