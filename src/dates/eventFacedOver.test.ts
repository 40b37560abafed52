import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Sunday 15 March 2026: the Friday gone by is the 13th, the coming one the 20th.
const SUNDAY = { published: '2026-03-15', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, SUNDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('what someone faces over a deed gone by', () => {
  it.each([
    ['The driver faces charges over a crash on Friday.', 'Friday = 2026-03-13'],
    [
      'A man faces a murder charge over a shooting on Saturday, police said.',
      'Saturday = 2026-03-14',
    ],
    ['The striker faces a lengthy ban after a red card on Saturday.', 'Saturday = 2026-03-14'],
    ['The coach faces criticism over his remarks to reporters on Friday.', 'Friday = 2026-03-13'],
    ['The company faces a backlash after a data leak on Thursday.', 'Thursday = 2026-03-12'],
    [
      'The bus driver faces prosecution over a collision in the city centre on Friday.',
      'Friday = 2026-03-13',
    ],
  ])('reads "%s" as the day gone by', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('reads a hearing set for a day ahead and the attack it is over gone by', () => {
    expect(read('The suspect faces a hearing on Monday over the attack on Saturday.')).toEqual([
      ['Monday = 2026-03-16', 'Saturday = 2026-03-14'],
      ['Monday = 2026-03-16', 'Saturday = 2026-03-14'],
    ]);
  });

  it.each([
    ['The minister faces MPs on Tuesday.', 'Tuesday = 2026-03-17'],
    ['The prime minister faces questions over the scandal on Wednesday.', 'Wednesday = 2026-03-18'],
    ['The senator faces a vote on Thursday over the shooting.', 'Thursday = 2026-03-19'],
  ])('keeps the schedule of "%s" (no happening named between)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    [
      'The champion faces a rematch for the title fight on Saturday in Las Vegas.',
      'Saturday = 2026-03-21',
    ],
    ['The band faces fans for its farewell party on Friday.', 'Friday = 2026-03-20'],
  ])('reads "%s" as the day ahead (a bout or a party is staged)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });
});
