import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1989-10-30', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe("the month of a deal's pending condition", () => {
  it('reads "is subject to approval by shareholders at a special meeting in December", said on 30 October 1989, as 1989-12', () => {
    const text =
      'The merger is subject to approval by shareholders at a special meeting in December.';
    expect(read(text)).toEqual(['December = 1989-12']);
    expect(readTimeml(text)).toEqual(['December = 1989-12']);
  });

  it('reads "requires approval by holders at a meeting in January" as the coming January', () => {
    expect(read('The sale requires approval by holders at a meeting in January.')).toEqual([
      'January = 1990-01',
    ]);
  });

  it('reads "is subject to regulatory approval, expected in December" as 1989-12', () => {
    expect(
      read('The transaction is subject to regulatory approval, expected in December.'),
    ).toEqual(['December = 1989-12']);
  });

  it('keeps "Shareholders approved the merger at a special meeting in December" the December gone by', () => {
    expect(read('Shareholders approved the merger at a special meeting in December.')).toEqual([
      'December = 1988-12',
    ]);
  });

  it('keeps "The fund needs the cash it lost in December" the December gone by, no condition of a deal', () => {
    expect(read('The fund needs the cash it lost in December.')).toEqual(['December = 1988-12']);
  });

  it('keeps a month behind publication, and a past in the condition, gone by', () => {
    expect(read('The merger is subject to a lawsuit filed in August.')).toEqual([
      'August = 1989-08',
    ]);
    expect(read('The plan is subject to a vote that was held in December.')).toEqual([
      'December = 1988-12',
    ]);
    expect(read('The merger was subject to approval at a meeting in December.')).toEqual([
      'December = 1988-12',
    ]);
  });

  it('keeps "needs the approval of holders, who rejected a similar plan in December" the December gone by', () => {
    expect(
      read('The offer needs the approval of holders, who rejected a similar plan in December.'),
    ).toEqual(['December = 1988-12']);
    expect(read('The sale requires approval of the board, which last met in December.')).toEqual([
      'December = 1988-12',
    ]);
    expect(read('The plan requires approval by holders, who will vote in December.')).toEqual([
      'December = 1989-12',
    ]);
  });
});
