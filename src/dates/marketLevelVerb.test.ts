import { describe, expect, it } from 'vitest';
import { MARKET_LEVEL_VERB } from './marketLevelVerb.ts';

const LEVEL_AT = new RegExp(String.raw`\b(?:${MARKET_LEVEL_VERB})\s+at\b`, 'gi');
const levels = (text: string) => [...text.matchAll(LEVEL_AT)].map((m) => m[0]);

describe('a market\'s verb of level before "at"', () => {
  it('finds "closed at" and "finished at" in "The dollar closed at 1.25 and the Nasdaq finished at 1,722"', () => {
    expect(levels('The dollar closed at 1.25 and the Nasdaq finished at 1,722.')).toEqual([
      'closed at',
      'finished at',
    ]);
  });

  it('finds "traded at", "settled at", "stood at", "opened at" and "quoted at"', () => {
    expect(
      levels(
        'Gold traded at $380, settled at $381, stood at $379, opened at $378, quoted at $382.',
      ),
    ).toEqual(['traded at', 'settled at', 'stood at', 'opened at', 'quoted at']);
  });

  it('does not find "ended at" in "the ceremony ended at twenty-three forty Sunday night"', () => {
    expect(levels('the ceremony ended at twenty-three forty Sunday night.')).toEqual([]);
  });
});
