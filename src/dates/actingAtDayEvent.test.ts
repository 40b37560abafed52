import { describe, expect, it } from 'vitest';
import { actingAtDayEvent, happeningAtDayEvent } from './actingAtDayEvent.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const OCTOBER_7 = { published: '2026-10-07', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, OCTOBER_7).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, OCTOBER_7).map((m) => [m.text, m.value] as const);

describe("a deed looked ahead to at a day's event", () => {
  it('reads "will present her budget at Thursday\'s board meeting" as the coming Thursday', () => {
    const text = "The superintendent will present her budget at Thursday's board meeting.";
    expect(news(text)).toEqual([['Thursday', '2026-10-08']]);
    expect(timeml(text)).toEqual([['Thursday', '2026-10-08']]);
  });

  it('reads a vote, a concern raised and a passive honour alike', () => {
    expect(news("The board will vote on the plan at Tuesday's meeting.")).toEqual([
      ['Tuesday', '2026-10-13'],
    ]);
    expect(news("Parents will raise their concerns at Monday's school board meeting.")).toEqual([
      ['Monday', '2026-10-12'],
    ]);
    expect(timeml("The graduates will be honored during Saturday's ceremony.")).toEqual([
      ['Saturday', '2026-10-10'],
    ]);
  });

  it('reads a deed whose object is long, the verb further back than awaiting is looked for', () => {
    expect(
      news("The district will unveil its redistricting plan at Monday's school board meeting."),
    ).toEqual([['Monday', '2026-10-12']]);
  });

  it('keeps the day gone by for a past, a verb that looks back and a deed gone by between', () => {
    expect(news("The superintendent presented her budget at Thursday's board meeting.")).toEqual([
      ['Thursday', '2026-10-01'],
    ]);
    expect(news("Officials will look into the fight at Friday's game.")).toEqual([
      ['Friday', '2026-10-02'],
    ]);
    expect(news("The superintendent will present footage taken at Saturday's game.")).toEqual([
      ['Saturday', '2026-10-03'],
    ]);
  });

  it("keeps the day gone by when the deed's object is what happened at the event", () => {
    expect(news("The board will discuss the fight at Friday's game.")).toEqual([
      ['Friday', '2026-10-02'],
    ]);
    expect(timeml("Officials will speak about the chaos at Monday's rally.")).toEqual([
      ['Monday', '2026-10-05'],
    ]);
    expect(news("Parents will ask about the remarks at Monday's meeting.")).toEqual([
      ['Monday', '2026-10-05'],
    ]);
  });

  it("tells what happened at a day's event from a deed done at it", () => {
    expect(happeningAtDayEvent('Parents will ask about the remarks at ')).toBe(true);
    expect(happeningAtDayEvent('The board will vote on the plan at ')).toBe(false);
    expect(news("Residents will complain about the chaos at Thursday's council meeting.")).toEqual([
      ['Thursday', '2026-10-01'],
    ]);
  });

  it('asks for "at" or "during" right before the day', () => {
    expect(actingAtDayEvent('The board will vote on the plan at ')).toBe(true);
    expect(actingAtDayEvent('The board will vote on the plan after ')).toBe(false);
  });
});
