import { describe, expect, it } from 'vitest';
import { expectedMonthTense } from './expectedMonthTense.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const OCTOBER = { published: '2025-10-15', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, OCTOBER).map((m) => [m.text, m.value]);
const readTimeml = (text: string) =>
  findTimemlMentions(text, OCTOBER).map((m) => [m.text, m.value]);

describe('a month after a past perfect of expectation', () => {
  it.each([
    ['Analysts had expected rates to stay on hold until December.', 'December', '2025-12'],
    [
      'Analysts had expected rates to stay on hold until early December.',
      'early December',
      '2025-12',
    ],
    ['Economists had forecast a rise in November.', 'November', '2025-11'],
    [
      'Analysts had expected rates to stay on hold until December, but the bank cut them last week.',
      'December',
      '2025-12',
    ],
    ['Traders had widely anticipated a cut by January.', 'January', '2026-01'],
    // The second month of a pair after the expectation.
    ['Analysts had expected the Fed to hold in November and December.', 'December', '2025-12'],
  ])('reads %j, said in October, as the coming month', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
    expect(readTimeml(text)).toContainEqual([words, value]);
  });

  it('reads "The report, which had been expected in December, was released on Tuesday", said in October, as the coming December', () => {
    expect(
      read('The report, which had been expected in December, was released on Tuesday.'),
    ).toEqual([
      ['December', '2025-12'],
      ['on Tuesday', '2025-10-14'],
    ]);
  });

  it.each([
    // A month behind publication keeps the perfect's past.
    ['Analysts had expected the Fed to cut in September.', 'September', '2025-09'],
    // More than three months ahead: the one gone by.
    ['Analysts had expected rates to stay on hold until June.', 'June', '2025-06'],
    // An event expected in the month that a turn after it says did not come.
    [
      'Analysts had expected a rate cut in December, but the Fed held steady.',
      'December',
      '2024-12',
    ],
    // A past perfect of a deed, not of expectation.
    ['Sales had risen until December.', 'December', '2024-12'],
    // A year gone by named in the sentence or the one before: that year's story, read by tense.
    ['Last year, analysts had expected a recovery by December.', 'December', '2024-12'],
    [
      'The plant closed in 2024. Managers had expected it to stay open until December.',
      'December',
      '2024-12',
    ],
  ])('keeps %j, said in October, on the month gone by', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
  });

  it.each([
    ['In 2019, analysts had expected the merger to close in December.', 'December', '2019-12'],
    [
      'When the war began in 1914, both sides had expected it to be over by December.',
      'December',
      '1914-12',
    ],
    [
      'In 2019, analysts had expected a rate cut in early December, but the Fed held steady.',
      'early December',
      '2019-12',
    ],
  ])('reads %j, said in October, in the year gone by named before it', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
    expect(readTimeml(text)).toContainEqual([words, value]);
  });

  it.each([
    [
      'Growth has slowed every year since 2019. Economists had expected inflation to ease by June, but prices rose again last month.',
      '2026-08-12',
      'June',
      '2019',
    ],
    [
      'Airlines had expected traffic to return to levels seen in 2019 by December, the group said Tuesday.',
      '2025-09-10',
      'December',
      '2019',
    ],
    [
      'Smith, who has run the company since 2019, had expected the deal to close in December, but regulators have yet to approve it.',
      '2025-10-15',
      'December',
      '2019',
    ],
    [
      'The company, founded in 1998, had expected the plant to reopen by March.',
      '2026-01-20',
      'March',
      '1998',
    ],
    [
      'Unemployment, which peaked at 10 percent in 2009, had been forecast to fall below 4 percent by June.',
      '2026-03-10',
      'June',
      '2009',
    ],
    [
      'The regulator, set up in 2014, had expected the rules to take effect in January.',
      '2025-10-15',
      'January',
      '2014',
    ],
  ])(
    'does not set %j in a year gone by named in the sentence before, an aside, a "since" phrase or a comparison',
    (text, published, words, year) => {
      for (const find of [findMentions, findTimemlMentions]) {
        const found = find(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
        const month = found.find(([w]) => w === words);
        expect(month?.[1]).toMatch(/^20\d\d-\d\d$/);
        expect(month?.[1]).not.toMatch(new RegExp(`^${year}-`));
      }
    },
  );

  it('reads "In 2025, analysts had expected …by December", the year of publication named, as the coming December', () => {
    expect(read('In 2025, analysts had expected a recovery by December.')).toContainEqual([
      'December',
      '2025-12',
    ]);
  });

  it('leaves a tense other than the past as it is', () => {
    const before = 'Analysts had expected rates to stay on hold until ';
    expect(expectedMonthTense(before, '.', 12, '2025-10-15', 'future')).toBe('future');
    expect(expectedMonthTense(before, '.', 12, '2025-10-15', 'unknown')).toBe('unknown');
    expect(expectedMonthTense(before, '.', 12, '2025-10-15', 'past')).toBe('future');
  });
});
