import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { NOUN_PHRASE_LEAD } from './nounPhraseLead.ts';

const PUBLISHED = { published: '2023-11-22', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const closesNounPhrase = (words: string) =>
  new RegExp(`(?<=${NOUN_PHRASE_LEAD})vote$`, 'i').test(words);

describe('a bare verb of schedule that closes a noun phrase', () => {
  it.each([
    ['The prime minister lost a confidence vote in March.', 'March 2023-03'],
    ['The government survived a no-confidence vote in the spring.', 'the spring 2023-SP'],
    ['The law passed in a close vote in June.', 'June 2023-06'],
    [
      'The minister faced a no-confidence vote on Monday.',
      'on Monday 2023-11-20',
      'Monday 2023-11-20',
    ],
    [
      "Parliament's vote on Monday ended the stalemate.",
      'on Monday 2023-11-20',
      'Monday 2023-11-20',
    ],
    ['The party made a strong start in January.', 'January 2023-01'],
  ])('is the noun in %j, a time gone by in both readings', (text, inNews, inTimeml = inNews) => {
    expect(news(text)).toEqual([inNews]);
    expect(timeml(text)).toEqual([inTimeml]);
  });

  it.each([
    ['The two chambers vote on Friday.', 'on Friday 2023-11-24', 'Friday 2023-11-24'],
    ['Its members vote in May.', 'May 2024-05', 'May 2024-05'],
    ['The people vote on Sunday.', 'on Sunday 2023-11-26', 'Sunday 2023-11-26'],
    ['The G7 finance ministers meet in May.', 'May 2024-05', 'May 2024-05'],
    ['Lawmakers in the lower house vote on Friday.', 'on Friday 2023-11-24', 'Friday 2023-11-24'],
    ['Ministers from the bloc meet in May.', 'May 2024-05', 'May 2024-05'],
  ])('stays the verb of a plural subject in %j, a plan', (text, inNews, inTimeml) => {
    expect(news(text)).toEqual([inNews]);
    expect(timeml(text)).toEqual([inTimeml]);
  });

  it('tells the phrase by its opener and the words after it', () => {
    expect(closesNounPhrase('lost a 52-48 vote')).toBe(true);
    expect(closesNounPhrase("lawmakers' vote")).toBe(true);
    expect(closesNounPhrase('the Congress vote')).toBe(true);
    expect(closesNounPhrase('the members vote')).toBe(false);
    expect(closesNounPhrase('the House and Senate vote')).toBe(false);
    expect(closesNounPhrase('Lawmakers vote')).toBe(false);
    expect(closesNounPhrase('Republicans in the Senate vote')).toBe(false);
    expect(closesNounPhrase('Turnout in the Senate vote')).toBe(true);
  });
});
