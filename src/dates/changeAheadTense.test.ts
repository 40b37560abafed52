import { describe, expect, it } from 'vitest';
import { changeAheadTense } from './changeAheadTense.ts';
import { findMentions } from './findMentions.ts';

describe('changeAheadTense', () => {
  const at = (published: string) => (text: string) =>
    findMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]);

  it("reads 'The price cap rises in January' in a December copy as the coming January: a change on a schedule", () => {
    const december = at('2025-12-10');
    expect(december('The price cap rises in January.')).toEqual([['January', '2026-01']]);
    expect(december('The price cap rises to £1,755 in January.')).toEqual([['January', '2026-01']]);
    expect(december('Rail fares rise in March.')).toEqual([['March', '2026-03']]);
    expect(december('The price cap rises in early January.')).toEqual([
      ['early January', '2026-01'],
    ]);
    // Near misses: told in the past, the January gone by; a noun, not a verb, says nothing.
    expect(december('The price cap rose in January.')).toEqual([['January', '2025-01']]);
    expect(december('The price rises in January hit households.')).toEqual([
      ['January', '2025-01'],
    ]);
  });

  it("keeps 'Exports fall in September' in a March copy as the September gone by: six months ahead is no schedule's", () => {
    expect(at('2026-03-10')('Exports fall in September.')).toEqual([['September', '2025-09']]);
    // A month a quarter ahead at most is.
    expect(at('2026-03-10')('Energy bills rise in April.')).toEqual([['April', '2026-04']]);
  });

  it('turns the tense only for a change right before "in", one to three months ahead', () => {
    expect(changeAheadTense('The cap rises in ', 1, '2025-12-10', 'unknown')).toBe('future');
    expect(changeAheadTense('The cap rises in ', 3, '2025-12-10', 'past')).toBe('future');
    expect(changeAheadTense('The cap rises in ', 4, '2025-12-10', 'unknown')).toBe('unknown');
    expect(changeAheadTense('The cap rises in ', 12, '2025-12-10', 'past')).toBe('past');
    expect(changeAheadTense('The cap was set in ', 1, '2025-12-10', 'past')).toBe('past');
  });
});
