import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isYearlyHabitMonth } from './isYearlyHabitMonth.ts';

const JUNE = { published: '2026-06-03', locale: 'en-GB' } as const;
const valueOf = (text: string, words: string, timeml = false) =>
  (timeml ? findTimemlMentions(text, JUNE) : findMentions(text, JUNE)).find((m) =>
    m.text.includes(words),
  )?.value;

describe('a month in a yearly habit', () => {
  it.each([
    ['Every year the river bursts its banks in November.', 'November', 'XXXX-11'],
    ['Annually, the festival draws 200,000 people to the park in July.', 'July', 'XXXX-07'],
    ['Tourist numbers peak in August and dip in January each year.', 'August', 'XXXX-08'],
    ['The lake freezes over in December most years.', 'December', 'XXXX-12'],
    ['Year after year the ferry stops running in October.', 'October', 'XXXX-10'],
    ['Every year the town floods in spring.', 'spring', 'XXXX-SP'],
  ])('reads "%s" as any year\'s, in both readings', (text, words, value) => {
    expect(valueOf(text, words)).toBe(value);
    expect(valueOf(text, words, true)).toBe(value);
  });

  it.each([
    ['Each year the board reviews pay in April; this year it did so in May.', 'May', '2026-05'],
    ['Every year the board says it will decide in March.', 'March', '2027-03'],
    ['Each year since 2019 the river has flooded in March.', 'March', '2026-03'],
    ['Each year’s report is published in March.', 'March', '2027-03'],
    ['Each year prices rise, but the bank cut rates in March.', 'March', '2026-03'],
    ['Every year the company lost money and in March it finally closed.', 'March', '2026-03'],
    ['The festival moved to August and has been held every year since.', 'August', '2025-08'],
    ['The festival, held every year, was cancelled in May.', 'May', '2026-05'],
    [
      'The charity, which raises money every year, said in April that demand had doubled.',
      'April',
      '2026-04',
    ],
    ['Every year we say the same thing, and in March we said it again.', 'March', '2026-03'],
  ])('keeps "%s" on the calendar', (text, words, value) => {
    expect(valueOf(text, words)).toBe(value);
  });

  it.each([
    ['Every year the club published its accounts in April.', 'April', 'XXXX-04'],
    ['Every summer the town hosted a jazz festival in July.', 'July', 'XXXX-07'],
    ['But every year the club published its accounts in April.', 'April', 'XXXX-04'],
    [
      'Each year the bank reported its results in February; this year it reported on March 31.',
      'February',
      'XXXX-02',
    ],
  ])('reads "%s", a habit told in the past, as any year\'s', (text, words, value) => {
    expect(valueOf(text, words)).toBe(value);
    expect(valueOf(text, words, true)).toBe(value);
  });

  it.each([
    ['Last month, as every year, the club published its accounts in April.', 'April', '2026-04'],
    ['Every year we say so, and we said it again in March.', 'March', '2026-03'],
    ['Ellis has attended the summit every year and last spoke there in May.', 'May', '2026-05'],
    ['Every year the festival drew thousands until it was cancelled in May.', 'May', '2026-05'],
    [
      'Each year thousands of pilgrims visit the shrine that was damaged by fire in March.',
      'March',
      '2026-03',
    ],
  ])(
    'keeps "%s", a past not opened by the phrase or after a comma, on the calendar',
    (text, words, value) => {
      expect(valueOf(text, words)).toBe(value);
    },
  );

  it('asks the clause, not the words far off', () => {
    expect(isYearlyHabitMonth('The lake freezes in December most years.', 20, 28)).toBe(true);
    expect(isYearlyHabitMonth('The lake froze in December.', 17, 25)).toBe(false);
  });
});
