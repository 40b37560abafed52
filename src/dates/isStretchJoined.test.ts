import { describe, expect, it } from 'vitest';
import { isStretchJoined } from './isStretchJoined.ts';

/** Whether the first two capitalised words of `text` are joined as a stretch's ends. */
function joined(text: string): boolean {
  const [a, b] = [...text.matchAll(/\b[A-Z][a-z]+\b/g)];
  return isStretchJoined(text, { start: a!.index, end: a!.index + a![0].length }, b!.index);
}

describe('isStretchJoined', () => {
  it('joins two ends by "to", "until", "through", "thru" or a dash', () => {
    expect(joined('closed from Monday to Thursday')).toBe(true);
    expect(joined('open Monday until Friday')).toBe(true);
    expect(joined('open Monday through Friday')).toBe(true);
    expect(joined('open Monday thru Friday')).toBe(true);
    expect(joined('open Monday–Friday')).toBe(true);
    expect(joined('open Monday - Friday')).toBe(true);
  });

  it('joins two ends by "and" only after "between"', () => {
    expect(joined('closed between Monday and Thursday')).toBe(true);
    expect(joined('closed on Monday and Thursday')).toBe(false);
  });

  it('joins no list, no other word and no comma', () => {
    expect(joined('closed on Monday, Thursday')).toBe(false);
    expect(joined('closed on Monday or Thursday')).toBe(false);
    expect(joined('closed on Monday to the Thursday')).toBe(false);
  });
});
