import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026.
const MONDAY = { published: '2026-03-09', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe("a plural's bare verb with its own object before the day", () => {
  it.each([
    ['The Mets open their season at home on Thursday.', 'Thursday = 2026-03-12'],
    ['Both sides begin their campaigns on Saturday.', 'Saturday = 2026-03-14'],
    ['The Rangers resume their road trip in Boston on Thursday.', 'Thursday = 2026-03-12'],
    ['The Cubs wrap up their homestand against the Reds on Wednesday.', 'Wednesday = 2026-03-11'],
    ['Rovers kick off their league campaign at Ewood Park on Saturday.', 'Saturday = 2026-03-14'],
    ['The Red Sox open their homestand against Toronto on Friday.', 'Friday = 2026-03-13'],
    ['City close their home campaign at the Etihad on Sunday.', 'Sunday = 2026-03-15'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['The Mets opened their season at home on Thursday.'],
    ['The Mets open their season, which was delayed on Thursday.'],
    ['The Mets did not open their season at home on Thursday.'],
  ])(
    'keeps the day gone by in "%s" (a past, a clause after a comma, or a verb after "did not")',
    (text) => {
      expect(read(text)).toEqual([['Thursday = 2026-03-05'], ['Thursday = 2026-03-05']]);
    },
  );
});
