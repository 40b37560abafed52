import { describe, expect, it } from 'vitest';
import { anchorSelectors } from './anchorSelectors.ts';

const text = 'Witkoff met Putin on Wednesday. Trump said Witkoff met Putin for three hours.';
const second = text.lastIndexOf('Witkoff met Putin');
const selectors = {
  quote: { exact: 'Witkoff met Putin', prefix: 'Trump said ', suffix: ' for three hours.' },
  position: { start: second, end: second + 'Witkoff met Putin'.length },
};

describe('anchorSelectors', () => {
  it('takes the stored position when the text there is still the quote', () => {
    expect(anchorSelectors(text, selectors)).toEqual({
      start: second,
      end: second + 17,
      by: 'position',
    });
  });

  it('falls back to the quote and its context when the text has moved', () => {
    const moved = `Updated: ${text}`;
    expect(anchorSelectors(moved, selectors)).toEqual({
      start: second + 9,
      end: second + 26,
      by: 'quote',
    });
  });

  it('reads positions as code points, so an emoji before the passage does not shift it', () => {
    const withEmoji = `😀 ${text}`;
    const points = { start: second + 2, end: second + 19 };
    expect(anchorSelectors(withEmoji, { ...selectors, position: points })).toEqual({
      start: second + 3,
      end: second + 20,
      by: 'position',
    });
  });

  it('finds nothing when the quote is gone', () => {
    expect(anchorSelectors('Nothing of the kind.', selectors)).toBeNull();
  });

  it('finds nothing when the quote occurs twice and no context tells them apart', () => {
    const twice = 'Witkoff met Putin. Witkoff met Putin.';
    const bare = { exact: 'Witkoff met Putin', prefix: 'x', suffix: 'y' };
    expect(anchorSelectors(twice, { quote: bare, position: { start: 99, end: 116 } })).toBeNull();
  });
});
