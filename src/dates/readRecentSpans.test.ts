import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { timexRange } from './timexRange.ts';

const JUNE_2010 = { published: '2010-06-16', locale: 'en-US' } as const;

function found(text: string) {
  return findMentions(text, JUNE_2010).map((m) => Mention.parse(m));
}

describe('spans that end at publication', () => {
  it('reads "less than two weeks ago" as the two weeks up to publication, not the week two weeks back', () => {
    const [m] = found('The tanker sank less than two weeks ago.');
    expect(m).toMatchObject({
      text: 'less than two weeks ago',
      type: 'DATE',
      value: '2010-06-02/2010-06-16',
      granularity: 'span',
      anchor: { kind: 'published', date: '2010-06-16' },
      offset: { amount: -2, unit: 'week' },
    });
  });

  it('covers a day a week before publication, so a happening on 7 June falls inside it', () => {
    const [m] = found('The tanker sank less than two weeks ago.');
    const { start, end } = timexRange(m!.value);
    expect(start <= '2010-06-07' && '2010-06-07' <= end).toBe(true);
  });

  it('reads "within the past three months" as the three months up to publication', () => {
    expect(found('Prices rose within the past three months.')[0]).toMatchObject({
      text: 'within the past three months',
      value: '2010-03-16/2010-06-16',
    });
  });

  it('reads "within the last year" with no count as one year back', () => {
    expect(found('Costs doubled within the last year.')[0]?.value).toBe('2009-06-16/2010-06-16');
  });

  it('reads "over the past week" and "in the past month" as the stretch up to publication', () => {
    expect(found('Prices rose 3 percent over the past week.')[0]).toMatchObject({
      text: 'the past week',
      value: '2010-06-09/2010-06-16',
      granularity: 'span',
      offset: { amount: -1, unit: 'week' },
    });
    expect(found("The past month's rally faded.")[0]).toMatchObject({
      text: 'The past month',
      value: '2010-05-16/2010-06-16',
    });
  });

  it('reads "By March 1999, prices had fallen 10 percent over the past month." as one month long, not the month up to publication', () => {
    const text = 'By March 1999, prices had fallen 10 percent over the past month.';
    expect(findMentions(text, { published: '2024-03-14', locale: 'en-US' })).toMatchObject([
      { text: 'March 1999', value: '1999-03' },
      { text: 'the past month', type: 'DURATION', value: 'P1M' },
    ]);
    // Near misses: the publication year written before it, or no year, still end at publication.
    expect(found('In 2010, prices rose 3 percent over the past week.')[1]).toMatchObject({
      text: 'the past week',
      value: '2010-06-09/2010-06-16',
    });
    expect(found('By June, prices had fallen over the past month.')[1]).toMatchObject({
      text: 'the past month',
      value: '2010-05-16/2010-06-16',
    });
  });

  it('keeps "last week" the calendar week gone by, "the past year" the year before and "the past weekend" a weekend', () => {
    expect(found('Prices rose last week.')[0]?.value).toBe('2010-W23');
    expect(found('In the past year, prices rose.')[0]?.value).toBe('2009');
    expect(found('Shares fell over the past weekend.')[0]?.value).toBe('2010-W23-WE');
    expect(found('Prices rose for the past month and a half.')[0]?.value).not.toBe(
      '2010-05-16/2010-06-16',
    );
    expect(found('Prices rose over the past two weeks.')[0]).toMatchObject({
      text: 'two weeks',
      value: 'P2W',
    });
  });

  it('reaches back to the day before for hours, since they may cross midnight', () => {
    expect(found('It was lost less than 24 hours ago.')[0]?.value).toBe('2010-06-15/2010-06-16');
  });

  it('keeps "two weeks ago" without "less than" as the week two weeks back', () => {
    expect(found('The tanker sank two weeks ago.')[0]?.value).toBe('2010-W22');
  });

  it('does not anchor "two days later" to the span, which has no one date', () => {
    const mentions = found(
      'The ship left on June 1. Less than a week ago it sank; two days later it was found.',
    );
    expect(mentions.at(-1)).toMatchObject({ text: 'two days later', value: '2010-06-03' });
  });
});
