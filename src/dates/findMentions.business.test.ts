import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

/** The mentions of `text` as [words, value, mod], each checked against the schema and offsets. */
function read(text: string, published: string = MARCH.published) {
  const all = findMentions(text, { published, locale: 'en-US' });
  for (const m of all) {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return all.map((m) => [m.text, m.value, ...(m.mod ? [m.mod] : [])]);
}

describe('findMentions: business and wire plans', () => {
  it('reads a weekday after a zoned clock time that is set for it as the coming one', () => {
    expect(read('The launch is set for 11 p.m. Moscow time on Friday (2000 GMT).')).toEqual([
      ['11 p.m. Moscow time on Friday', '2025-03-14T23:00'],
      ['2000 GMT', '2025-03-14T20:00'],
    ]);
  });
});
