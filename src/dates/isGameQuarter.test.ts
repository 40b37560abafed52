import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isGameQuarter } from './isGameQuarter.ts';

const MARCH = { published: '2026-03-04', locale: 'en-US' } as const;

describe('isGameQuarter', () => {
  it('reads "Denver took the lead for good early in the fourth quarter", said on 26 January 1998, as no date', () => {
    const monday = { published: '1998-01-26', locale: 'en-US' } as const;
    const text = 'Denver took the lead for good early in the fourth quarter.';
    expect(findMentions(text, monday)).toEqual([]);
    expect(findTimemlMentions(text, monday)).toEqual([]);
  });

  it.each([
    ['He scored 12 of his 30 points in the fourth quarter.'],
    ['The Chiefs led 21-7 in the second quarter.'],
    ['Mahomes threw two touchdowns in the third quarter as Kansas City won.'],
    ['The Celtics trailed by 10 at the end of the first quarter of the game.'],
    ["The Chiefs trailed 14-10 in the third quarter of Sunday's game."],
    ['Denver took the lead for good early in the fourth quarter.'],
    ['the Broncos were up by seven at the half, and Elway ran it in during the third quarter.'],
    ['the Bulls trailed by eleven going into the fourth quarter.'],
    ['the Bulls were leading by eleven going into the fourth quarter.'],
    ['Utah took the lead in the third quarter and never gave it up.'],
  ])("reads no date in %j, a quarter of a game ('in the fourth quarter' of play)", (text) => {
    expect(findMentions(text, MARCH).filter((m) => /quarter/.test(m.text))).toEqual([]);
    expect(findTimemlMentions(text, MARCH).filter((m) => /quarter/.test(m.text))).toEqual([]);
  });

  it.each([
    ['Profits rose in the fourth quarter, the company said.'],
    ['The economy grew 2.3 percent in the fourth quarter.'],
    ['Rates rose 25 basis points in the third quarter.'],
    ['The team will move to a new stadium in the second quarter.'],
    ['Consumer confidence rose 3 points in the third quarter, a survey found.'],
    ["The president's approval rating fell 5 points in the second quarter."],
    ['The board voted 7-2 to raise fees in the fourth quarter.'],
    ['The Supreme Court ruled 6-3 in the first quarter of the term.'],
    ['Tesla delivered 418,000 cars in the fourth quarter, up by 5 from a year earlier.'],
    ['The company took the lead in chip sales in the fourth quarter.'],
    ['Democrats took the lead in fund-raising in the third quarter.'],
    ['Compaq took the lead from IBM in personal computer shipments in the fourth quarter.'],
    ['Boeing took the lead over Airbus in the fourth quarter, with more than two hundred orders.'],
    ['Democrats took the lead in the third quarter, raising more money than Republicans.'],
    ['Gains in the fourth quarter were led by four big drug makers.'],
  ])('still reads the quarter of the year in %j', (text) => {
    expect(findMentions(text, MARCH).filter((m) => /quarter/.test(m.text))).toHaveLength(1);
  });

  it("reads 'Sales fell in the fourth quarter.' as the year's quarter though the sentence before tells of a game", () => {
    const text = 'The Lakers won 112-108. Sales fell in the fourth quarter.';
    const start = text.indexOf('the fourth');
    expect(isGameQuarter(text, start, start + 'the fourth quarter'.length)).toBe(false);
  });

  it("keeps 'a year earlier' a year before the quarter in a sentence with 'up by 5' (Tesla deliveries)", () => {
    const text = 'Tesla delivered 418,000 cars in the fourth quarter, up by 5 from a year earlier.';
    const earlier = findMentions(text, MARCH).find((m) => m.text === 'a year earlier');
    expect(earlier?.value).toBe('2024-Q4');
  });
});
