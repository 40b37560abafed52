import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 2 December 2026.
const WEDNESDAY = { published: '2026-12-02', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text.replace(/^(?:on|in) /, '')} = ${m.value}`),
  );

describe('"turns" before an age', () => {
  it.each([
    ['The album turns 30 on Friday.', 'Friday = 2026-12-04'],
    ['Dolly Parton turns 80 on Monday.', 'Monday = 2026-12-07'],
    ['The festival turns fifty on Saturday with a free concert.', 'Saturday = 2026-12-05'],
    ['The sitcom turns twenty-five on Thursday.', 'Thursday = 2026-12-03'],
  ])('reads the day still to come in "%s"', (text, expected) => {
    expect(read(text)).toEqual([[expected], [expected]]);
  });

  it.each([
    ['Dolly Parton turned 80 on Monday.'],
    ['The index turns 5% higher on Monday.'],
    ['The show turns to the war on Monday.'],
    ['Sales turns 2 million on Monday.'],
    ['The ratio turns 1.5 on Monday.'],
  ])('keeps the Monday gone by in "%s" (no age after "turns")', (text) => {
    expect(read(text)[0]).toEqual(['Monday = 2026-11-30']);
  });
});
