import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const OPTIONS = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, OPTIONS).map((m) => m.value));

describe('a service cut for a while that runs tells one stretch, not a habit', () => {
  it.each([
    'A reduced service runs Monday to Wednesday during the strike.',
    'A skeleton bus service runs Monday to Wednesday while drivers walk out.',
  ])('reads the coming Monday and Wednesday in "%s"', (text) => {
    const days = ['2026-03-16', '2026-03-18'];
    expect(values(text)).toEqual([days, days]);
  });

  it('still reads "The clinic runs Monday to Friday" as every week', () => {
    const days = ['XXXX-WXX-1', 'XXXX-WXX-5'];
    expect(values('The clinic runs Monday to Friday.')).toEqual([days, days]);
  });
});
