import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1998-02-23', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, options).map((m) => [m.text, m.value]),
  findTimemlMentions(text, options).map((m) => [m.text, m.value]),
];

describe('midnight last night', () => {
  it('reads "the talks broke up shortly after midnight last night", said on 23 February 1998, as the midnight that ended 22 February (1998-02-23T00:00; TimeML 1998-02-22T24)', () => {
    expect(both('the talks broke up shortly after midnight last night.')).toEqual([
      [['midnight last night', '1998-02-23T00:00']],
      [['midnight last night', '1998-02-22T24']],
    ]);
  });

  it('reads "the storm hit Osceola County around midnight last night", said on 23 February 1998, as one expression', () => {
    const text = 'the storm hit Osceola County around midnight last night.';
    const plain = (value: string) => value.replace(/\/APPROX$/, '');
    expect(findMentions(text, options).map((m) => plain(m.value))).toEqual(['1998-02-23T00:00']);
    expect(findTimemlMentions(text, options).map((m) => plain(m.value))).toEqual(['1998-02-22T24']);
  });

  it('keeps "the midnight shift last night was short" as a midnight and a night apart', () => {
    expect(both('the midnight shift last night was short.')[1]).toContainEqual([
      'last night',
      '1998-02-22TNI',
    ]);
  });
});
