import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { isPersonalOccasionEve } from './isPersonalOccasionEve.ts';

// Wednesday 11 March 2026.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('the eve of a person’s own day, which the text does not date', () => {
  it('reads nothing in "She died on the eve of her 100th birthday"', () => {
    expect(read('She died on the eve of her 100th birthday.')).toEqual([]);
  });

  it.each([
    ['They married on the eve of his retirement.'],
    ['The couple celebrated on the eve of their golden wedding anniversary.'],
    ["Fans gathered on the eve of Bowie's 80th birthday."],
  ])('reads nothing in %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    [
      'Leaders meet on June 25. On the eve of the summit, protesters gathered.',
      ['June 25 2026-06-25', 'the eve of the summit 2026-06-24'],
    ],
    [
      'Veterans gathered on the eve of the 80th anniversary of D-Day.',
      ['the eve of the 80th anniversary 2026-03-10'],
    ],
    ["Tensions rose on the eve of Smith's trial.", ["the eve of Smith's trial 2026-03-10"]],
  ])('still reads the eve in %j', (text, found) => {
    expect(read(text)).toEqual(found);
  });

  it('asks for an owner right after "the eve of" and the day within two words', () => {
    expect(isPersonalOccasionEve('the eve of her 100th birthday')).toBe(true);
    expect(isPersonalOccasionEve('the eve of the 80th anniversary')).toBe(false);
    expect(isPersonalOccasionEve('the eve of her long-awaited first solo birthday')).toBe(false);
  });
});
