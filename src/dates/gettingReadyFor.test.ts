import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { GETTING_READY_FOR } from './gettingReadyFor.ts';

// Tuesday 10 February 2026: the coming May is 2026's, the one gone by 2025's.
const PUBLISHED = { published: '2026-02-10', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const gettingReady = (words: string) => new RegExp(GETTING_READY_FOR, 'i').test(words);

describe('a present progressive of getting ready', () => {
  it.each([
    ['Labour is bracing for heavy losses in the May local elections.', 'May 2026-05'],
    ['Ministers are preparing for the May elections, aides said.', 'May 2026-05'],
    ['Farmers are bracing for floods in April.', 'April 2026-04'],
    ['Organisers are gearing up for the festival in August.', 'August 2026-08'],
    ['The Conservatives are bracing themselves for a drubbing in May.', 'May 2026-05'],
    ['Investors are positioning for a rate cut in June.', 'June 2026-06'],
  ])('looks ahead to the month in %j, in both readings', (text, month) => {
    expect(news(text)).toContain(month);
    expect(timeml(text)).toContain(month);
  });

  it.each([
    ['Labour is recovering from heavy losses in May.', 'May 2025-05'],
    ['Farmers are bracing for more rain after the floods in January.', 'January 2026-01'],
    ['The party was preparing for the elections in May, he recalled.', 'May 2025-05'],
    [
      'Hospitals still recovering from the strikes in January are bracing for more.',
      'January 2026-01',
    ],
  ])(
    'leaves %j to its own tense: a recovery, a thing gone by, a past, a date before',
    (text, month) => {
      expect(news(text)).toContain(month);
      expect(timeml(text)).toContain(month);
    },
  );

  it('reads the verb after a present of "be" and before "for" only', () => {
    expect(gettingReady('are also preparing for')).toBe(true);
    expect(gettingReady("we're getting ready for")).toBe(true);
    expect(gettingReady('were bracing for')).toBe(false);
    expect(gettingReady('is preparing a report')).toBe(false);
  });
});
