import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 4 December 1989.
const read = (text: string, published = '1989-12-04') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe("a century in a company's name", () => {
  it('reads no century in "21st Century Insurance Co. said its earnings rose 18% in the third quarter", said on 4 December 1989, only 1989-Q3', () => {
    expect(
      read('21st Century Insurance Co. said its earnings rose 18% in the third quarter.'),
    ).toEqual([['the third quarter=1989-Q3'], ['the third quarter=1989-Q3']]);
  });

  it('reads nothing in "Shares of 21st Century Insurance fell 1/4", said on 4 December 1989', () => {
    expect(read('Shares of 21st Century Insurance fell 1/4.')).toEqual([[], []]);
  });

  it('keeps "the 21st century" in TimeML mode: "Prices of 20th Century Fox rose, as the 21st century nears", said on 4 December 1989, is 20 there and nothing in the news reading', () => {
    expect(read('Prices of 20th Century Fox rose, as the 21st century nears.')).toEqual([
      [],
      ['the 21st century=20'],
    ]);
  });
});
