import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isYearBoundaryMonth } from './isYearBoundaryMonth.ts';

const OCTOBER_1990 = { published: '1990-10-19', locale: 'en-US' } as const;
const MAY_2026 = { published: '2026-05-12', locale: 'en-GB' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('the month a fiscal year ends or begins in', () => {
  it('reads "The company\'s fiscal year ends in June", said on 19 October 1990, as XXXX-06', () => {
    expect(values("The company's fiscal year ends in June.", OCTOBER_1990)).toEqual([
      'June = XXXX-06',
      'timeml: June = XXXX-06',
    ]);
  });

  it('reads "The utility, whose fiscal year ends in September, reported higher earnings", said on 19 October 1990, as XXXX-09', () => {
    expect(
      values(
        'The utility, whose fiscal year ends in September, reported higher earnings.',
        OCTOBER_1990,
      ),
    ).toEqual(['September = XXXX-09', 'timeml: September = XXXX-09']);
  });

  it('reads "The group\'s financial year runs to March", said on 12 May 2026, as XXXX-03', () => {
    expect(values("The group's financial year runs to March.", MAY_2026)).toEqual([
      'March = XXXX-03',
      'timeml: March = XXXX-03',
    ]);
  });

  it('keeps one year\'s month: "The current fiscal year ends in September", said on 19 October 1990, is 1991-09', () => {
    expect(values('The current fiscal year ends in September.', OCTOBER_1990)).toEqual([
      'The current fiscal year = 1990',
      'September = 1991-09',
      'timeml: The current fiscal year = 1990',
      'timeml: September = 1991-09',
    ]);
  });

  it('keeps a past: "The company\'s fiscal year ended in June", said on 19 October 1990, is 1990-06', () => {
    expect(values("The company's fiscal year ended in June.", OCTOBER_1990)).toEqual([
      'June = 1990-06',
      'timeml: June = 1990-06',
    ]);
  });

  it('keeps a day: "The company\'s fiscal year ends June 30", said on 19 October 1990, is 1991-06-30', () => {
    expect(values("The company's fiscal year ends June 30.", OCTOBER_1990)).toEqual([
      'June 30 = 1991-06-30',
      'timeml: June 30 = 1991-06-30',
    ]);
  });

  it('leaves a month a year follows', () => {
    const text = "The company's fiscal year ends in June 1991.";
    expect(isYearBoundaryMonth(text, text.indexOf('June'), text.indexOf('June') + 4)).toBe(false);
  });

  it('keeps the one year a time clause waits for: "Congress must pass the bills before the fiscal year ends in September", said on 14 August 1990, is 1990-09', () => {
    const AUGUST_1990 = { published: '1990-08-14', locale: 'en-US' } as const;
    expect(
      values('Congress must pass the bills before the fiscal year ends in September.', AUGUST_1990),
    ).toEqual(expect.arrayContaining(['September = 1990-09', 'timeml: September = 1990-09']));
    expect(
      values('Analysts expect a charge when the fiscal year ends in June.', {
        published: '1990-05-10',
        locale: 'en-US',
      }),
    ).toEqual(expect.arrayContaining(['June = 1990-06', 'timeml: June = 1990-06']));
  });

  it('keeps one year\'s month when no body owns the year: "The fiscal year begins in October, so the cuts will take effect within weeks", said on 14 August 1990, is 1990-10 (post-merge)', () => {
    const AUGUST_1990 = { published: '1990-08-14', locale: 'en-US' } as const;
    expect(
      values(
        'The fiscal year begins in October, so the cuts will take effect within weeks.',
        AUGUST_1990,
      ),
    ).toEqual(expect.arrayContaining(['October = 1990-10', 'timeml: October = 1990-10']));
    expect(values("The state's fiscal year begins in July.", OCTOBER_1990)).toEqual(
      expect.arrayContaining(['July = XXXX-07', 'timeml: July = XXXX-07']),
    );
  });

  it('keeps the one year whose end is awaited: "The government\'s fiscal year ends in September, and Congress has yet to pass a single spending bill", said on 14 August 1990, is 1990-09 (post-merge)', () => {
    const AUGUST_1990 = { published: '1990-08-14', locale: 'en-US' } as const;
    expect(
      values(
        "The government's fiscal year ends in September, and Congress has yet to pass a single spending bill.",
        AUGUST_1990,
      ),
    ).toEqual(expect.arrayContaining(['September = 1990-09', 'timeml: September = 1990-09']));
    expect(
      values(
        "The group's financial year ends in March, and it will report results in May.",
        OCTOBER_1990,
      ),
    ).toEqual(expect.arrayContaining(['March = XXXX-03', 'timeml: March = XXXX-03']));
  });
});

describe('the month a business year ends in, from the list shared with the day', () => {
  it('reads "Sony, whose business year ends in March, said profit rose", said on 11 June 1990, as XXXX-03, as "whose business year ends March 31" reads XXXX-03-31', () => {
    const june1990 = { published: '1990-06-11', locale: 'en-US' } as const;
    expect(values('Sony, whose business year ends in March, said profit rose.', june1990)).toEqual([
      'March = XXXX-03',
      'timeml: March = XXXX-03',
    ]);
  });
});
