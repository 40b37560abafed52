import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a season "season of" a year', () => {
  it.each([
    [
      'The summer season of 1976 is still remembered at the club for its drought.',
      '2024-07-01',
      'The summer season of 1976 = 1976-SU',
    ],
    [
      'The winter season of 2008 was the worst the resort had seen.',
      '2025-03-10',
      'The winter season of 2008 = 2008-WI',
    ],
    [
      'Sales in the summer season 2019 were weak.',
      '2026-07-01',
      'the summer season 2019 = 2019-SU',
    ],
  ])("reads %j, said on %s, as that year's season in both readings", (text, published, found) => {
    for (const mentions of read(text, published)) expect(mentions).toEqual([found]);
  });

  it('keeps a season season with no year as the season by tense', () => {
    for (const mentions of read('The summer season begins in June.', '2026-01-10'))
      expect(mentions[0]).toBe('The summer = 2026-SU');
  });
});
