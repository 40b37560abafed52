const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  couple: 2,
  'a couple of': 2,
  'a dozen': 12,
  'a hundred': 100,
  'one hundred': 100,
  dozen: 12,
};

// The tens in words, twenty to ninety: "thirty" of "thirty-five".
export const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// One to ninety-nine in words: "seven", "nineteen", "twenty-four".
export const WORDS_TO_99 = `(?:(?:${TENS_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
// Hundreds and thousands in words: "two thousand", "fifteen hundred", "one hundred and fifty".
const HUNDREDS_IN_WORDS = `(?:a|${WORDS_TO_99}) (?:hundred|thousand)(?: (?:and )?${WORDS_TO_99}(?![- ](?:hundred|thousand)))?`;

/**
 * A regular-expression source for a count written in words or digits ("eight", "48",
 * "twenty-four").
 */
export const NUMBER_SOURCE = `(?:${HUNDREDS_IN_WORDS}|a couple of|a dozen|\\d+ 1/2|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORDS_TO_99}|an?|single|hundred)`;

/** The value of a count matched by NUMBER_SOURCE, or undefined. */
export function readNumber(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  // "a 1,000-day siege": thousands with separators.
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  // "5 1/2 hours", as wire copy writes a half.
  if (/^\d+ 1\/2$/.test(w)) return Number(w.split(' ')[0]) + 0.5;
  if (w in UNITS) return UNITS[w];
  // "twenty-four", "two thousand", "fifteen hundred", "one hundred and fifty": each hundred or
  // thousand multiplies the count before it, the other words add.
  const parts = w.split(/[- ]+/).filter((word) => word !== 'and');
  if (parts.length < 2 || !parts.every((word) => word in UNITS || word === 'thousand')) {
    return undefined;
  }
  let total = 0;
  let count = 0;
  for (const word of parts) {
    if (word === 'thousand') [total, count] = [total + Math.max(count, 1) * 1000, 0];
    else if (word === 'hundred') count = Math.max(count, 1) * 100;
    else count += UNITS[word]!;
  }
  return total + count;
}
