import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026: a month after March is this year's ahead, last year's gone by.
const MARCH = { published: '2026-03-11', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MARCH).map((m) => `${m.text.replace(/^(?:in|on) /, '')} = ${m.value}`),
  );

describe('"should" looking ahead', () => {
  it.each([
    [
      'Chip demand should recover in the second half as inventories shrink.',
      'the second half = 2026-H2',
    ],
    ['Prices should ease in October, the central bank said.', 'October = 2026-10'],
    ['The new bridge should open to traffic in June.', 'June = 2026-06'],
    ['Work on the line should be finished in the autumn.', 'the autumn = 2026-FA'],
    ["Prices shouldn't rise in October.", 'October = 2026-10'],
  ])('reads "%s" ahead', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['The council should have acted in October, the report found.', 'October = 2025-10'],
    ['The council should not have approved the plan in October.', 'October = 2025-10'],
    ["The vote shouldn't have gone ahead in October.", 'October = 2025-10'],
    ["He should've retired in October.", 'October = 2025-10'],
    [
      'Growth should have picked up in the second half, but it did not.',
      'the second half = 2025-H2',
    ],
    ['Anyone who saw the crash on Monday should call police.', 'Monday = 2026-03-09'],
    ['Experts said the quake on Monday should serve as a warning.', 'Monday = 2026-03-09'],
    ['The board said the decision in October should be reviewed.', 'October = 2025-10'],
  ])(
    'keeps the date gone by in "%s" (a duty gone by, advice about a past day, or "should" after the date)',
    (text, found) => {
      expect(read(text)).toEqual([[found], [found]]);
    },
  );
});
