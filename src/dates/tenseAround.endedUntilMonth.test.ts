import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a month a past stay or habit lasted "until"', () => {
  it.each([
    [
      'She used to work at the bakery until March, when it closed.',
      '2026-05-20',
      'March = 2026-03',
    ],
    ['She used to coach the team until February.', '2026-05-27', 'February = 2026-02'],
    [
      'He lived in the flat until April, when the landlord sold it.',
      '2026-06-03',
      'April = 2026-04',
    ],
    ['He worked at the plant until April.', '2026-06-03', 'April = 2026-04'],
  ])('reads %j, said on %s, with the month gone by in both readings', (text, published, month) => {
    for (const mentions of read(text, published)) expect(mentions).toEqual([month]);
  });

  it.each([
    // The stretch of a habit, any year's.
    [
      'Farmers used to graze cattle on the hills from May until October.',
      '2026-05-20',
      'May = XXXX-05',
    ],
    // A habit kept now.
    ['The shop usually stays open until March.', '2026-05-20', 'March = XXXX-03'],
    // A time set ahead by the verb before its object and place.
    ['The council imposed a curfew in the city until August.', '2026-06-03', 'August = 2026-08'],
    // A future told after "used to".
    ['He used to say he would stay until March.', '2026-05-20', 'March = 2027-03'],
  ])('keeps %j, said on %s, as it was', (text, published, month) => {
    for (const mentions of read(text, published)) expect(mentions).toContain(month);
  });
});
