import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a past perfect with an irregular participle', () => {
  it('still reads "Analysts said the company had put off the sale until January", said on 8 November 1989, as 1990-01 (review)', () => {
    expect(
      both('Analysts said the company had put off the sale until January.', '1989-11-08'),
    ).toEqual([['January=1990-01'], ['January=1990-01']]);
  });
  it('reads "By July Chrysler Corp. had cut its work force by 10%", said on 8 November 1989, as 1989-07', () => {
    expect(both('By July Chrysler Corp. had cut its work force by 10%.', '1989-11-08')).toEqual([
      ['July=1989-07'],
      ['July=1989-07'],
    ]);
  });

  it('reads "By June the company had paid off its bank debt", said on 8 November 1989, as 1989-06', () => {
    expect(both('By June the company had paid off its bank debt.', '1989-11-08')).toEqual([
      ['June=1989-06'],
      ['June=1989-06'],
    ]);
  });

  it('still reads "By July the company will have cut its work force", said on 8 November 1989, as 1990-07', () => {
    expect(both('By July the company will have cut its work force.', '1989-11-08')).toEqual([
      ['July=1990-07'],
      ['July=1990-07'],
    ]);
  });

  it('still reads "The plant will be shut by July", said on 8 November 1989, as 1990-07', () => {
    expect(both('The plant will be shut by July.', '1989-11-08')).toEqual([
      ['July=1990-07'],
      ['July=1990-07'],
    ]);
  });
});
