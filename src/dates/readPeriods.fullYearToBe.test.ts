import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 16 October 1989.
const read = (text: string, published = '1989-10-16') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('"the full year" before "to be"', () => {
  it('reads "The company said it expects results for the full year to be below 1988\'s", said on 16 October 1989, as 1989', () => {
    expect(
      read("The company said it expects results for the full year to be below 1988's."),
    ).toEqual([
      ['the full year=1989', '1988=1988'],
      ['the full year=1989', '1988=1988'],
    ]);
  });

  it('still reads "Profit for the year to March rose 8%", said on 16 October 1989, as no year 1989: a year ending in March 1989-03, a length P1Y in TimeML mode', () => {
    expect(read('Profit for the year to March rose 8%.')).toEqual([
      ['March=1989-03'],
      ['the year=P1Y', 'March=1989-03'],
    ]);
  });
});
