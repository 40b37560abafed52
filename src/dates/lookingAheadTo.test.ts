import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { lookingAheadTo } from './lookingAheadTo.ts';

const valueOf = (text: string, published: string, words: string, timeml = false) =>
  (timeml
    ? findTimemlMentions(text, { published, locale: 'en-US' })
    : findMentions(text, { published, locale: 'en-US' })
  ).find((m) => m.text.includes(words))?.value;

describe('a time looked ahead to', () => {
  it.each([
    ['The studio is looking ahead to the Oscars in March.', '2026-01-14', 'March', '2026-03'],
    ['Hoteliers are looking ahead to the summer.', '2026-02-04', 'summer', '2026-SU'],
    ['The team is looking forward to the World Cup in June.', '2026-01-15', 'June', '2026-06'],
    [
      'Retailers are already looking forward to Christmas.',
      '2026-11-05',
      'Christmas',
      '2026-12-25',
    ],
    ["We're looking forward to the autumn.", '2026-07-01', 'autumn', '2026-FA'],
  ])(
    'reads "%s" (said on %s) as the one to come, in both readings',
    (text, published, words, value) => {
      expect(valueOf(text, published, words)).toBe(value);
      expect(valueOf(text, published, words, true)).toBe(value);
    },
  );

  it.each([
    ['Fans were looking forward to the summer.', '2026-02-04', 'summer', '2025-SU'],
    ['The club had been looking ahead to June.', '2026-01-15', 'June', '2025-06'],
    ['The minister looked forward to June.', '2026-01-15', 'June', '2025-06'],
    ['The board is looking forward to what happened in June.', '2026-01-15', 'June', '2025-06'],
  ])('leaves "%s" (said on %s) as it was', (text, published, words, value) => {
    expect(valueOf(text, published, words)).toBe(value);
  });

  it('asks only a bare time', () => {
    expect(lookingAheadTo('Fans are looking forward to ', 'the summer')).toBe(true);
    expect(lookingAheadTo('Fans are looking forward to ', 'summer 2027')).toBe(false);
  });
});
