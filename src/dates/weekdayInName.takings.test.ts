import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const JUNE_26_1989 = { published: '1989-06-26', locale: 'en-US' } as const;
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, JUNE_26_1989).map((m) => [m.text, m.value] as const),
  );

// A title that opens the sentence may end in its weekday ("Freaky Friday", "Manic Monday"), and a
// day's takings after it read the same as a title's own ("The movie Batman Friday took in $40
// million" cannot be told from "The film Freaky Friday grossed $20 million" by its words), so the
// weekday stays the title's.
describe("a weekday that ends a title opening the sentence, before the title's takings", () => {
  it('leaves "The film Freaky Friday grossed $20 million in its first week", said on 26 June 1989, with no day', () => {
    for (const read of both('The film Freaky Friday grossed $20 million in its first week.'))
      expect(read).toEqual([]);
  });

  it('leaves "The song Manic Monday sold 1.5 million copies" and "The movie Black Sunday earned $8 million" with no day', () => {
    for (const text of [
      'The song Manic Monday sold 1.5 million copies.',
      'The movie Black Sunday earned $8 million, the studio said.',
      'The film Bloody Sunday drew 500,000 viewers in Britain.',
    ])
      for (const read of both(text)) expect(read).toEqual([]);
  });

  it('leaves a title with no takings after it: "The song Manic Monday topped the charts", "The song Manic Monday was a hit"', () => {
    for (const text of [
      'The song Manic Monday topped the charts.',
      'The song Manic Monday was a hit.',
    ])
      for (const read of both(text)) expect(read).toEqual([]);
  });
});
