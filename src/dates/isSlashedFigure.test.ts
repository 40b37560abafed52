import { describe, expect, it } from 'vitest';
import { isSlashedFigure } from './isSlashedFigure.ts';

/** Whether `words`, found in `text`, are a figure with a slash and no day and month. */
function slashedFigure(text: string, words: string): boolean {
  return isSlashedFigure(text, text.indexOf(words), words);
}

describe('a number with a slash that is no day and month', () => {
  it('reads a price\'s fraction, odds and "24/7" as figures, not days', () => {
    expect(slashedFigure('The stock fell 7/8 to 31 3/4.', '7/8')).toBe(true);
    expect(slashedFigure('Red Rum is 9/2 to win the race.', '9/2')).toBe(true);
    expect(slashedFigure('The hotline is staffed 24/7.', '24/7')).toBe(true);
  });

  it('leaves "opens 4/1 to win new voters" and "on 24/7" days and months', () => {
    expect(slashedFigure('Registration opens 4/1 to win new voters.', '4/1')).toBe(false);
    expect(slashedFigure('The vote is on 24/7.', '24/7')).toBe(false);
  });
});
