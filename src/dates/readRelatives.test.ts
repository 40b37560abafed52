import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

// A Tuesday.
const FEB_16 = { published: '2021-02-16', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, FEB_16).map((m) => [m.text, m.value] as const);

describe('a count after "in" in a sentence with "first", "most" or "only"', () => {
  it("reads 'The first shipments will arrive in two weeks' as a date ahead, the modal after 'first'", () => {
    expect(read('The first shipments of vaccine will arrive in two weeks.')).toEqual([
      ['in two weeks', '2021-W09'],
    ]);
    expect(read('Most schools will reopen in two weeks.')).toEqual([['in two weeks', '2021-W09']]);
    expect(read('Only residents will be allowed back in three days.')).toEqual([
      ['in three days', '2021-02-19'],
    ]);
  });

  it('keeps the span looked back over when no modal follows the word', () => {
    expect(read('It will be the first time in five years that the lake freezes.')).toEqual([
      ['five years', 'P5Y'],
    ]);
    expect(read('It was the first snowfall in five years.')).toEqual([['five years', 'P5Y']]);
  });
});

describe('a modal in a clause inside the superlative phrase', () => {
  const may8 = { published: '2013-05-08', locale: 'en-US' } as const;
  const readMay8 = (text: string) =>
    findMentions(text, may8).map((m) => [m.text, m.value] as const);

  it("reads 'the first time the company could post a profit in five years' as the span, P5Y", () => {
    expect(
      readMay8('It marks the first time the company could post a profit in five years.'),
    ).toEqual([['five years', 'P5Y']]);
    expect(
      readMay8('Analysts said it was the only quarter the bank would lose money in six years.'),
    ).toEqual([['six years', 'P6Y']]);
  });

  it('still reads a date ahead when the modal is the main clause verb', () => {
    expect(readMay8('Most schools in the county should reopen in a week.')).toEqual([
      ['in a week', '2013-W20'],
    ]);
    expect(readMay8('The first flights will resume in two days.')).toEqual([
      ['in two days', '2013-05-10'],
    ]);
  });
});
