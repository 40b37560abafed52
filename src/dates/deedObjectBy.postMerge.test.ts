import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).map((m) => m.value));

describe('a deed asked for after "that" and before "by" is still to be done', () => {
  it.each([
    'It was vital that councils completed the checks by Friday, the minister said.',
    'The union demanded that managers withdrew the plan by Friday.',
  ])('reads the Friday to come in "%s"', (text) => {
    expect(values(text)).toEqual([['2026-03-13'], ['2026-03-13']]);
  });

  it('still reads a deed reported as done as the day gone by', () => {
    expect(values('Officials said crews restored power to most homes by Monday.')).toEqual([
      ['2026-03-09'],
      ['2026-03-09'],
    ]);
  });
});
