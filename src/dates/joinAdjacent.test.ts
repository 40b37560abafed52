import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/mention.ts';
import { joinAdjacent } from './joinAdjacent.ts';

const TEXT = 'at noon Friday, and Monday';

function at(text: string): Mention {
  const start = TEXT.indexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    type: 'DATE',
    value: '2000-01-07',
    granularity: 'day',
    anchor: { kind: 'published', date: '2000-01-07' },
  };
}

const both = (a: Mention, b: Mention): Mention => ({
  ...b,
  text: TEXT.slice(a.start, b.end),
  start: a.start,
});

describe('joinAdjacent', () => {
  it('joins two mentions with only spaces between them', () => {
    expect(joinAdjacent(TEXT, [at('noon'), at('Friday')], both).map((m) => m.text)).toEqual([
      'noon Friday',
    ]);
  });

  it('leaves mentions apart when other words lie between them', () => {
    expect(joinAdjacent(TEXT, [at('Friday'), at('Monday')], both).map((m) => m.text)).toEqual([
      'Friday',
      'Monday',
    ]);
  });

  it('leaves mentions apart when join gives nothing', () => {
    expect(joinAdjacent(TEXT, [at('noon'), at('Friday')], () => undefined)).toHaveLength(2);
  });
});
