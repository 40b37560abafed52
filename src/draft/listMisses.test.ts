import { describe, expect, it } from 'vitest';
import type { GoldLine } from './GoldTimelines.ts';
import { formatMisses } from './formatMisses.ts';
import { listMisses } from './listMisses.ts';
import { goldHappenings } from './scoreTimeline.ts';

const text = 'Apple settled on Monday. It was a long dispute. Jobs spoke in 2004.';
const texts = new Map([['a', text]]);
const at = (words: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
});
const line = (date: string, words: string): GoldLine => ({
  entity: 'Apple',
  date,
  mentions: [{ doc: 'a', sentence: 0, ...at(words) }],
});
const settled = {
  id: 'settled',
  start: '2007-02-05',
  end: '2007-02-05',
  evidence: [{ source: 'a', ...at('Apple settled on Monday.') }],
};

describe('listMisses', () => {
  it('names the event that quotes a missed sentence on another date', () => {
    const [miss] = listMisses(
      [settled],
      goldHappenings([line('2007-02-06', 'Apple settled on Monday.')]),
      texts,
      [],
    );
    expect(miss).toMatchObject({ kind: 'not-found', date: '2007-02-06', entities: ['Apple'] });
    expect(miss!.mentions[0]!.quotedBy).toEqual([
      { id: 'settled', start: '2007-02-05', end: '2007-02-05' },
    ]);
    expect(formatMisses([miss!])).toContain('quoted by settled on 2007-02-05');
  });

  it('says why a sentence gave no passage, or that it joined nothing', () => {
    const leftOut = [
      {
        article: 'a',
        expression: '2004',
        start: text.indexOf('2004'),
        reason: 'date-words-repeat' as const,
      },
    ];
    const misses = listMisses(
      [settled],
      goldHappenings([line('2004', 'Jobs spoke in 2004.'), line('2007', 'It was a long dispute.')]),
      texts,
      leftOut,
    );
    expect(misses.map((m) => m.mentions[0]!.leftOut)).toEqual([
      [{ expression: '2004', reason: 'date-words-repeat' }],
      [],
    ]);
    const printed = formatMisses(misses);
    expect(printed).toContain('“2004” left out: the date words occur twice in the passage');
    expect(printed).toContain('no date of its own, and joined no event');
  });

  it('leaves out what was found, and what has no year', () => {
    expect(
      listMisses(
        [settled],
        goldHappenings([line('2007-02', 'Apple settled on Monday.'), line('XXXX-XX-XX', 'It was')]),
        texts,
        [],
      ),
    ).toEqual([]);
  });
});
