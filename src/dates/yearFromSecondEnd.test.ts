import { describe, expect, it } from 'vitest';
import { findMentions, findSeparateMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JUNE_2014 = { published: '2014-06-09', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, JUNE_2014).map((m) => [m.text, m.value]);

describe('a stretch whose year is written with its second end', () => {
  it('reads "from January to March 2013" as January to March of 2013, not January of 2014', () => {
    expect(read('The committee took evidence from January to March 2013.')).toEqual([
      ['January to March 2013', '2013-01/2013-03'],
    ]);
  });

  it('starts "from November to February 2013" in the November before', () => {
    expect(read('The line was shut from November to February 2013.')).toEqual([
      ['November to February 2013', '2012-11/2013-02'],
    ]);
  });

  it('gives the year to the first day of "between 3 May and 7 June 2011"', () => {
    expect(
      findSeparateMentions('The show ran between 3 May and 7 June 2011.', JUNE_2014).map(
        (m) => m.value,
      ),
    ).toEqual(['2011-05-03', '2011-06-07']);
  });

  it('gives the first end its year in TimeML mode, where the ends stay apart', () => {
    expect(
      findTimemlMentions('It took evidence from January to March 2013.', JUNE_2014).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([
      ['January', '2013-01'],
      ['March 2013', '2013-03'],
    ]);
  });

  it('leaves "He left in January and returned in March 2013." to the tense, no stretch', () => {
    expect(read('He left in January and returned in March 2013.')).toEqual([
      ['January', '2014-01'],
      ['March 2013', '2013-03'],
    ]);
  });

  it('keeps the coming Monday of "from Monday until 31 March 2028", not a Monday of 2027', () => {
    const dec = { published: '2026-12-03', locale: 'en-GB' } as const;
    const text = 'The consultation runs from Monday until 31 March 2028.';
    expect(findMentions(text, dec).map((m) => m.value)).toEqual(['2026-12-07/2028-03-31']);
    expect(findTimemlMentions(text, dec).map((m) => m.value)).toEqual(['2026-12-07', '2028-03-31']);
  });

  it('keeps publication\'s day for "from today until 31 December 2027"', () => {
    const text = 'The ban applies from today until 31 December 2027.';
    expect(
      findMentions(text, { published: '2026-03-02', locale: 'en-GB' }).map((m) => m.value),
    ).toEqual(['2026-03-02/2027-12-31']);
  });

  it('keeps "next month" and "this month" the months after and of publication before a year', () => {
    const dec = { published: '2026-12-03', locale: 'en-GB' } as const;
    const values = (text: string) => findMentions(text, dec).map((m) => m.value);
    expect(values('Roadworks on the A38 will run from next month to January 2028.')).toEqual([
      '2027-01/2028-01',
    ]);
    expect(values('The levy applies from this month until March 2029.')).toEqual([
      '2026-12/2029-03',
    ]);
  });
});
