import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const PUBLISHED = '1997-12-29';
const both = (text: string) => [
  findMentions(text, { published: PUBLISHED, locale: 'en-US' }),
  findTimemlMentions(text, { published: PUBLISHED, locale: 'en-US' }),
];
const valueOf = (found: ReturnType<typeof findMentions>, words: RegExp) =>
  found.find((m) => words.test(m.text))?.value;

describe('readNeighbourMonths', () => {
  it("reads 'the following February' after 'the summer of 1995' as February 1996", () => {
    const text =
      'The fraud came to light in the summer of 1995. She resigned the following February.';
    for (const found of both(text)) {
      expect(found.at(-1)).toMatchObject({
        text: 'the following February',
        type: 'DATE',
        value: '1996-02',
      });
    }
  });

  it("reads 'the previous November' after 'March 2001' as November 2000", () => {
    const text = 'He was elected in March 2001. The previous November he had lost.';
    for (const found of both(text)) {
      expect(valueOf(found, /previous November/)).toBe('2000-11');
    }
  });

  it('reads the same month named as following as the one a year on', () => {
    const text = 'He was elected in March 2001. The following March he resigned.';
    for (const found of both(text)) expect(valueOf(found, /following March/)).toBe('2002-03');
  });

  it('reads a month following a winter as the one after that winter ends', () => {
    const text = 'It snowed in the winter of 2002. The following March was dry.';
    for (const found of both(text)) expect(valueOf(found, /following March/)).toBe('2003-03');
  });

  it('reads it from publication when no time was named before', () => {
    for (const found of both('The next March will be busy.')) {
      expect(valueOf(found, /next March/)).toBe('1998-03');
    }
  });

  it("leaves 'that February' to the year last named, not a neighbour month", () => {
    const text = 'The strike began in 1995. That February, workers walked out.';
    for (const found of both(text)) expect(valueOf(found, /February/)).toBe('1995-02');
  });
});

describe('readNeighbourMonths: days and holidays', () => {
  it("reads 'released the following March 3' after 'June 2019' as 3 March 2020", () => {
    const text = 'He was sentenced in June 2019 and released the following March 3.';
    for (const found of both(text)) {
      expect(found.at(-1)).toMatchObject({
        text: 'the following March 3',
        type: 'DATE',
        value: '2020-03-03',
      });
    }
  });

  it("leaves 'The previous May Day rally' no month before the one last named", () => {
    const text = 'The union struck in May 2022. The previous May Day rally had drawn thousands.';
    for (const found of both(text)) {
      expect(found.some((m) => /previous May/.test(m.text))).toBe(false);
      expect(found.some((m) => m.value === '2021-05')).toBe(false);
    }
  });
});
