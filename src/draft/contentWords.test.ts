import { describe, expect, it } from 'vitest';
import { contentWords } from './contentWords.ts';

describe('contentWords', () => {
  it('keeps the words that name the happening and drops function, reporting and calendar words', () => {
    expect(
      contentWords('Officials said Witkoff met Putin in Moscow on Wednesday, 6 August.'),
    ).toEqual(['official', 'witkoff', 'met', 'putin', 'moscow']);
  });

  it('folds plurals, possessives and -ed/-ing forms together', () => {
    expect(contentWords("Apple's lawsuits")).toEqual(contentWords('Apple lawsuit'));
    expect(contentWords('launched')).toEqual(contentWords('launching'));
  });
});
