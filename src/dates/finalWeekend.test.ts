import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

/** The text and value of each reading's mention over "weekend" in `text`, said on `published`. */
function weekend(text: string, published: string): [string, string][] {
  const options = { published, locale: 'en-US' } as const;
  return [findMentions(text, options), findTimemlMentions(text, options)].map((mentions) => {
    const m = mentions.find((mention) => /weekend/i.test(mention.text));
    return [m?.text ?? '', m?.value ?? ''];
  });
}

describe('finalWeekend', () => {
  it('reads "Both campaigns will spend the final weekend in Florida", said on Thursday 2 November 2000, as 2000-W44-WE', () => {
    expect(
      weekend('Both campaigns will spend the final weekend in Florida and Michigan.', '2000-11-02'),
    ).toEqual([
      ['the final weekend', '2000-W44-WE'],
      ['the final weekend', '2000-W44-WE'],
    ]);
  });

  it('reads "The final weekend of the regular season will decide the wild card", said on Tuesday 28 September 1999, as 1999-W39-WE', () => {
    expect(
      weekend(
        'The final weekend of the regular season will decide the National League wild card.',
        '1999-09-28',
      ),
    ).toEqual([
      ['The final weekend', '1999-W39-WE'],
      ['The final weekend', '1999-W39-WE'],
    ]);
  });

  it('reads "Gore spent the final weekend in Florida", said on Tuesday 7 November 2000, as the weekend gone by, 2000-W44-WE', () => {
    expect(weekend('Gore spent the final weekend in Florida.', '2000-11-07')).toEqual([
      ['the final weekend', '2000-W44-WE'],
      ['the final weekend', '2000-W44-WE'],
    ]);
  });

  it('leaves "the final weekend of May" to the ordinal weekdays (the last weekend of the month)', () => {
    expect(weekend('The fair closes on the final weekend of May.', '1999-03-02')).toEqual([
      ['the final weekend of May', '1999-W21-WE'],
      ['the final weekend of May', '1999-W21-WE'],
    ]);
  });
});
