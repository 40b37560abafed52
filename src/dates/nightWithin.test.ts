import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a night within which a thing happened, with no day of its own', () => {
  it.each([
    'Power was restored during the night.',
    'He died peacefully in the night, his family said.',
    'A fire broke out in the middle of the night.',
    'Several homes were flooded during the night as the river burst its banks.',
  ])('reads "%s" as the night just gone', (text) => {
    expect(read(text)).toEqual([['the night = 2026-03-10'], ['the night = 2026-03-10TNI']]);
  });

  it('reads "Crews will work during the night" as the night to come', () => {
    expect(read('Crews will work during the night to repair the line.')).toEqual([
      ['the night = 2026-03-11'],
      ['the night = 2026-03-11TNI'],
    ]);
  });

  it.each([
    'During the night, bats feed on insects.',
    'The patient often wakes in the night.',
    'Stars filled the night sky.',
    'She worked in the night shift at the hospital.',
    'Shots rang out in the night air.',
    'Jobs in the night economy have fallen sharply.',
    'A man was stabbed in the night club.',
    'She starred in The Night Manager.',
  ])('reads no night in "%s"', (text) => {
    expect(read(text)).toEqual([[], []]);
  });

  it('leaves "during the night of 4 March" to the day it names', () => {
    expect(read('Looters broke into shops during the night of 4 March.')).toEqual([
      ['4 March = 2026-03-04'],
      ['4 March = 2026-03-04'],
    ]);
  });
});
