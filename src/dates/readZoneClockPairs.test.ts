import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 7 January 2000.
const FRIDAY = { published: '2000-01-07', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text.replace(/^at /, '')} = ${m.value}`),
  );
const both = (found: string[]) => [found, found];

describe("one time on two US regions' clocks", () => {
  it("reads a promo's bare hours as prime time, the second an hour earlier", () => {
    expect(read("The debate airs at nine o'clock Eastern, eight Central.")).toEqual(
      both(["nine o'clock Eastern = 2000-01-07T21:00", 'eight Central = 2000-01-07T20:00']),
    );
    expect(read('Our live coverage begins at nine Eastern, six Pacific.')).toEqual(
      both(['nine Eastern = 2000-01-07T21:00', 'six Pacific = 2000-01-07T18:00']),
    );
  });

  it("keeps a morning show's bare hours in the morning", () => {
    expect(read('Good Morning America airs at seven Eastern, six Central.')).toEqual(
      both(['seven Eastern = 2000-01-07T07:00', 'six Central = 2000-01-07T06:00']),
    );
    expect(read('The breakfast show airs weekdays at eight Eastern, seven Central.')).toEqual(
      both(['eight Eastern = 2000-01-07T08:00', 'seven Central = 2000-01-07T07:00']),
    );
  });

  it('keeps prime time when the evening is named beside a morning', () => {
    expect(
      read("Tonight's debate, after a morning of rallies, airs at nine Eastern, eight Central.")[0],
    ).toEqual([
      'Tonight = 2000-01-07',
      'nine Eastern = 2000-01-07T21:00',
      'eight Central = 2000-01-07T20:00',
    ]);
  });

  it("gives the second clock the first's half of the day when the first says it", () => {
    expect(read('Polls close at 7 p.m. Eastern, 6 Central.')).toEqual(
      both(['7 p.m. Eastern = 2000-01-07T19:00', '6 Central = 2000-01-07T18:00']),
    );
    expect(read('The launch window opens at 6:15 a.m. Eastern, 5:15 Central.')).toEqual(
      both(['6:15 a.m. Eastern = 2000-01-07T06:15', '5:15 Central = 2000-01-07T05:15']),
    );
  });

  it('keeps the morning where no broadcast is told', () => {
    expect(read('The market opens at 9:30 Eastern, 8:30 Central.')).toEqual(
      both(['9:30 Eastern = 2000-01-07T09:30', '8:30 Central = 2000-01-07T08:30']),
    );
  });

  it('dates the pair by the day and part named before it', () => {
    const [news, timeml] = read(
      "Don't miss the special tomorrow night at eight Eastern, seven Central.",
    );
    expect(news).toEqual([
      'tomorrow night = 2000-01-08',
      'eight Eastern = 2000-01-08T20:00',
      'seven Central = 2000-01-08T19:00',
    ]);
    expect(timeml).toEqual([
      'tomorrow night = 2000-01-08TNI',
      'eight Eastern = 2000-01-08T20:00',
      'seven Central = 2000-01-08T19:00',
    ]);
  });

  it("reads no pair whose hours are not the regions' hours apart", () => {
    const found = read('Results came in at nine Eastern, nine Central.').flat();
    expect(found.filter((words) => words.startsWith('nine Central'))).toEqual([]);
  });
});
