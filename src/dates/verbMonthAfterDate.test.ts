import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a lower-case "march" or "may" after a date', () => {
  it('reads "The Nov. 6 march drew thousands", said on 8 November 1999, as 6 November', () => {
    const [news, timeml] = both('The Nov. 6 march drew thousands.', '1999-11-08');
    expect(news).toEqual(['Nov. 6 = 1999-11-06']);
    expect(timeml).toEqual(news);
  });

  it('still reads "6 March" with its capital, said on 8 November 1999', () => {
    const [news = []] = both('Protesters gathered on 6 March in the capital.', '1999-11-08');
    expect(news.map((m) => m.split(' = ')[1])).toEqual(['1999-03-06']);
  });
});
