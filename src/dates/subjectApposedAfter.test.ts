import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { SUBJECT_APPOSED_AFTER } from './subjectApposedAfter.ts';

const september = { published: '1989-09-14', locale: 'en-US' } as const;
const both = (text: string): string[][] => [
  findMentions(text, september).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, september).map((m) => `${m.text} = ${m.value}`),
];

describe("a fronted month whose main clause's subject has an apposition", () => {
  it('reads "Through June Ford, the No. 2 auto maker, sold 1.2 million cars", said on 14 September 1989, as 1989-06', () => {
    for (const mentions of both('Through June Ford, the No. 2 auto maker, sold 1.2 million cars.'))
      expect(mentions).toEqual(['June = 1989-06']);
  });

  it('reads "Through June, General Motors, the largest auto maker, sold 2 million cars", said on 14 September 1989, as 1989-06', () => {
    for (const mentions of both(
      'Through June, General Motors, the largest auto maker, sold 2 million cars.',
    ))
      expect(mentions).toEqual(['June = 1989-06']);
  });

  it('reads the coming June when the main clause looks ahead ("Through June GM, the largest auto maker, will keep its plants closed")', () => {
    for (const mentions of both(
      'Through June GM, the largest auto maker, will keep its plants closed.',
    ))
      expect(mentions).toEqual(['June = 1990-06']);
    expect(SUBJECT_APPOSED_AFTER.test(' sales, the best in years, rose')).toBe(false);
  });
});
