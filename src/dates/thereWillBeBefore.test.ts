import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { thereWillBeBefore } from './thereWillBeBefore.ts';

// Tuesday 10 March 2026: 12 December and 14 January are both less than three months gone by.
const TUESDAY = { published: '2026-03-10', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, TUESDAY).map((m) => m.value));

describe('"there will be" before a day and month puts the day ahead', () => {
  it.each([
    ['There will be overnight closures on 12 December.', '2026-12-12'],
    ['There will be a public meeting on 14 January.', '2027-01-14'],
    ['There will be no bin collections on 26 December.', '2026-12-26'],
    ['There will be free parking in the town centre on 19 December.', '2026-12-19'],
    ['There will also be a service at the war memorial on 7 December.', '2026-12-07'],
    ["There'll be a rail replacement bus on 20 December.", '2026-12-20'],
  ])('reads "%s" as %s in both readings', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it.each([
    ['There would be a vote on 12 December, he said.', '2025-12-12'],
    ['There was a power cut on 12 December.', '2025-12-12'],
    ['There will be an inquiry after the crash on 12 December.', '2025-12-12'],
    ['There will be questions about the decision taken on 14 January.', '2026-01-14'],
  ])('keeps "%s" gone by, as %s', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it('asks only the clause the day is in', () => {
    const text = 'There will be a review, and the plant closed on 12 December.';
    expect(thereWillBeBefore(text, text.indexOf('12 December'))).toBe(false);
    expect(read(text)).toEqual([['2025-12-12'], ['2025-12-12']]);
  });
});
