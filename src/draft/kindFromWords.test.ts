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

  it('reads irregular verbs and verbs of saying through their infinitives', () => {
    expect(kindFromWords('The ministers spoke for an hour', general)).toBe('call');
    expect(kindFromWords('The mayor told journalists the bridge was safe', general)).toBe(
      'statement',
    );
  });

  it('lets the clause the date stands in decide, and the other texts only break its ties', () => {
    const texts = [
      'a spokeswoman confirmed',
      'the two ministers met in Oslo, a spokeswoman confirmed on Friday',
      'the two ministers met in Oslo and met again at the summit after talks',
    ];
    expect(kindFromWords(texts, general)).toBe('statement');
    expect(kindFromWords(['a summit at the court', 'before the verdict'], general)).toBe('court');
    expect(kindFromWords(['a summit at the court', 'before the summit'], general)).toBe('meeting');
  });

  it('goes on to the next text when the nearest points to no kind', () => {
    expect(kindFromWords(['on the quiet morning', 'the judge ruled'], general)).toBe('court');
  });
});
