import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { findMentions } from './findMentions.ts';
import { isEarlierPartContrasted } from './isEarlierPartContrasted.ts';

const MARCH_1990 = { published: '1990-03-15', locale: 'en-US' } as const;
const values = (text: string) => [
  ...findMentions(text, MARCH_1990).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, MARCH_1990).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('an earlier part of a year set against a later one gone by', () => {
  it('reads "Profit in the second half of 1989 fell sharply, but the first half was strong", said on 15 March 1990, as 1989-H1', () => {
    const text = 'Profit in the second half of 1989 fell sharply, but the first half was strong.';
    expect(values(text)).toContain('the first half = 1989-H1');
    expect(values(text)).toContain('timeml: the first half = 1989-H1');
  });

  it('leaves a part told ahead or joined by "and" to its tense', () => {
    expect(
      values('Profit in the second half of 1989 fell sharply, but the first half will be strong.'),
    ).toContain('timeml: the first half = 1990-H1');
    expect(
      values(
        'Profit in the fourth quarter of 1989 fell sharply, and the first quarter was weak too.',
      ),
    ).toContain('timeml: the first quarter = 1990-Q1');
  });

  it('asks for the contrast right before the part and a past verb right after it', () => {
    const text = 'The second half of 1989 was weak, but the first half was strong.';
    const start = text.indexOf('the first half');
    expect(isEarlierPartContrasted(text, 23, start, start + 14)).toBe(true);
    expect(isEarlierPartContrasted(text.replace('but', 'and'), 23, start, start + 14)).toBe(false);
  });

  it('reads "Profit fell in the fourth quarter of 1989, but the first quarter was better", said on 20 April 1990, as 1990-Q1, the quarter just closed', () => {
    const april = { published: '1990-04-20', locale: 'en-US' } as const;
    const text =
      'Profit fell in the fourth quarter of 1989, but the first quarter was better, the company said.';
    expect(findTimemlMentions(text, april).map((m) => `${m.text} = ${m.value}`)).toContain(
      'the first quarter = 1990-Q1',
    );
  });

  it('leaves "Profit in the second half of 1989 fell sharply, but the first half Fed funds rate stayed high", said on 15 March 1990, to its tense: "Fed" is no past verb', () => {
    expect(
      values(
        'Profit in the second half of 1989 fell sharply, but the first half Fed funds rate stayed high.',
      ),
    ).toContain('timeml: the first half = 1990-H1');
  });
});
