import { describe, expect, it } from 'vitest';
import { daySittingOwned, mayDoAtSitting } from './daySittingOwned.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026: the coming Thursday is the 12th, the one gone by the 5th.
const MONDAY = { published: '2026-03-09', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe("a sitting a weekday owns is read by its sentence's tense", () => {
  it.each([
    ["The vote is expected at Thursday's council meeting.", 'Thursday = 2026-03-12'],
    ["The mayor will give an update at Thursday's council meeting.", 'Thursday = 2026-03-12'],
    ["Councillors are expected to vote at Thursday's meeting.", 'Thursday = 2026-03-12'],
    ["The proposal will go before Thursday's planning committee.", 'Thursday = 2026-03-12'],
    ["Residents can raise concerns at Tuesday's meeting.", 'Tuesday = 2026-03-10'],
    ["Residents are invited to speak at Wednesday's hearing.", 'Wednesday = 2026-03-11'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    [
      "Councillors agreed in principle at Thursday's meeting to close the pool.",
      'Thursday = 2026-03-05',
    ],
    ["The plan was approved at Thursday's meeting.", 'Thursday = 2026-03-05'],
    ["Thursday's meeting ended without a vote.", 'Thursday = 2026-03-05'],
    ["Members rejected the offer in Friday's ballot.", 'Friday = 2026-03-06'],
    ["Officials said Thursday's meeting had been productive.", 'Thursday = 2026-03-05'],
  ])('keeps the day gone by in "%s" (told in the past)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it("keeps a day's event that is no sitting gone by, as before", () => {
    expect(read("Residents can see the damage from Thursday's storm.")).toEqual([
      ['Thursday = 2026-03-05'],
      ['Thursday = 2026-03-05'],
    ]);
  });

  it('tells a sitting from other things a day owns', () => {
    expect(daySittingOwned("'s special council meeting")).toBe(true);
    expect(daySittingOwned("'s hearing")).toBe(true);
    expect(daySittingOwned("'s storm damage")).toBe(false);
    expect(mayDoAtSitting('Residents can raise concerns at ')).toBe(true);
    expect(mayDoAtSitting('Residents raised concerns at ')).toBe(false);
  });
});
