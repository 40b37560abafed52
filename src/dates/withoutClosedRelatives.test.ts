import { describe, expect, it } from 'vitest';
import { withoutClosedRelatives } from './withoutClosedRelatives.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday: the Thursday to come is March 13, the last one March 6.
const PUBLISHED = { published: '2025-03-12', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('a relative clause closed before the date', () => {
  it('does not lend its past perfect to the new time of a thing put off, in both readings', () => {
    const text = 'The vote, which had been scheduled for Tuesday, was postponed to Thursday.';
    expect(news(text)).toEqual(['Tuesday 2025-03-11', 'Thursday 2025-03-13']);
    expect(timeml(text)).toEqual(['Tuesday 2025-03-11', 'Thursday 2025-03-13']);
  });

  it("keeps the main clause's own past perfect", () => {
    const text = 'The court, which ruled in March, had set Friday as the deadline.';
    expect(news(text)).toContain('Friday 2025-03-07');
  });

  it('blanks the clause up to its closing comma, keeping offsets', () => {
    const words = 'The vote, which had been set, was moved to ';
    const blanked = withoutClosedRelatives(words);
    expect(blanked).toHaveLength(words.length);
    expect(blanked).toBe(`The vote${' '.repeat(', which had been set'.length)}, was moved to `);
    expect(withoutClosedRelatives('The vote, which had been set for ')).toBe(
      'The vote, which had been set for ',
    );
  });
});
