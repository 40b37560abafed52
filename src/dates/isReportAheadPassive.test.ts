import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isReportAheadPassive } from './isReportAheadPassive.ts';

// Friday 4 December 2026.
const FRIDAY = { published: '2026-12-04', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('a verb of saying in a passive still ahead', () => {
  it.each([
    ['Oscar nominations will be announced Tuesday.', 'Tuesday = 2026-12-08'],
    ['The results will be announced on Tuesday.', 'Tuesday = 2026-12-08'],
    ['The shortlist is to be revealed Monday.', 'Monday = 2026-12-07'],
    ['Details are expected to be announced Thursday.', 'Thursday = 2026-12-10'],
  ])('reads the day still to come in "%s"', (text, expected) => {
    expect(read(text)).toEqual([[expected], [expected]]);
  });

  it.each([
    ['The nominations were announced Tuesday.'],
    ['The company announced Tuesday it would cut jobs.'],
    ['The lineup has been announced Tuesday.'],
    ['The nominees were expected to be announced Tuesday, but the list leaked.'],
    ['The shortlist was due to be revealed Tuesday.'],
    ['The winners had been set to be named Tuesday.'],
  ])('keeps the day of the saying gone by in "%s"', (text) => {
    expect(read(text)[0]).toEqual(['Tuesday = 2026-12-01']);
  });

  it('takes "was" and "been" before the verb for no passive ahead', () => {
    expect(isReportAheadPassive('The winner will be ')).toBe(true);
    expect(isReportAheadPassive('The winner was ')).toBe(false);
    expect(isReportAheadPassive('The winner has been ')).toBe(false);
    expect(isReportAheadPassive('The winner is expected to be ')).toBe(true);
    expect(isReportAheadPassive('The winner was expected to be ')).toBe(false);
  });
});
