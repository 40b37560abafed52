import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 15 September 2026.
const PUBLISHED = { published: '2026-09-15', locale: 'en-GB' } as const;
type Found = { text: string; type: string; value: string }[];
const triples = (found: Found) => found.map((m) => [m.text, m.type, m.value] as const);
const news = (text: string) => triples(findMentions(text, PUBLISHED));
const timeml = (text: string) => triples(findTimemlMentions(text, PUBLISHED));
const both = (text: string) => {
  const found = news(text);
  expect(timeml(text)).toEqual(found);
  return found;
};

describe('a weekday counted by its ordinal in every month', () => {
  it('reads "The planning committee meets on the first Tuesday of each month" as every Tuesday', () => {
    expect(both('The planning committee meets on the first Tuesday of each month.')).toEqual([
      ['the first Tuesday of each month', 'SET', 'XXXX-WXX-2'],
    ]);
  });

  it('reads "The market is held on the last Saturday of each month" as every Saturday, no Saturday gone by', () => {
    expect(both('The market is held on the last Saturday of each month.')).toEqual([
      ['the last Saturday of each month', 'SET', 'XXXX-WXX-6'],
    ]);
  });

  it.each([
    ['The board meets the second Monday of every month.', 'XXXX-WXX-1'],
    ['Street sweeping takes place on the first and third Thursday of each month.', 'XXXX-WXX-4'],
    ['Bins are emptied on the second and fourth Wednesdays of every month.', 'XXXX-WXX-3'],
    ['Meetings are held on the last Sunday in every month.', 'XXXX-WXX-7'],
  ])('reads %j as one SET of the weekday', (text, value) => {
    expect(both(text)).toEqual([[expect.any(String), 'SET', value]]);
  });

  it('still reads "The council meets on the last Wednesday of the month" as this month\'s day', () => {
    expect(both('The council meets on the last Wednesday of the month.')).toEqual([
      ['the last Wednesday of the month', 'DATE', '2026-09-30'],
    ]);
  });

  it('does not read a share of what each month owns as every such weekday ("each month\'s sitting")', () => {
    const found = both("Agendas are published before the first Tuesday of each month's sitting.");
    expect(found.map(([, , value]) => value)).not.toContain('XXXX-WXX-2');
  });
});
