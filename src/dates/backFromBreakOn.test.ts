import { describe, expect, it } from 'vitest';
import { backFromBreakOn } from './backFromBreakOn.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const last = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-GB' }).at(-1)?.value,
  );

describe('a present verb of coming back from a break sets the coming weekday', () => {
  it.each([
    ['The Senate comes back from its August recess on Tuesday.', '2026-09-03', '2026-09-08'],
    ['Pupils return after the October half-term on Tuesday.', '2026-11-02', '2026-11-03'],
  ])('reads "%s", said %s, as %s in both readings', (text, published, value) => {
    expect(last(text, published)).toEqual([value, value]);
  });

  it('keeps a return told in the past gone by', () => {
    const text = 'Senators came back from their August recess on Monday.';
    expect(backFromBreakOn(text, text.indexOf('Monday'), text.indexOf('Monday') + 6)).toBe(false);
    expect(last(text, '2026-09-08')).toEqual(['2026-09-07', '2026-09-07']);
  });

  it('does not fire on a return from what is no break', () => {
    const text = 'The band returns from its tour on Monday.';
    expect(backFromBreakOn(text, text.indexOf('Monday'), text.indexOf('Monday') + 6)).toBe(false);
  });
});
