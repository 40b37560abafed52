import { describe, expect, it } from 'vitest';
import type { Source } from '../model/source.ts';
import { resolveEventDate } from './resolveEventDate.ts';

function article(text: string): Source {
  return {
    id: 'a',
    file: 'seeds/a.txt',
    published: '2025-03-07',
    publishedLabel: 'Fri 7 Mar 2025',
    publishedReasoning: [],
    outlet: null,
    byline: null,
    credits: [],
    locale: 'en-US',
    text,
  };
}

/** The event date the build gives the words `expression` of `text`, read against publication. */
function dateOf(text: string, expression: string, throughAnchor = false) {
  const source = article(text);
  return resolveEventDate({ expression, throughAnchor }, source, text.indexOf(expression), {
    kind: 'published',
    date: source.published,
  });
}

describe('resolveEventDate', () => {
  it('marks a stretch written as its first and last day as those exact days', () => {
    expect(dateOf('Talks were held March 3-5 in Riyadh.', 'March 3-5')).toMatchObject({
      value: '2025-03-03/2025-03-05',
      start: '2025-03-03',
      end: '2025-03-05',
      granularity: 'span',
      exactDays: true,
    });
    expect(
      dateOf('Unions will strike from Monday to Wednesday.', 'Monday to Wednesday'),
    ).toMatchObject({ value: '2025-03-10/2025-03-12', exactDays: true });
  });

  it('reads a stretch quoted with its opening "from" as the whole stretch, not its last day', () => {
    expect(
      dateOf('Unions will strike from Monday to Wednesday.', 'from Monday to Wednesday'),
    ).toMatchObject({ value: '2025-03-10/2025-03-12', exactDays: true });
    expect(dateOf('Talks ran from May through August.', 'from May through August')).toMatchObject({
      value: '2024-05/2024-08',
      granularity: 'span',
    });
  });

  it('leaves a span the event falls somewhere within unmarked, though its value has the same shape', () => {
    const recent = dateOf('They met less than two weeks ago.', 'less than two weeks ago');
    expect(recent).toMatchObject({ value: '2025-02-21/2025-03-07', granularity: 'span' });
    expect(recent).not.toHaveProperty('exactDays');
  });

  it('leaves a stretch the event falls somewhere between unmarked, though it names both days', () => {
    for (const [text, expression] of [
      ['He was killed between Monday and Wednesday.', 'between Monday and Wednesday'],
      ['He was killed sometime between March 3 and 5.', 'sometime between March 3 and 5'],
      [
        'He was killed some time between Monday and Wednesday.',
        'some time between Monday and Wednesday',
      ],
      ['Talks were held around March 3-5 in Riyadh.', 'around March 3-5'],
    ] as const) {
      const date = dateOf(text, expression);
      expect(date, expression).toMatchObject({
        start: '2025-03-03',
        end: '2025-03-05',
        granularity: 'span',
      });
      expect(date, expression).not.toHaveProperty('exactDays');
    }
  });

  it('reads "around" before a stretch as the whole stretch, approximately', () => {
    expect(dateOf('Talks were held around March 3-5 in Riyadh.', 'around March 3-5')).toMatchObject(
      {
        value: '2025-03-03/2025-03-05',
        mod: 'APPROX',
      },
    );
  });

  it('reads "around" before a single day as that day, approximately, as before a stretch', () => {
    const around = dateOf('Talks were held around March 3 in Riyadh.', 'around March 3');
    const exact = dateOf('Talks were held on March 3 in Riyadh.', 'March 3');
    expect(around).toMatchObject({ value: exact.value, mod: 'APPROX' });
    expect(around.label).not.toBe(exact.label);
  });

  it('reads a stretch from one clock time to another as the whole stretch, not its last hour', () => {
    const date = dateOf(
      'Unions struck from noon Monday to 3 p.m. Wednesday.',
      'from noon Monday to 3 p.m. Wednesday',
    );
    expect(date).toMatchObject({ start: '2025-03-03', end: '2025-03-05', granularity: 'span' });
  });

  it('gives no clock to hours counted back from publication: only words that state a clock do', () => {
    const past = dateOf('He has met them twice in the past 48 hours.', 'the past 48 hours');
    expect(past.label).not.toMatch(/\d:\d\d|[ap]m/);
    expect(past.value).not.toContain('T');
  });

  it('leaves stretches of months and years, and spans up to the anchor, unmarked', () => {
    for (const [text, expression] of [
      ['Talks ran from May through August.', 'May through August'],
      ['Sales rose between 2019 and 2021.', 'between 2019 and 2021'],
    ] as const) {
      const date = dateOf(text, expression);
      expect(date.granularity).toBe('span');
      expect(date).not.toHaveProperty('exactDays');
    }
    const through = dateOf('Talks have run since March 3.', 'March 3', true);
    expect(through).toMatchObject({ value: '2025-03-03/2025-03-07', granularity: 'span' });
    expect(through).not.toHaveProperty('exactDays');
  });

  it('labels a clock time the words give with the day, as the article stated it', () => {
    expect(dateOf('The blast came at 3am on Monday.', 'at 3am on Monday')).toMatchObject({
      value: '2025-03-03T03:00',
      start: '2025-03-03',
      end: '2025-03-03',
      granularity: 'day',
      label: 'Mon 3 Mar 2025, 3:00 am',
    });
  });

  it('keeps the zone the words name with the clock, never converting it', () => {
    const est = dateOf('He spoke at 10:30 a.m. EST on March 3.', 'at 10:30 a.m. EST on March 3');
    expect(est).toMatchObject({ value: '2025-03-03T10:30', label: 'Mon 3 Mar 2025, 10:30 am EST' });
    expect(est.derivation).toMatchObject({
      explanation:
        '“at 10:30 a.m. EST on March 3”, in an article published Fri 7 Mar 2025 → Mon 3 Mar 2025, 10:30 am EST',
    });
    expect(dateOf('It was announced at 0425 GMT Friday.', '0425 GMT Friday').label).toBe(
      'Fri 7 Mar 2025, 4:25 am GMT',
    );
  });

  it('records the zone the words name with the clock, as written, and none without one', () => {
    expect(
      dateOf('He spoke at 10:30 a.m. EST on March 3.', 'at 10:30 a.m. EST on March 3'),
    ).toMatchObject({
      value: '2025-03-03T10:30',
      zone: 'EST',
    });
    expect(
      dateOf('Polls closed at 9 a.m. local time on Monday.', 'at 9 a.m. local time on Monday').zone,
    ).toBe('local time');
    expect(
      dateOf('He spoke at 10:30 a.m. on March 3.', 'at 10:30 a.m. on March 3'),
    ).not.toHaveProperty('zone');
    expect(dateOf('They met on Wednesday.', 'on Wednesday')).not.toHaveProperty('zone');
  });

  it('records no zone on a span up to an anchor, whose ends may be on different clocks', () => {
    const text =
      'Polls closed at 10:30 a.m. EST on Wednesday. Voting ran since 9 a.m. GMT on Monday.';
    const closing = dateOf(text, 'at 10:30 a.m. EST on Wednesday');
    expect(closing.zone).toBe('EST');
    const anchor = {
      kind: 'event',
      event: 'closing',
      title: 'Polls close',
      date: closing,
    } as const;
    const through = (expression: string) =>
      resolveEventDate(
        { expression, throughAnchor: true },
        article(text),
        text.indexOf(expression),
        anchor,
      );
    const since = through('since 9 a.m. GMT on Monday');
    expect(since.value).toBe(
      `${dateOf(text, 'since 9 a.m. GMT on Monday').value}/${closing.value}`,
    );
    expect(since).not.toHaveProperty('zone');
  });

  it('leaves a single day unmarked: its granularity already says it', () => {
    expect(dateOf('They met on Wednesday.', 'on Wednesday')).not.toHaveProperty('exactDays');
  });

  it('dates an editor\'s clock in a habit sentence ("The library opens at 9am on weekdays") on the day read against, not failing on the news reading\'s bare T09:00', () => {
    expect(dateOf('The library opens at 9am on weekdays.', '9am')).toMatchObject({
      value: '2025-03-07T09:00',
      granularity: 'day',
    });
  });
});
