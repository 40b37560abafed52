import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { sentenceAt, sentenceEnds, sentencesBetween, sentenceStartAt } from './sentenceEnds.ts';

describe('sentenceEnds', () => {
  it('passes over the full stops of abbreviations and a.m.', () => {
    const s = 'Gen. Lee left at 4 a.m. Thursday. Troops followed.';
    expect(sentenceEnds(s, true)).toEqual([s.indexOf('. Troops')]);
  });

  it('ends "By August Ford Motor Co. had sold 1.1 million cars. Acme Inc. fell." after "cars" and "fell", not after "Co."', () => {
    const s = 'By August Ford Motor Co. had sold 1.1 million cars. Acme Inc. fell.';
    expect(sentenceEnds(s, false)).toEqual([s.indexOf('. Acme'), s.length - 1]);
  });

  it('ends "The unit was sold to Ford Motor Co. By August it will be profitable." after "Co." and "profitable"', () => {
    const s = 'The unit was sold to Ford Motor Co. By August it will be profitable.';
    expect(sentenceEnds(s, false)).toEqual([s.indexOf('. By'), s.length - 1]);
  });
});

// Monday 30 October 1989.
const MONDAY = { published: '1989-10-30', locale: 'en-US' } as const;
const both = (text: string) =>
  [findMentions(text, MONDAY), findTimemlMentions(text, MONDAY)].map((found) =>
    found.map((m) => `${m.text}=${m.value}`),
  );

describe('a month before a company name that ends in an abbreviation', () => {
  it('reads "By August Ford Motor Co. had sold 1.1 million cars", said on 30 October 1989, as 1989-08', () => {
    expect(both('By August Ford Motor Co. had sold 1.1 million cars in the U.S.')).toEqual([
      ['August=1989-08'],
      ['August=1989-08'],
    ]);
  });

  it('reads "Through September General Motors Corp. had cut output 8%", said on 30 October 1989, as 1989-09', () => {
    expect(both('Through September General Motors Corp. had cut output 8%.')).toEqual([
      ['September=1989-09'],
      ['September=1989-09'],
    ]);
  });

  it('still reads "The unit was sold to Ford Motor Co. By August it will be profitable", said on 30 October 1989, as 1990-08', () => {
    expect(both('The unit was sold to Ford Motor Co. By August it will be profitable.')).toEqual([
      ['August=1990-08'],
      ['August=1990-08'],
    ]);
  });
});

describe('sentencesBetween', () => {
  const text = 'On Oct. 23, 1998, it burned. Crews came. At 10 p.m., it fell.';

  it('counts no end inside one sentence', () => {
    expect(sentencesBetween(text, 0, text.indexOf('burned'))).toBe(0);
  });

  it('counts each sentence that ends between the two offsets', () => {
    expect(sentencesBetween(text, 3, text.indexOf('Crews'))).toBe(1);
    expect(sentencesBetween(text, 3, text.indexOf('At 10'))).toBe(2);
  });

  it('counts a line break as an end only where no full stop closed the line', () => {
    expect(sentencesBetween('It burned.\n\nAt 10 p.m.', 0, 12)).toBe(1);
    expect(sentencesBetween('BEIRUT, Lebanon\nAt 10 p.m.', 0, 16)).toBe(1);
  });
});

describe('sentenceAt', () => {
  const text = 'It rained. Gen. Lee left on Monday. Crews came';

  it('gives the sentence that holds a span, past an abbreviation', () => {
    const at = text.indexOf('on Monday');
    expect(sentenceAt(text, at, at + 'on Monday'.length)).toBe(' Gen. Lee left on Monday');
  });

  it('runs to the end of the text when no stop closes the last sentence', () => {
    const at = text.indexOf('Crews');
    expect(sentenceAt(text, at, at + 5)).toBe(' Crews came');
  });
});

describe('sentenceStartAt', () => {
  it('finds where the sentence holding a date begins, passing over an abbreviation', () => {
    const text = 'It rained. Gen. Lee left on Monday.';
    expect(sentenceStartAt(text, text.indexOf('Monday'))).toBe(text.indexOf(' Gen.'));
    expect(sentenceStartAt(text, text.indexOf('rained'))).toBe(0);
  });
});
