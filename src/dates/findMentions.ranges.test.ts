import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

// Published on Wednesday 12 March 2025.
const OPTIONS = { published: '2025-03-12', locale: 'en-US' } as const;
const YEAR = Number(OPTIONS.published.slice(0, 4));
const day = (amount: number) => shiftTimex(OPTIONS.published, { amount, unit: 'day' });

/** The values of the mentions in the text, each checked against the schema and its offsets. */
function values(text: string, options: { published: string; locale: 'en-US' } = OPTIONS) {
  return findMentions(text, options).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return m.value;
  });
}

describe('a stretch of days named without a year', () => {
  it('puts a stretch told in the past before publication, its second end nearest the first', () => {
    expect(values('Talks ran from April 28 to May 3.')).toEqual([
      `${YEAR - 1}-04-28/${YEAR - 1}-05-03`,
    ]);
    expect(values('Talks were held between April 28 and June 3.')).toEqual([
      `${YEAR - 1}-04-28/${YEAR - 1}-06-03`,
    ]);
  });

  it('keeps a stretch told ahead, or one just gone in the past, in the publication year', () => {
    expect(values('Talks will run from April 28 to May 3.')).toEqual([
      `${YEAR}-04-28/${YEAR}-05-03`,
    ]);
    expect(values('Talks ran from Feb. 28 to March 3.')).toEqual([`${YEAR}-02-28/${YEAR}-03-03`]);
  });

  it('reads a participle after "is" or "are" as a present passive, not a past verb', () => {
    expect(values('Talks are held April 28.')).toEqual([`${YEAR}-04-28`]);
    expect(values('Talks are held between April 28 and June 3.')).toEqual([
      `${YEAR}-04-28/${YEAR}-06-03`,
    ]);
    expect(values('Talks were held April 28.')).toEqual([`${YEAR - 1}-04-28`]);
  });

  it('does not take a past verb after a stretch to date the stretch itself', () => {
    const ahead = values('Talks will run from April 28 to May 3.')[0];
    for (const text of [
      'Flights from April 28 to May 3 sold out within hours.',
      'Flights from April 28 to May 3 booked quickly, the airline said.',
    ])
      expect(values(text)[0], text).toBe(ahead);
  });

  it('keeps a stretch of weekdays by the tense of its clause', () => {
    expect(values('The meeting ran from Tuesday through Thursday.')).toEqual([
      `${day(-1)}/${day(1)}`,
    ]);
    expect(values('The meeting runs from Tuesday through Thursday.')).toEqual([
      `${day(6)}/${day(8)}`,
    ]);
  });
});

describe('a time given up for another', () => {
  it('takes the tense of the putting off, not of the words of the new time after it', () => {
    expect(values('The meeting was moved from Monday to May 3.')).toEqual([
      day(-2),
      `${YEAR}-05-03`,
    ]);
    expect(values('The meeting was postponed from Monday to next week.')[0]).toBe(day(-2));
    expect(values('The meeting was moved from Monday night to May 3.')[0]).toBe(day(-2));
    expect(values('The meeting will be moved from Monday to May 3.')[0]).toBe(day(5));
  });
});

describe('a day or month listed after one with its year', () => {
  const written = 2023;

  it('takes the first day’s year, or the next, when the second then falls within 92 days after it', () => {
    expect(values(`The talks were held on Dec. 30, ${written} and Jan. 2.`)).toEqual([
      `${written}-12-30`,
      `${written + 1}-01-02`,
    ]);
    expect(values(`They met on Dec. 30, ${written}, and again on Jan. 2.`)).toEqual([
      `${written}-12-30`,
      `${written + 1}-01-02`,
    ]);
    expect(values(`Prices rose in December ${written} and January.`)).toEqual([
      `${written}-12`,
      `${written + 1}-01`,
    ]);
  });

  it.each([
    [
      'He was born on March 3, 1950, and on Feb. 28 he died at home.',
      'On Feb. 28 he died at home.',
    ],
    [
      'He lost on Jan. 6, 2021, and on Nov. 5 he won the presidency again.',
      'On Nov. 5 he won the presidency again.',
    ],
    ['The tournament was held in June 2019 and in June.', 'The tournament was held in June.'],
    [
      'It was founded in March 1998, and in February it announced layoffs.',
      'In February it announced layoffs.',
    ],
    ['The court ruled on Jan. 10, 2024 and Dec. 28.', 'The court ruled on Dec. 28.'],
  ])(
    'reads the second of %j from the publication, as alone, when it is not just after the first',
    (text, alone) => {
      expect(values(alone)).toHaveLength(1);
      expect(values(text).slice(1)).toEqual(values(alone));
    },
  );

  it('takes a day listed after a month with its year into that month’s year, or the next', () => {
    expect(values(`Prices rose in December ${written} and on Jan. 2.`)).toEqual([
      `${written}-12`,
      `${written + 1}-01-02`,
    ]);
  });

  it('is read from the publication when a sentence lies between', () => {
    expect(values(`He left on Dec. 30, ${written}. On April 2 he will return.`)).toEqual([
      `${written}-12-30`,
      `${YEAR}-04-02`,
    ]);
  });
});
