import { describe, expect, it } from 'vitest';
import { CROWD_OR_MARKET_MOVES, MARKET_ONLY_MOVES, movesSource } from './marketMove.ts';

describe("the words of a market's move", () => {
  it('gives "selloff" and "slide" of "Monday\'s selloff" and "Friday\'s slide" to a market alone', () => {
    expect(MARKET_ONLY_MOVES).toContain('selloff');
    expect(MARKET_ONLY_MOVES).toContain('slide');
    expect(CROWD_OR_MARKET_MOVES).not.toContain('selloff');
  });

  it('gives "rally" of "Friday\'s rally in Washington" to a crowd as well as a market', () => {
    expect(CROWD_OR_MARKET_MOVES).toContain('rally');
    expect(MARKET_ONLY_MOVES).not.toContain('rally');
  });

  it('writes "rise" of "Tuesday\'s rise in rates", which can be ahead, in neither shared list', () => {
    expect([...MARKET_ONLY_MOVES, ...CROWD_OR_MARKET_MOVES]).not.toContain('rise');
  });

  it('makes "(?:rally|slide)" of "rally" and "slide", which takes "slide" whole', () => {
    expect(movesSource(['rally', 'slide'])).toBe('(?:rally|slide)');
    expect(new RegExp(`^${movesSource(MARKET_ONLY_MOVES)}$`).test('sell-off')).toBe(true);
  });
});
