import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 6 November 1989.
const read = (text: string, published = '1989-11-06') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('the idiom "a day late and a dollar short"', () => {
  it('reads no length in "Critics said the RTC\'s plan was a day late and a dollar short", said on 6 November 1989', () => {
    expect(read("Critics said the RTC's plan was a day late and a dollar short.")).toEqual([
      [],
      [],
    ]);
  });

  it('reads nothing in "The bid came a day late and $50 million short", said on 6 November 1989', () => {
    expect(read('The bid came a day late and $50 million short.')).toEqual([[], []]);
  });

  it('keeps the day of "The payment arrived a day late", a real delay, P1D', () => {
    expect(read('The payment arrived a day late.')).toEqual([['a day=P1D'], ['a day=P1D']]);
  });
});
