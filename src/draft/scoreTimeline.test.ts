import { describe, expect, it } from 'vitest';
import type { GoldLine } from './GoldTimelines.ts';
import { goldRange, scoreTimeline } from './scoreTimeline.ts';

const line = (date: string, ...mentions: [string, number, number][]): GoldLine => ({
  entity: 'e',
  date,
  mentions: mentions.map(([doc, start, end]) => ({ doc, sentence: 0, start, end })),
});

describe('goldRange', () => {
  it('reads days, months and years, and nothing without a year', () => {
    expect(goldRange('2010-06-07')).toEqual({ start: '2010-06-07', end: '2010-06-07' });
    expect(goldRange('2010-02-XX')).toEqual({ start: '2010-02-01', end: '2010-02-28' });
    expect(goldRange('2010-XX-XX')).toEqual({ start: '2010-01-01', end: '2010-12-31' });
    expect(goldRange('XXXX-XX-XX')).toBeUndefined();
  });
});

describe('scoreTimeline', () => {
  const gold = [
    line('2010-06-07', ['a', 0, 50], ['b', 100, 160]),
    line('2008', ['a', 60, 90]),
    line('XXXX-XX-XX', ['a', 95, 99]),
  ];

  it('finds a happening only when the quote and the date both agree', () => {
    const wrongDay = {
      start: '2010-06-08',
      end: '2010-06-08',
      evidence: [{ source: 'a', start: 10, end: 20 }],
    };
    const right = {
      start: '2010-06-01',
      end: '2010-06-30',
      evidence: [{ source: 'a', start: 10, end: 20 }],
    };
    expect(scoreTimeline([wrongDay], gold)).toMatchObject({ dated: 2, found: 0 });
    expect(scoreTimeline([right], gold)).toMatchObject({ dated: 2, found: 1, eventsOnFound: 1 });
  });

  it('links a happening only when one event quotes it in every article that tells it', () => {
    const inA = {
      start: '2010-06-07',
      end: '2010-06-07',
      evidence: [{ source: 'a', start: 0, end: 5 }],
    };
    const inB = { ...inA, evidence: [{ source: 'b', start: 120, end: 130 }] };
    const both = { ...inA, evidence: [...inA.evidence, ...inB.evidence] };
    expect(scoreTimeline([inA, inB], gold)).toMatchObject({
      multiArticle: 1,
      linked: 0,
      eventsOnFound: 2,
    });
    expect(scoreTimeline([both], gold)).toMatchObject({
      multiArticle: 1,
      linked: 1,
      eventsOnFound: 1,
    });
  });

  it('counts a line repeated in two timelines once', () => {
    expect(scoreTimeline([], [...gold, { ...gold[1]!, entity: 'f' }]).dated).toBe(2);
  });
});
