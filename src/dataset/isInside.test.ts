import { describe, expect, it } from 'vitest';
import { isInside } from './isInside.ts';

describe('isInside', () => {
  it('holds for a file or folder below the folder', () => {
    expect(isInside('/story/data', '/story/data/events.json')).toBe(true);
    expect(isInside('/story/data', '/story/data/sub/x.json')).toBe(true);
  });

  it('does not hold for the folder itself, its parent, a sibling or a name that only starts alike', () => {
    expect(isInside('/story/data', '/story/data')).toBe(false);
    expect(isInside('/story/data', '/story')).toBe(false);
    expect(isInside('/story/data', '/story/seeds/a.txt')).toBe(false);
    expect(isInside('/story/data', '/story/data2/a.json')).toBe(false);
  });
});
