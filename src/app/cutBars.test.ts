import { describe, expect, it } from 'vitest';
import { cutBar, cutBars, sameCut } from './cutBars.ts';

const day = (d: number) => new Date(2025, 7, d);
/** The news days, 6–8 Aug: three days. */
const window = { start: day(6), end: day(9) };
const bar = (id: string, from: Date, to: Date) => ({ id, start: from, end: to });

describe('cutBars', () => {
  it('finds each bar the window cuts, with the edge it runs on past', () => {
    const cuts = cutBars(
      [
        bar('talks', new Date(2025, 0, 1), day(8)),
        bar('month', day(1), new Date(2025, 8, 1)),
        bar('deadline', day(8), day(21)),
        bar('meeting', day(6), day(7)),
        bar('later', day(20), day(21)),
      ],
      window,
    );
    expect([...cuts].map(([id, cut]) => [id, cut.side])).toEqual([
      ['talks', 'before'],
      ['month', 'both'],
      ['deadline', 'after'],
    ]);
  });

  it('follows the window it is given: the same bars cut otherwise once the reader has moved', () => {
    const items = [bar('meeting', day(6), day(7)), bar('talks', new Date(2025, 0, 1), day(8))];
    // Zoomed in on the afternoon of the meeting: the day runs past both edges, the talks too.
    const afternoon = { start: new Date(2025, 7, 6, 12), end: new Date(2025, 7, 6, 18) };
    expect([...cutBars(items, afternoon)].map(([id, cut]) => [id, cut.side])).toEqual([
      ['meeting', 'both'],
      ['talks', 'both'],
    ]);
    // Dragged back to the turn of the year: the talks now run on past the end only, the meeting
    // is out of sight.
    const newYear = { start: new Date(2024, 11, 20), end: new Date(2025, 0, 10) };
    expect([...cutBars(items, newYear)].map(([id, cut]) => [id, cut.side])).toEqual([
      ['talks', 'after'],
    ]);
  });
});

describe('cutBar', () => {
  it('gives the share of the window the part on show takes, so a label can wrap within it', () => {
    const span = { start: new Date(2025, 0, 1), end: day(8) };
    const share =
      (span.end.getTime() - window.start.getTime()) /
      (window.end.getTime() - window.start.getTime());
    expect(cutBar(span, window)?.shown).toBe(Math.round(share * 1000) / 1000);
  });

  it('says nothing of a bar wholly inside the window', () => {
    expect(cutBar({ start: day(6), end: day(9) }, window)).toBeNull();
  });
});

describe('sameCut', () => {
  it('tells a change of edge or share from a window read back a pixel off', () => {
    expect(sameCut(null, undefined)).toBe(true);
    expect(sameCut({ side: 'before', shown: 0.5 }, { side: 'before', shown: 0.5 })).toBe(true);
    expect(sameCut({ side: 'before', shown: 0.5 }, { side: 'both', shown: 0.5 })).toBe(false);
    expect(sameCut({ side: 'before', shown: 0.5 }, { side: 'before', shown: 0.6 })).toBe(false);
    expect(sameCut({ side: 'before', shown: 0.5 }, null)).toBe(false);
  });
});
