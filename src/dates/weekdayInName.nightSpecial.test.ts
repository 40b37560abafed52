import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 30 October 1989.
const read = (text: string, published = '1989-10-30') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('"the Saturday Night Special", a name', () => {
  it('reads no day in "The Saturday Night Special, as the raid was called, gave the bidder control", said on Monday 30 October 1989', () => {
    expect(
      read('The Saturday Night Special, as the raid was called, gave the bidder control.'),
    ).toEqual([[], []]);
  });

  it('keeps the night of "The raid was launched Saturday night", said on Monday 30 October 1989, 1989-10-28', () => {
    const [news, timeml] = read('The raid was launched Saturday night.');
    expect(news!.join(' ')).toContain('1989-10-28');
    expect(timeml!.join(' ')).toContain('1989-10-28');
  });
});
