import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-GB' }) as const;
const news = (text: string, published: string) =>
  findMentions(text, on(published)).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, on(published)).map((m) => `${m.text} ${m.value}`);

describe('a break come back from on a day named by its day and month', () => {
  it.each([
    ['The House returns from its August recess on September 8.', '2026-07-15', 'August 2026-08'],
    ['Senators will return from their August break on Sept. 8.', '2026-07-15', 'August 2026-08'],
    ['Pupils go back after the October half-term on 2 November.', '2026-09-09', 'October 2026-10'],
    [
      'Schools return from the February half-term on 23 February.',
      '2026-01-20',
      'February 2026-02',
    ],
  ])('is the break right before that day in %j (said on %s)', (text, published, month) => {
    expect(news(text, published)).toContain(month);
    expect(timeml(text, published)).toContain(month);
  });

  it.each([
    ['Congress returns from its August recess on Sept. 8.', '2026-09-02', 'August 2026-08'],
    ['The House returns from its August recess on September 8.', '2026-08-19', 'August 2026-08'],
    [
      'The Senate will vote when it returns from its August recess.',
      '2026-03-11',
      'August 2026-08',
    ],
    ['MPs went on their August break on 21 July.', '2026-09-09', 'August 2026-08'],
    ['Pupils returned from the October half-term on 2 November.', '2026-12-08', 'October 2026-10'],
    [
      'Schools went back after the February half-term on 23 February.',
      '2026-04-15',
      'February 2026-02',
    ],
  ])('leaves %j (said on %s) as it was read', (text, published, month) => {
    expect(news(text, published)).toContain(month);
    expect(timeml(text, published)).toContain(month);
  });
});
