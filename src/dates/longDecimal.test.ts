import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { LONG_DECIMAL } from './longDecimal.ts';

// A Friday.
const SEP_27_1996 = { published: '1996-09-27', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, SEP_27_1996).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, SEP_27_1996).map((m) => [m.text, m.value] as const);

describe('a decimal of three places or more, a rate', () => {
  it('reads "The dollar fell to 1.5085 marks Thursday from 1.5140 marks" as that Thursday', () => {
    const text = 'The dollar fell to 1.5085 marks Thursday from 1.5140 marks.';
    expect(news(text)).toEqual([['Thursday', '1996-09-26']]);
    expect(timeml(text)).toEqual([['Thursday', '1996-09-26']]);
  });

  it('blanks three places or more, not a clock of two', () => {
    expect('from 1.5085 marks'.match(LONG_DECIMAL)).toEqual(['1.5085']);
    expect('from 6.30 on Monday'.match(LONG_DECIMAL)).toBeNull();
  });
});
