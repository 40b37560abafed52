import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('Midnight Mass, the name of a service', () => {
  it('reads no midnight in "Thousands attended Midnight Mass at the cathedral"', () => {
    expect(read('Thousands attended Midnight Mass at the cathedral.', '2026-12-26')).toEqual([
      [],
      [],
    ]);
  });

  it('reads only the clock of "Midnight Mass at the cathedral will begin at 11.30pm tonight"', () => {
    expect(
      read('Midnight Mass at the cathedral will begin at 11.30pm tonight.', '2026-12-24'),
    ).toEqual([['11.30pm tonight = 2026-12-24T23:30'], ['11.30pm tonight = 2026-12-24T23:30']]);
  });

  it('keeps the midnight of "At midnight, mass protests began", a comma between', () => {
    expect(read('At midnight, mass protests began.', '2026-12-26')).toEqual([
      ['midnight = 2026-12-26T00:00'],
      ['midnight = 2026-12-26T00:00'],
    ]);
  });
  it('keeps the midnight of "Shortly after midnight mass arrests began", "mass" the adjective of a plural', () => {
    expect(read('Shortly after midnight mass arrests began in the square.', '2026-12-14')).toEqual([
      ['midnight = 2026-12-14T00:00'],
      ['midnight = 2026-12-14T00:00'],
    ]);
    expect(read('They went to midnight mass at the cathedral.', '2026-12-26')).toEqual([[], []]);
  });
});
