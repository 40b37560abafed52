import { describe, expect, it } from 'vitest';
import { OUTCOME_ADJECTIVE } from './outcomeAdjective.ts';

const OUTCOME = new RegExp(String.raw`\b(?:${OUTCOME_ADJECTIVE})\b`, 'gi');
const outcomes = (text: string) => [...text.matchAll(OUTCOME)].map((m) => m[0]);

describe('a word that tells how an event turned out', () => {
  it('finds "weak", "dismal" and "better-than-expected"', () => {
    expect(
      outcomes(
        "Friday's weak report, Thursday's dismal figures, Friday's better-than-expected data",
      ),
    ).toEqual(['weak', 'dismal', 'better-than-expected']);
  });

  it('finds "steep" and "disappointing"', () => {
    expect(outcomes("Friday's steep plunge and the disappointing report")).toEqual([
      'steep',
      'disappointing',
    ]);
  });

  it('finds nothing in "Saturday\'s big game" or "Saturday\'s surprise party"', () => {
    expect(outcomes("Saturday's big game and Saturday's surprise party")).toEqual([]);
  });
});
