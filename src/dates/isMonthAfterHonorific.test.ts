import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isMonthAfterHonorific } from './isMonthAfterHonorific.ts';

// Monday 13 November 1989.
const read = (text: string, published = '1989-11-13') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('a month after an honorific is a name', () => {
  it('reads no month in "Mr. March, the RTC\'s spokesman, declined to comment", said on 13 November 1989', () => {
    expect(read("Mr. March, the RTC's spokesman, declined to comment.")).toEqual([[], []]);
  });

  it('reads no month in "Mrs. May said the thrift would be sold"', () => {
    expect(isMonthAfterHonorific('Mrs. May said the thrift would be sold.', 5, 8)).toBe(true);
    expect(read('Mrs. May said the thrift would be sold.')).toEqual([[], []]);
  });

  it('keeps "in March" after a name: "Mr. Smith left in March", said on 13 November 1989, is 1989-03', () => {
    expect(read('Mr. Smith left in March.')).toEqual([['March=1989-03'], ['March=1989-03']]);
  });

  it('keeps a month a figure follows: "Dr. March 3" is no name', () => {
    expect(isMonthAfterHonorific('the memo to Dr. March 3 letters', 16, 21)).toBe(false);
  });
});
