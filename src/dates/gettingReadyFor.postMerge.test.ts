import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const OPTIONS = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, OPTIONS).map((m) => m.value));

describe('getting ready for a thing likened to one gone by does not look ahead to its month', () => {
  it.each([
    ['Farmers are bracing for another drought like the one in August.', '2025-08'],
    ['Hospitals are preparing for a winter like those in January and February.', '2026-01'],
  ])('reads "%s" with the month gone by first (%s)', (text, month) => {
    expect(values(text).map((read) => read[0])).toEqual([month, month]);
  });

  it('still reads "Ministers are preparing for the May elections" as the May to come', () => {
    expect(values('Ministers are preparing for the May elections.')).toEqual([
      ['2026-05'],
      ['2026-05'],
    ]);
  });
});
