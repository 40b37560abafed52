import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const valueOf = (
  text: string,
  phrase: string,
  published: string,
  locale: 'en-GB' | 'en-US' = 'en-GB',
) => {
  const at = text.indexOf(phrase);
  const overlapping = (m: { start: number; end: number }) =>
    m.start < at + phrase.length && m.end > at;
  return [
    findMentions(text, { published, locale }).find(overlapping)?.value,
    findTimemlMentions(text, { published, locale }).find(overlapping)?.value,
  ];
};
const year = (published: string, years: number) => Number(published.slice(0, 4)) + years;

describe('a plan told in the past after a dated past in the sentence before', () => {
  it('reads "The ship left Southampton on 2 April. It was to dock in New York on 14 April.", said on 16 November 2005, as the April gone by', () => {
    const published = '2005-11-16';
    const text = 'The ship left Southampton on 2 April. It was to dock in New York on 14 April.';
    const gone = `${year(published, 0)}-04-14`;
    expect(valueOf(text, '14 April', published)).toEqual([gone, gone]);
    expect(valueOf(text, '2 April', published)[0]).toBe(`${year(published, 0)}-04-02`);
  });

  it('reads "The team flew to Denver on March 3. It was to play its first game there on March 6.", said on 13 October 1999, as the March gone by', () => {
    const published = '1999-10-13';
    const text =
      'The team flew to Denver on March 3. It was to play its first game there on March 6.';
    expect(valueOf(text, 'March 6', published, 'en-US')[0]).toBe(`${year(published, 0)}-03-06`);
  });

  it('reads "The strike began on Sept. 12. Talks were to resume on Sept. 20.", said on 10 January 1996, as the September gone by', () => {
    const published = '1996-01-10';
    const text = 'The strike began on Sept. 12. Talks were to resume on Sept. 20.';
    expect(valueOf(text, 'Sept. 20', published, 'en-US')[0]).toBe(`${year(published, -1)}-09-20`);
  });

  it('keeps a plan ahead after a schedule, after no dated past and standing alone', () => {
    const published = '2005-11-16';
    const coming = `${year(published, 1)}-04-14`;
    expect(
      valueOf(
        'The line will open on 2 April. It was to open on 14 April.',
        '14 April',
        published,
      )[0],
    ).toBe(coming);
    expect(
      valueOf(
        'The ship left Southampton last week. It was to dock in New York on 14 April.',
        '14 April',
        published,
      )[0],
    ).toBe(coming);
    expect(valueOf('It was to dock in New York on 14 April.', '14 April', published)[0]).toBe(
      coming,
    );
  });

  it('keeps a plan ahead when the story\'s day comes after it in the year: "The deal was signed on 3 October. It was to take effect on 1 February.", said on 20 October 2005', () => {
    const published = '2005-10-20';
    const text = 'The deal was signed on 3 October. It was to take effect on 1 February.';
    const coming = `${year(published, 1)}-02-01`;
    expect(valueOf(text, '1 February', published)).toEqual([coming, coming]);
    const board =
      'The board met on 10 November. The new chief was to take over on 1 March, it said.';
    const march = `${year('2005-11-16', 1)}-03-01`;
    expect(valueOf(board, '1 March', '2005-11-16')).toEqual([march, march]);
  });
});
