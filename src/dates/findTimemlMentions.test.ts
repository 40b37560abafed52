import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import type { FindOptions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const; // a Friday

/** Text, type and value of every mention, each checked against the schema and its offsets. */
function timeml(text: string, options: FindOptions = JAN_2000): Array<[string, string, string]> {
  return findTimemlMentions(text, options).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.type, m.value];
  });
}

describe('findTimemlMentions', () => {
  it('leaves a leading preposition out of the extent', () => {
    expect(timeml('They met on Wednesday.')).toEqual([['Wednesday', 'DATE', '2000-01-05']]);
  });

  it('leaves bounds such as "as soon as" out of the extent', () => {
    expect(timeml('A vote could come as soon as next week.')).toEqual([
      ['next week', 'DATE', '2000-W02'],
    ]);
  });

  it('marks the count in "a month after" as a duration, without the word after it', () => {
    expect(timeml('The talks failed. A month after the vote, he resigned.')[0]).toEqual([
      'A month',
      'DURATION',
      'P1M',
    ]);
  });

  it('marks "three days later" as the duration "three days"', () => {
    expect(timeml('He left on Monday. Three days later he was back.')[1]).toEqual([
      'Three days',
      'DURATION',
      'P3D',
    ]);
  });

  it('marks an uncounted "days before" as the duration PXD', () => {
    expect(timeml('He was seen on Monday. In the days before the attack he hid.')[1]).toEqual([
      'days',
      'DURATION',
      'PXD',
    ]);
  });

  it('keeps "a year ago" whole, as a date', () => {
    expect(timeml('He left a year ago.')).toEqual([['a year ago', 'DATE', '1999']]);
  });

  it('gives parts of day as TMO, TAF, TEV and TNI', () => {
    expect(timeml('A message was read Wednesday night; he left Friday morning.')).toEqual([
      ['Wednesday night', 'TIME', '2000-01-05TNI'],
      ['Friday morning', 'TIME', '2000-01-07TMO'],
    ]);
  });
});

describe('findTimemlMentions: what TimeML does not mark, and spans looked over', () => {
  it('does not mark ages or "previously"', () => {
    expect(timeml('The 6-year-old boy had previously lived in Cuba.')).toEqual([]);
  });

  it('marks "the past two months" as one duration', () => {
    expect(timeml('Prices rose over the past two months.')).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
    ]);
  });

  it('marks "the next few days" and "recent years" as uncounted durations', () => {
    expect(timeml('It will fall in the next few days, as in recent years.')).toEqual([
      ['the next few days', 'DURATION', 'PXD'],
      ['recent years', 'DURATION', 'PXY'],
    ]);
  });
});

describe('findTimemlMentions: words before durations and days', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;

  it('takes "the" before a duration into its extent', () => {
    expect(timeml('Sales in the nine months rose 5%.', NOV_1989)).toEqual([
      ['the nine months', 'DURATION', 'P9M'],
    ]);
  });

  it('takes "early" or "late" before a day into its extent', () => {
    expect(timeml('The vote ended early Tuesday.', NOV_1989)).toEqual([
      ['early Tuesday', 'DATE', '1989-10-31'],
    ]);
  });
});
