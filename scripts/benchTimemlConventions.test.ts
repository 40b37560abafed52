import { describe, expect, it } from 'vitest';
import type { TimemlTimex } from '../src/dates/readTimeml.ts';
import type { TimemlCase } from '../src/dates/scoreTimeml.ts';
import {
  conventionClass,
  countConventions,
  extentClasses,
  valueWriting,
} from './benchTimemlConventions.ts';

/** One document whose text is the given words, one sentence each, all of them gold. */
function doc(...gold: Array<[string, string]>): TimemlCase {
  let text = '';
  const timexes: TimemlTimex[] = gold.map(([words, value], i) => {
    const start = text.length;
    text += `${words}. `;
    return { tid: `t${i + 1}`, type: 'DATE', value, start, end: start + words.length, text: words };
  });
  return { id: 'd', document: { head: '', dct: '1999-03-03', dctTid: 't0', text, timexes } };
}

describe('the count of gold value conventions', () => {
  it('writes a value without its numbers, keeping how a week number is padded', () => {
    expect(valueWriting('1989-W07')).toBe('YYYY-Wnn');
    expect(valueWriting('2000-W7')).toBe('YYYY-Wn');
    expect(valueWriting('1989-WXX')).toBe('YYYY-WXX');
    expect(valueWriting('P18M')).toBe('PnM');
    expect(valueWriting('2000-01-05TNI')).toBe('YYYY-nn-nnT<part>');
  });

  it('puts a week below ten in its own class whatever the words', () => {
    expect(conventionClass('this week', '2000-W7')).toBe('a week number below 10 (W7 or W07)');
    expect(conventionClass('Last week.', '1989-W43')).toBe('last, this, next week');
    expect(conventionClass('the meeting', '1989-10-11')).toBeUndefined();
  });

  it('calls a class seen in both folders consistent only when two thirds write it alike in both', () => {
    const a = doc(['last month', '1989-09'], ['next month', '1989-11'], ['this month', '1989-10']);
    const b = doc(['last month', '1999-02'], ['this month', 'P1M']);
    const consistent = countConventions([
      ['a', [a]],
      ['b', [b]],
    ]).rows[0]!;
    expect(consistent).toMatchObject({ writing: 'YYYY-nn', agree: 4, total: 5, adopted: true });
    const split = countConventions([
      ['a', [a]],
      ['b', [doc(['last month', 'P1M'], ['this month', 'P1M'])]],
    ]).rows[0]!;
    expect(split.adopted).toBe(false);
  });

  it('asks a class seen in one folder only for eight cases and four fifths agreement', () => {
    const eight = Array.from({ length: 8 }, (): [string, string] => ['the quarter', '1989-Q3']);
    const seven = eight.slice(1);
    const other = doc(['last month', '1999-02']);
    const rows = (gold: Array<[string, string]>) =>
      countConventions([
        ['a', [doc(...gold)]],
        ['b', [other]],
      ]).rows.find((r) => r.name === 'the quarter (unnamed)')!;
    expect(rows(eight).adopted).toBe(true);
    expect(rows(seven).adopted).toBe(false);
    expect(rows([...eight, ['the quarter', '1989-QX'], ['the quarter', '1989-QX']]).adopted).toBe(
      true,
    );
    expect(rows([...eight, ...Array(3).fill(['the quarter', '1989-QX'])]).adopted).toBe(false);
  });
});

describe('the count of gold type conventions', () => {
  it('counts a time of day by the type the gold gives it', () => {
    const a = doc(['Wednesday night', '2000-01-05TNI']);
    a.document.timexes[0]!.type = 'TIME';
    const b = doc(['Friday evening', '2000-01-07TEV']);
    const row = countConventions([
      ['a', [a]],
      ['b', [b]],
    ]).rows.find((r) => r.name.startsWith('type of a time of day'))!;
    expect([row.agree, row.total, row.adopted]).toEqual([1, 2, false]);
  });
});

describe('the count of gold extent conventions', () => {
  it('tells words taken into the extent from words left just outside it', () => {
    expect(extentClasses('news ', 'early March', ' was', 'DATE')).toEqual([
      ['extent: early, late, mid before a time', 'in the extent'],
    ]);
    expect(extentClasses('rose in early ', 'March', "'s", 'DATE')).toEqual([
      ['extent: early, late, mid before a time', 'left out'],
      ["extent: 's after a time", 'left out'],
    ]);
    expect(extentClasses('over ', 'the past two months', '.', 'DURATION')).toEqual([
      ['extent: the before a duration', 'in the extent'],
    ]);
    expect(extentClasses('in ', 'March', '.', 'DATE')).toEqual([]);
  });
});

describe('the count of conventions beside a finder', () => {
  it('counts the cases where the finder writes the most frequent writing', () => {
    const gold = doc(['last month', '1999-02'], ['this month', '1999-03'], ['next month', 'P1M']);
    const [row] = countConventions([['a', [gold]]], () =>
      gold.document.timexes.map((t, i) => ({
        text: t.text,
        start: t.start,
        end: t.end,
        type: 'DATE' as const,
        value: i === 0 ? '1999-02' : 'P1M',
        granularity: 'month' as const,
      })),
    ).rows;
    expect([row?.writing, row?.agree, row?.ours]).toEqual(['YYYY-nn', 2, 1]);
  });
});
