import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_27 = { published: '2014-03-27', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_27).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, MARCH_27).map((m) => [m.text, m.type, m.value] as const);

describe('an anniversary counted in years back from this month or week', () => {
  it('reads "launched ten years ago this month" as March 2004, one expression, in both readings', () => {
    const text = 'The probe, launched ten years ago this month, woke from hibernation.';
    for (const find of [read, readTimeml]) {
      expect(find(text)).toEqual([['ten years ago this month', 'DATE', '2004-03']]);
    }
  });

  it('reads "50 years ago this week" as the same week fifty years back', () => {
    expect(read('The bridge opened 50 years ago this week.')).toEqual([
      ['50 years ago this week', 'DATE', '1964-W13'],
    ]);
  });

  it('reads "a year ago last month" as the month before publication, a year back', () => {
    expect(readTimeml('The plant closed a year ago last month.')).toEqual([
      ['a year ago last month', 'DATE', '2013-02'],
    ]);
  });

  it('leaves "two weeks ago this month" two expressions: no anniversary in weeks', () => {
    expect(read('He left two weeks ago this month.').map(([words]) => words)).toEqual([
      'two weeks ago',
      'this month',
    ]);
  });

  it('leaves "ten years ago, this month" with a comma between them two expressions', () => {
    expect(read('It failed ten years ago, this month it flies.').map(([words]) => words)).toEqual([
      'ten years ago',
      'this month',
    ]);
  });
});
