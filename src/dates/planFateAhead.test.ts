import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { planFateAhead } from './planFateAhead.ts';

// Friday 18 December 2026: the Monday gone by is the 14th, the coming one the 21st.
const FRIDAY = { published: '2026-12-18', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe("a day's plan whose fate is told with a modal", () => {
  it.each([
    ["Officials said Monday's deadline would not be extended.", 'Monday = 2026-12-21'],
    ["The union said Thursday's deadline could be pushed back.", 'Thursday = 2026-12-24'],
    ["Ministers insisted Wednesday's deadline would stand.", 'Wednesday = 2026-12-23'],
    ["Negotiators said Tuesday's vote would go ahead as planned.", 'Tuesday = 2026-12-22'],
    ["Police said Saturday's march would be allowed to go ahead.", 'Saturday = 2026-12-19'],
    ["The airline said Tuesday's flights would be cancelled.", 'Tuesday = 2026-12-22'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ["Officials said Monday's deadline had not been extended.", 'Monday = 2026-12-14'],
    ["Officials said Monday's attack would not deter them.", 'Monday = 2026-12-14'],
    ["The court said Monday's ruling would be appealed.", 'Monday = 2026-12-14'],
    ["He said Monday's game would have gone ahead without the rain.", 'Monday = 2026-12-14'],
    ["Organisers said Monday's result would stand despite the protest.", 'Monday = 2026-12-14'],
    [
      "Police said the man arrested in Monday's raid would be held in custody.",
      'Monday = 2026-12-14',
    ],
    ["He said Monday's attack would not be allowed to derail the talks.", 'Monday = 2026-12-14'],
  ])('keeps the day gone by in "%s"', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('asks only the words after the day', () => {
    expect(planFateAhead("'s deadline would not be extended.")).toBe(true);
    expect(planFateAhead("'s deadline was extended.")).toBe(false);
  });
});
