import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

/** The mentions of `text` as [words, value, mod], each checked against the schema and offsets. */
function read(text: string, published: string = MARCH.published) {
  const all = findMentions(text, { published, locale: 'en-US' });
  for (const m of all) {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return all.map((m) => [m.text, m.value, ...(m.mod ? [m.mod] : [])]);
}

describe('findMentions: business and wire plans', () => {
  it('reads a weekday after a zoned clock time that is set for it as the coming one', () => {
    expect(read('The launch is set for 11 p.m. Moscow time on Friday (2000 GMT).')).toEqual([
      ['11 p.m. Moscow time on Friday', '2025-03-14T23:00'],
      ['2000 GMT', '2025-03-14T20:00'],
    ]);
  });

  it('reads a month naming a meeting or vote in a sentence of no past as the next such month', () => {
    expect(read("Traders see a cut at the central bank's June meeting.")).toEqual([
      ['June', '2025-06'],
    ]);
    expect(read('Traders are betting on a cut at the January policy meeting.')).toEqual([
      ['January', '2026-01'],
    ]);
    expect(read('The November election looms over markets.')).toEqual([['November', '2025-11']]);
    expect(read("Traders see a cut at the bank's March meeting.")).toEqual([['March', '2025-03']]);
    expect(read('Traders see a cut at the December meeting.', '2025-12-03')).toEqual([
      ['December', '2025-12'],
    ]);
  });

  it('keeps a month naming a meeting gone by when its sentence is past or tells its record', () => {
    expect(read('At its January meeting, the Fed held rates.')).toEqual([['January', '2025-01']]);
    expect(read('The February meeting minutes show broad support.')).toEqual([
      ['February', '2025-02'],
    ]);
  });
});

describe('findMentions: business periods', () => {
  it('joins a fiscal year and its quarter in either order', () => {
    expect(read('FY25 Q3 revenue rose 4%.')).toEqual([['FY25 Q3', '2025-Q3']]);
    expect(read('Q3 FY25 revenue rose 4%.')).toEqual([['Q3 FY25', '2025-Q3']]);
    expect(read("The company's FY2026 Q1 guidance was cut.")).toEqual([['FY2026 Q1', '2026-Q1']]);
  });
});

describe('findMentions: May the person after a plan word', () => {
  it('reads May before "and" and a possessive as a person, and before another month as the month', () => {
    expect(read('The table was set for May and her guests.')).toEqual([]);
    expect(read('A room was booked for May and his aides.')).toEqual([]);
    expect(read('The vote is set for May and June.')).toEqual([
      ['May', '2025-05'],
      ['June', '2025-06'],
    ]);
  });
});
