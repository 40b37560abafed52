import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 16 September 2026: the Friday gone by is the 11th, the coming one the 18th.
const WEDNESDAY = { published: '2026-09-16', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).map((m) => m.value));

describe('"out" of a release before its day or month', () => {
  it.each([
    ['The album, out on Friday, features a duet with her sister.', '2026-09-18'],
    ['Her memoir, out in October, tells of her years in Paris.', '2026-10'],
    ['Her memoir is out in October.', '2026-10'],
    ['The single is out on Friday.', '2026-09-18'],
    ['The game, out in March, has already been delayed twice.', '2027-03'],
  ])('reads "%s" ahead', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it.each([
    ['The striker, out in March with a knee injury, is back.', '2026-03'],
    ['The single was out on Friday.', '2026-09-11'],
    ['The film, out on Friday, took $40m at the box office.', '2026-09-11'],
    ['The trailer, out on Friday, has been viewed ten million times.', '2026-09-11'],
    ['The novel, out in May, has sold 200,000 copies.', '2026-05'],
    ['Power is out across the county after storms on Monday.', '2026-09-14'],
    ['The novel, out in March, is already in its fifth printing.', '2026-03'],
    ['The single, out on Friday, is already top of the charts.', '2026-09-11'],
  ])('keeps the time gone by in "%s"', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });
});
