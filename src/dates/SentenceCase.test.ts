import { describe, expect, it } from 'vitest';
import { SentenceCase } from './SentenceCase.ts';

const line = (expect: string[]) => ({
  id: 'x-1',
  published: '2026-03-11',
  text: 'The clinic runs Monday to Friday, and the clinic opens on Friday.',
  expect,
});

describe('SentenceCase', () => {
  it('reads a plain expectation as holding in both readings', () => {
    const [e] = SentenceCase.parse(line(['Monday = XXXX-WXX-1'])).expect;
    expect(e).toEqual({
      readings: ['news', 'timeml'],
      phrase: 'Monday',
      occurrence: 1,
      value: 'XXXX-WXX-1',
    });
  });

  it('reads "news:" and "timeml:" as one reading each', () => {
    const [news, timeml] = SentenceCase.parse(
      line(['news: on Friday = 2026-03-13', 'timeml: Friday = 2026-03-13']),
    ).expect;
    expect(news).toMatchObject({ readings: ['news'], phrase: 'on Friday' });
    expect(timeml).toMatchObject({ readings: ['timeml'], phrase: 'Friday' });
  });

  it('reads "#2" as the second occurrence and "-" as no mention', () => {
    const [e] = SentenceCase.parse(line(['the clinic#2 = -'])).expect;
    expect(e).toMatchObject({ phrase: 'the clinic', occurrence: 2, value: null });
  });

  it('keeps spaces and "=" inside a phrase up to the last " = "', () => {
    const [e] = SentenceCase.parse(line(['Monday to Friday = XXXX-WXX-1'])).expect;
    expect(e).toMatchObject({ phrase: 'Monday to Friday', value: 'XXXX-WXX-1' });
  });

  it('gives en-US where no locale is written', () => {
    expect(SentenceCase.parse(line(['Monday = XXXX-WXX-1'])).locale).toBe('en-US');
  });

  it('rejects an expectation with no " = VALUE", an unknown field and a day not on the calendar', () => {
    const result = SentenceCase.safeParse({
      ...line(['Monday XXXX-WXX-1']),
      published: '2026-02-30',
      note: 'x',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      '',
      'expect.0',
      'published',
    ]);
  });

  it('rejects a set line with no expectations', () => {
    expect(SentenceCase.safeParse(line([])).success).toBe(false);
  });
});
