import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const OPTIONS = { published: '2026-03-10', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, OPTIONS).map((m) => `${m.text.replace(/^on /, '')} = ${m.type} ${m.value}`),
  );

describe('a day of the month coming round every month', () => {
  it.each([
    ['Pensions are paid on the 15th of each month.', 'the 15th of each month = SET XXXX-XX-15'],
    ['Rent is due on the first of every month.', 'the first of every month = SET XXXX-XX-01'],
    [
      'The index is published on the 10th day of every month.',
      'the 10th day of every month = SET XXXX-XX-10',
    ],
    ['Bills go out every month on the 28th.', 'every month on the 28th = SET XXXX-XX-28'],
    ['The market is held on the third of each month.', 'the third of each month = SET XXXX-XX-03'],
  ])('reads "%s" as one set', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['Payments are made each month.', 'each month = SET P1M'],
    ['A third of each month’s budget goes on rent.', 'each month = SET P1M'],
    ['The second of each month’s two meetings was cancelled.', 'each month = SET P1M'],
  ])('leaves "%s" to the rate word alone', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('does not read the 15th of the month as a set', () => {
    expect(read('Rent is due on the 15th of the month.')[0]).not.toContain(
      'the 15th of the month = SET XXXX-XX-15',
    );
  });

  it.each([
    ['The council meets every month on the second Tuesday.', 'XXXX-XX-02'],
    ['She visits her mother every month on the first weekend.', 'XXXX-XX-01'],
  ])('does not read the ordinal of a weekday or a week in "%s" as a day', (text, value) => {
    const [news, timeml] = read(text);
    expect(news).toContain('every month = SET P1M');
    expect(timeml).toContain('every month = SET P1M');
    expect([...news!, ...timeml!].join('; ')).not.toContain(value);
  });
});
