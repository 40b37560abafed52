import { describe, expect, it } from 'vitest';
import { kindFromWords } from './kindFromWords.ts';

const general = ['meeting', 'call', 'statement', 'court', 'other'].map((id) => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
}));

describe('kindFromWords', () => {
  it('picks the kind the words point to', () => {
    expect(kindFromWords('Witkoff met Putin in Moscow', general)).toBe('meeting');
    expect(kindFromWords('Apple Corps filed a lawsuit in a London court', general)).toBe('court');
    expect(kindFromWords('Trump spoke by phone with Zelensky', general)).toBe('call');
  });

  it('falls back to other when nothing points anywhere', () => {
    expect(kindFromWords('Shares rose sharply', general)).toBe('other');
  });

  it("matches a story's own kinds by the words of their label", () => {
    const kinds = [
      { id: 'gadget', label: 'Product launch' },
      { id: 'misc', label: 'Everything else' },
    ];
    expect(kindFromWords('Apple will launch the iPhone 4', kinds)).toBe('gadget');
    expect(kindFromWords('Shares rose sharply', kinds)).toBe('gadget');
  });
});
