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

/** A regular-expression source for a count written in words or digits ("eight", "48", "twenty-four"). */
export const NUMBER_SOURCE =
  '(?:a couple of|a dozen|(?:a|one) hundred|\\d+ 1/2|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)';

/** The value of a count matched by NUMBER_SOURCE, or undefined. */
export function readNumber(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  // "a 1,000-day siege": thousands with separators.
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  // "5 1/2 hours", as wire copy writes a half.
  if (/^\d+ 1\/2$/.test(w)) return Number(w.split(' ')[0]) + 0.5;
  if (w in UNITS) return UNITS[w];
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && compound[1]! in UNITS && compound[2]! in UNITS) {
    return UNITS[compound[1]!]! + UNITS[compound[2]!]!;
  }
  return undefined;
}
