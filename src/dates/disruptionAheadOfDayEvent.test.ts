import { describe, expect, it } from 'vitest';
import { disruptionAheadOfDayEvent } from './disruptionAheadOfDayEvent.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026: the coming Friday is the 13th, the one gone by the 6th.
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe("a day's journey or fixture that a modal, a plan or a threat says may yet be disrupted", () => {
  it.each([
    ["Snow is expected to disrupt Friday's commute across New England.", 'Friday = 2026-03-13'],
    ["Storms could wreck Saturday's match against Leeds.", 'Saturday = 2026-03-14'],
    ["Strikes threaten Sunday's flights to Spain.", 'Sunday = 2026-03-15'],
    ["The walkout threatens to halt Friday's services on the Central line.", 'Friday = 2026-03-13'],
    ["Heavy rain will cause delays to Friday's evening rush hour.", 'Friday = 2026-03-13'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ["Snow disrupted Friday's commute across New England.", 'Friday = 2026-03-06'],
    ["The fines will hit Saturday's protesters hardest.", 'Saturday = 2026-03-07'],
  ])('keeps the day gone by in "%s" (a past, or no journey or fixture)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('needs the verb of disrupting right before the day', () => {
    expect(disruptionAheadOfDayEvent('Snow will disrupt ', "'s commute")).toBe(true);
    expect(disruptionAheadOfDayEvent('Snow will disrupt half of ', "'s commute")).toBe(false);
  });
});

// Monday 16 March 2026: the Saturday gone by is the 14th, the nearer; the one to come the 21st.
const MONDAY = { published: '2026-03-16', locale: 'en-GB' } as const;
const readMonday = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY)
      .filter((m) => /day$/.test(m.text))
      .map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('a warning of disruption told in the past', () => {
  it('reads "Forecasters said on Thursday that storms could wreck Saturday\'s match, but it went ahead", said on a Monday, as the Saturday gone by', () => {
    const text =
      "Forecasters said on Thursday that storms could wreck Saturday's match, but it went ahead.";
    const found = ['Thursday = 2026-03-12', 'Saturday = 2026-03-14'];
    expect(readMonday(text)).toEqual([found, found]);
  });

  it('reads "Engineers warned that the fault could delay Friday\'s trains", said on a Monday, as the Friday gone by', () => {
    const found = ['Friday = 2026-03-13'];
    expect(readMonday("Engineers warned that the fault could delay Friday's trains.")).toEqual([
      found,
      found,
    ]);
  });

  it('still reads the coming day when it is the nearer: "Forecasters said storms could wreck Saturday\'s match", said on a Thursday', () => {
    const found = ['Saturday = 2026-03-14'];
    const thursday = { published: '2026-03-12', locale: 'en-GB' } as const;
    const text = "Forecasters said storms could wreck Saturday's match.";
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, thursday).map((m) => `${m.text} = ${m.value}`),
      ),
    ).toEqual([found, found]);
  });
});
