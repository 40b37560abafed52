import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { fromListed } from './fromListed.ts';

/** The dated day or month `words` names, as readChrono keeps it: its value and where it ends. */
function listedAt(text: string, words: string, value: string) {
  return { end: text.indexOf(words) + words.length, value };
}

describe('fromListed', () => {
  it('reads "on Dec. 30, 2023 and Jan. 2" as the Jan. 2 after the dated day, turning the year', () => {
    const text = 'It shut on Dec. 30, 2023 and Jan. 2.';
    const listed = listedAt(text, 'Dec. 30, 2023', '2023-12-30');
    expect(fromListed(text, listed, text.indexOf('Jan. 2'), 1, 2)).toBe('2024-01-02');
  });

  it('reads "December 2023, and in January" as the January after the dated month', () => {
    const text = 'Sales fell in December 2023, and in January.';
    const listed = listedAt(text, 'December 2023', '2023-12');
    expect(fromListed(text, listed, text.indexOf('January'), 1)).toBe('2024-01');
  });

  it('does not read "born on March 3, 1950, and on Feb. 28 he died" as a list, Feb. 28 being before', () => {
    const text = 'He was born on March 3, 1950, and on Feb. 28 he died.';
    const listed = listedAt(text, 'March 3, 1950', '1950-03-03');
    expect(fromListed(text, listed, text.indexOf('Feb. 28'), 2, 28)).toBeUndefined();
  });

  it('does not read "in June 2019 and in June" as a list, the second month being no later', () => {
    const text = 'It rained in June 2019 and in June.';
    const listed = listedAt(text, 'June 2019', '2019-06');
    expect(fromListed(text, listed, text.lastIndexOf('June'), 6)).toBeUndefined();
  });

  it('does not take the year across other words: "Dec. 30, 2023, the team said Jan. 2"', () => {
    const text = 'It shut on Dec. 30, 2023, the team said Jan. 2.';
    const listed = listedAt(text, 'Dec. 30, 2023', '2023-12-30');
    expect(fromListed(text, listed, text.indexOf('Jan. 2'), 1, 2)).toBeUndefined();
  });

  it('does not take the year of a day more than a quarter before: "Sept. 1, 2023 and Jan. 2"', () => {
    const text = 'It shut on Sept. 1, 2023 and Jan. 2.';
    const listed = listedAt(text, 'Sept. 1, 2023', '2023-09-01');
    expect(fromListed(text, listed, text.indexOf('Jan. 2'), 1, 2)).toBeUndefined();
  });

  it('reads "The council approved the scheme in May 2024 and began work on 3 June" as 3 June 2024, the "on" of a British day being the gap’s', () => {
    const options = { published: '2026-03-11', locale: 'en-GB' as const };
    const text = 'The council approved the scheme in May 2024 and began work on 3 June.';
    expect(findMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'May 2024 = 2024-05',
      'on 3 June = 2024-06-03',
    ]);
    expect(findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'May 2024 = 2024-05',
      '3 June = 2024-06-03',
    ]);
  });

  it('does not read "The council approved the scheme in May 2024 and will begin work on 3 June" beside May 2024', () => {
    const options = { published: '2026-03-11', locale: 'en-GB' as const };
    const text = 'The council approved the scheme in May 2024 and will begin work on 3 June.';
    expect(findMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'May 2024 = 2024-05',
      'on 3 June = 2026-06-03',
    ]);
  });
});
