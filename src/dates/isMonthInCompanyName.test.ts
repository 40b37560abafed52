import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isMonthInCompanyName } from './isMonthInCompanyName.ts';

// Wednesday 25 October 1989.
const PUBLISHED = { published: '1989-10-25', locale: 'en-US' } as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string) => values(findMentions(text, PUBLISHED));
const timeml = (text: string) => values(findTimemlMentions(text, PUBLISHED));

describe('a month that opens a company name', () => {
  it.each([
    'Shares of May Department Stores rose $1 to $45.',
    'Analysts at March Capital Corp. said the stock was cheap.',
    'The bid values May Stores at $3 billion.',
  ])('reads no month in %j, in both readings', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    ['In May Acme Corp. cut 200 jobs.', '1989-05'],
    ['Sales rose in May, Acme Corp. said.', '1989-05'],
    ['The plant opened May 3 Acme Inc. said.', '1989-05-03'],
    ['Late March Allied Holdings sold the unit.', '1989-03'],
    ['Since March Allied Holdings has shed 1,200 jobs.', '1989-03'],
    ['As of June Acme Corp. had 4,000 employees.', '1989-06'],
    ['A March Chrysler Corp. recall covered 200,000 minivans.', '1989-03'],
    ['The March Group of Seven meeting backed the dollar.', '1989-03'],
  ])(
    'still reads the month in %j: a time word or an article before it, or no name after it',
    (text, value) => {
      expect(news(text)).toContain(value);
      expect(timeml(text)).toContain(value);
    },
  );

  it('needs the end of a company name after the month', () => {
    expect(isMonthInCompanyName('Shares of May Department Stores rose', 10, 13)).toBe(true);
    expect(isMonthInCompanyName('Shares of May Department officials rose', 10, 13)).toBe(false);
  });
});
