import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const DEC_11 = { published: '2026-12-11', locale: 'en-US' } as const; // a Friday

function read(text: string) {
  const values = (all: { text: string; value: string }[]) =>
    all.map((m) => `${m.text} = ${m.value}`);
  return {
    news: values(findMentions(text, DEC_11)),
    timeml: values(findTimemlMentions(text, DEC_11)),
  };
}

describe('the verb "last" after an adverb of how often', () => {
  it('reads "typically last seven to 10 days" as the length alone in both readings', () => {
    const { news, timeml } = read('Symptoms typically last seven to 10 days.');
    expect(news).toEqual(['seven to 10 days = PXD']);
    expect(timeml).toEqual(['seven to 10 days = PXD']);
  });

  it('reads "generally last 7 to 10 days" and "usually last two weeks" as lengths', () => {
    expect(read('Colds generally last 7 to 10 days in adults.').timeml).toEqual([
      '7 to 10 days = PXD',
    ]);
    expect(read('The side effects usually last two weeks.').timeml).toEqual(['two weeks = P2W']);
  });

  it('keeps "only last week" the week gone by', () => {
    expect(read('Sales were strong only last week.').news).toEqual(['last week = 2026-W49']);
  });

  it('keeps "last year" after "often" the year gone by', () => {
    expect(read('The clinic was often full last year.').news).toEqual(['last year = 2025']);
  });
});
