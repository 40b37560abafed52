import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSpeakingPhraseDay } from './isSpeakingPhraseDay.ts';

// A Wednesday: the Sunday gone by is Sept. 21, the coming one Sept. 28.
const PUBLISHED = { published: '2025-09-24', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe("a speaker's day in a participle phrase of speaking", () => {
  it.each([
    'Speaking on Sunday, the minister said the election would be held in the spring.',
    'The opposition leader, speaking on Sunday, said the vote would go ahead.',
    'Talking to reporters in Brussels on Sunday, the envoy said a deal could come soon.',
    'Taxes will not rise, the prime minister said, speaking in parliament on Sunday.',
    'Writing on social media on Sunday, the senator vowed to block the bill.',
  ])('is the day gone by in %j, in both readings', (text) => {
    expect(news(text)).toContain('on Sunday 2025-09-21');
    expect(timeml(text)).toContain('Sunday 2025-09-21');
  });

  it.each([
    'Speaking at the UN on Sunday, the president will outline his plan.',
    'The minister will travel on Sunday, aides said.',
    'Officials said the minister, testifying on Sunday, would defend the plan.',
  ])('stays ahead in %j: no saying gone by dates it', (text) => {
    expect(news(text)).toContain('on Sunday 2025-09-28');
    expect(timeml(text)).toContain('Sunday 2025-09-28');
  });

  it('takes no phrase looking ahead nor one that opens no clause of its own', () => {
    expect(isSpeakingPhraseDay('Speaking next week in Rome and ', ', he said.')).toBe(false);
    expect(isSpeakingPhraseDay('He said he is speaking ', '.')).toBe(false);
    expect(isSpeakingPhraseDay('Speaking ', ', he will say little.')).toBe(false);
    expect(isSpeakingPhraseDay('Speaking ', ', he urged calm.')).toBe(true);
    expect(isSpeakingPhraseDay('He said the envoy, speaking ', ', would urge calm.')).toBe(false);
  });
});
