import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('the eve of a feast named by its name', () => {
  it('reads "Kosher grocers expect their busiest day on the eve of Passover" as the day before the coming Passover', () => {
    expect(
      read(
        'Kosher grocers said they expect their busiest day on the eve of Passover.',
        '2026-03-27',
      ),
    ).toEqual([['the eve of Passover = 2026-04-01'], ['Passover = 2026-04-02']]);
  });

  it('reads "Protesters gathered on the eve of Yom Kippur" as the day before the Yom Kippur gone by', () => {
    expect(read('Protesters gathered on the eve of Yom Kippur.', '2026-10-05')).toEqual([
      ['the eve of Yom Kippur = 2026-09-20'],
      ['Yom Kippur = 2026-09-21'],
    ]);
  });

  it('reads "Traffic peaks on the eve of Thanksgiving" as the Wednesday before it', () => {
    expect(read('Traffic peaks on the eve of Thanksgiving.', '2026-11-20')[0]).toEqual([
      'the eve of Thanksgiving = 2026-11-25',
    ]);
  });

  it('reads "On the eve of Passover in 2002, a bomber struck" as the day before the Passover of 2002, not of the tense', () => {
    expect(
      read(
        'On the eve of Passover in 2002, a suicide bomber struck a hotel in Netanya.',
        '2026-03-27',
      )[0],
    ).toContain('the eve of Passover = 2002-03-27');
  });

  it('reads "On the eve of Thanksgiving last year" as the day before the Thanksgiving of last year', () => {
    expect(read('On the eve of Thanksgiving last year, the storm hit.', '2026-12-01')[0]).toContain(
      'the eve of Thanksgiving = 2025-11-26',
    );
  });

  it('reads no eve of a feast written in lower case', () => {
    expect(read('They met on the eve of christmas.', '2026-12-20')).toEqual([[], []]);
  });

  it('reads "Airports expect crowds on the eve of Thanksgiving weekend" as the weekend, no eve of the feast alone', () => {
    const [news] = read('Airports expect crowds on the eve of Thanksgiving weekend.', '2026-11-10');
    expect(news).toEqual(['Thanksgiving weekend = 2026-W48-WE']);
  });
});
