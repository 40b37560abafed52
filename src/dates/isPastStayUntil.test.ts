import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPastStayUntil } from './isPastStayUntil.ts';

const SEPTEMBER = { published: '2026-09-14', locale: 'en-GB' } as const;
const NOVEMBER = { published: '2026-11-20', locale: 'en-US' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('a past stay, post or job lasting "until" a date', () => {
  it('reads "She stayed at a hotel in Lisbon until August", said on 14 September 2026, as 2026-08', () => {
    expect(
      values('She stayed at a hotel in Lisbon until August, when her visa ran out.', SEPTEMBER),
    ).toEqual(['August = 2026-08', 'timeml: August = 2026-08']);
  });

  it('reads "He was chairman of the board until March, when he retired", said on 20 November 2026, as 2026-03', () => {
    expect(values('He was chairman of the board until March, when he retired.', NOVEMBER)).toEqual([
      'March = 2026-03',
      'timeml: March = 2026-03',
    ]);
  });

  it('reads "He worked as a nurse in Boston until February", said on 20 November 2026, as 2026-02', () => {
    expect(values('He worked as a nurse in Boston until February.', NOVEMBER)).toEqual([
      'February = 2026-02',
      'timeml: February = 2026-02',
    ]);
  });

  it('leaves a stay to come, a closure and a stay planned in the past looking ahead', () => {
    expect(values('She will stay at the hotel until March.', SEPTEMBER)).toEqual([
      'March = 2027-03',
      'timeml: March = 2027-03',
    ]);
    expect(values('He was staying at the hotel until March.', SEPTEMBER)).toEqual([
      'March = 2027-03',
      'timeml: March = 2027-03',
    ]);
    expect(values('He was due to stay at the hotel until March.', SEPTEMBER)).toEqual([
      'March = 2027-03',
      'timeml: March = 2027-03',
    ]);
  });

  it('tells a past stay from a participle, a negation and a conditional before "until"', () => {
    expect(isPastStayUntil('He was chief financial officer until ')).toBe(true);
    expect(isPastStayUntil('The road was closed until ')).toBe(false);
    expect(isPastStayUntil('Detectives were given until ')).toBe(false);
    expect(isPastStayUntil('The suspects were kept in custody until ')).toBe(false);
    expect(isPastStayUntil('He was not leaving until ')).toBe(false);
    expect(isPastStayUntil('She would have stayed in Rome until ')).toBe(false);
  });

  it('leaves "A spokesman said the minister was in Brussels until Thursday", said on Wednesday 18 November 2026, the Thursday to come', () => {
    const wednesday = { published: '2026-11-18', locale: 'en-US' } as const;
    expect(
      values('A spokesman said the minister was in Brussels until Thursday.', wednesday),
    ).toEqual(['Thursday = 2026-11-19', 'timeml: Thursday = 2026-11-19']);
    expect(
      values('The company said its chief executive was on leave until March.', wednesday),
    ).toEqual(['March = 2027-03', 'timeml: March = 2027-03']);
  });

  it('reads "He was head of the Fed until August", said on 20 November 2026, as 2026-08: "the Fed" is no participle between', () => {
    expect(values('He was head of the Fed until August.', NOVEMBER)).toEqual([
      'August = 2026-08',
      'timeml: August = 2026-08',
    ]);
  });

  it('reads "The shop was open until March", said on 20 November 2026, as 2026-03: "open" is a state, no participle', () => {
    expect(values('The shop was open until March.', NOVEMBER)).toEqual([
      'March = 2026-03',
      'timeml: March = 2026-03',
    ]);
    expect(isPastStayUntil('The hills were green until ')).toBe(true);
    expect(isPastStayUntil('The suspects were taken away until ')).toBe(false);
  });
});
