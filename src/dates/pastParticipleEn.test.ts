import { describe, expect, it } from 'vitest';
import { PAST_PARTICIPLE_EN } from './pastParticipleEn.ts';

const PARTICIPLE = new RegExp(String.raw`\b(?:${PAST_PARTICIPLE_EN})\b`, 'gi');
const participles = (text: string) => [...text.matchAll(PARTICIPLE)].map((m) => m[0]);

describe('a past participle in "-en"', () => {
  it('finds "given" and "taken" in "Detectives were given until Saturday and the suspects were taken away"', () => {
    expect(
      participles('Detectives were given until Saturday and the suspects were taken away.'),
    ).toEqual(['given', 'taken']);
  });

  it('does not count "open", "green", "often", "golden", "even" or "between" as a participle', () => {
    expect(
      participles('The shop was open and the hills were green, often golden, even between rains.'),
    ).toEqual([]);
  });
});
