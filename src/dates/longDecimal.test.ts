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

  it('leaves a date written with stops, "The vote will be held on 12.03.2026", a date', () => {
    const gb = { published: '2026-03-11', locale: 'en-GB' } as const;
    expect(
      findTimemlMentions('The vote will be held on 12.03.2026, officials said.', gb).map(
        (m) => m.value,
      ),
    ).toEqual(['2026-03-12']);
    expect(
      findMentions('The hearing set for 10.14.1998 was postponed.', {
        published: '1998-10-20',
        locale: 'en-US',
      }).map((m) => m.value),
    ).toEqual(['1998-10-14']);
    expect('on 1.5.2026 and 2.130.5'.match(LONG_DECIMAL)).toBeNull();
  });
});
