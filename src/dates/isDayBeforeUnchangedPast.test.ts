import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 22 November 2000.
const NOVEMBER_22_2000 = { published: '2000-11-22', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, NOVEMBER_22_2000).map((m) => [m.text, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, NOVEMBER_22_2000).map((m) => [m.text, m.value] as const);

describe('a weekday between a subject and a verb whose past is its present', () => {
  it('reads "The Florida Supreme Court on Tuesday night set a deadline of 5 p.m. Sunday", said on 22 November 2000, as the Tuesday gone by and the coming Sunday', () => {
    const text =
      'The Florida Supreme Court on Tuesday night set a deadline of 5 p.m. Sunday for the counties.';
    expect(readTimeml(text)).toEqual([
      ['Tuesday night', '2000-11-21TNI'],
      ['5 p.m. Sunday', '2000-11-26T17:00'],
    ]);
    expect(read(text)[0]).toEqual(['on Tuesday night', '2000-11-21']);
  });

  it('reads "The court Tuesday set a deadline for the recounts", said on 22 November 2000, as 2000-11-21', () => {
    expect(read('The court Tuesday set a deadline for the recounts.')).toEqual([
      ['Tuesday', '2000-11-21'],
    ]);
  });

  it('reads "NATO late Monday cut its list of targets", said on 22 November 2000, as 2000-11-20', () => {
    expect(readTimeml('NATO late Monday cut its list of targets ahead of the deadline.')).toEqual([
      ['late Monday', '2000-11-20'],
    ]);
  });

  it('keeps "The court will on Tuesday set a deadline", said on 22 November 2000, the coming Tuesday', () => {
    expect(readTimeml('The court will on Tuesday set a deadline.')).toEqual([
      ['Tuesday', '2000-11-28'],
    ]);
  });

  it('keeps "The court on Tuesday sets a deadline", said on 22 November 2000, the coming Tuesday: a present of a schedule', () => {
    expect(readTimeml('The court on Tuesday sets a deadline.')).toEqual([
      ['Tuesday', '2000-11-28'],
    ]);
  });

  it('keeps "Every Tuesday the board sets the agenda" a habit', () => {
    expect(readTimeml('Every Tuesday the board sets the agenda.')).toEqual([
      ['Every Tuesday', 'XXXX-WXX-2'],
    ]);
  });

  it('keeps "Polling stations on Sunday shut down at 8 p.m., and the first results are expected soon after", said on Wednesday 22 March 2000, the coming Sunday: a schedule\'s hours', () => {
    expect(
      findTimemlMentions(
        'Polling stations on Sunday shut down at 8 p.m., and the first results are expected soon after.',
        { published: '2000-03-22', locale: 'en-US' },
      ).map((m) => [m.text, m.value]),
    ).toContainEqual(['Sunday', '2000-03-26']);
  });
});
