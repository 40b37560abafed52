import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { smallHourBeforeLastNight, smallHourOfLastNight } from './smallHourOfLastNight.ts';

const options = { published: '1998-02-24', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, options).map((m) => m.value),
  findTimemlMentions(text, options).map((m) => m.value),
];

describe('a clock of the small hours of last night', () => {
  it('reads "the mudslide came down around twelve forty last night", said on 24 February 1998, as 1998-02-24T00:40', () => {
    expect(both('the mudslide came down around twelve forty last night.')).toEqual([
      ['1998-02-24T00:40'],
      ['1998-02-24T00:40'],
    ]);
  });

  it('reads "the power went out around one fifteen last night", said on 24 February 1998, as 1998-02-24T01:15', () => {
    expect(both('the power went out around one fifteen last night.')).toEqual([
      ['1998-02-24T01:15'],
      ['1998-02-24T01:15'],
    ]);
  });

  it('still reads "the creek flooded around eleven forty last night", said on 24 February 1998, as 1998-02-23T23:40', () => {
    expect(both('the creek flooded around eleven forty last night.')).toEqual([
      ['1998-02-23T23:40'],
      ['1998-02-23T23:40'],
    ]);
  });

  it('still reads "10 p.m. last night", said on 24 February 1998, as 1998-02-23T22:00', () => {
    expect(both('It happened at 10 p.m. last night.')).toEqual([
      ['1998-02-23T22:00'],
      ['1998-02-23T22:00'],
    ]);
  });

  it('does not put "the fire broke out around five thirty last night", said on 24 February 1998, on the day it is told', () => {
    expect(both('the fire broke out around five thirty last night.').flat()).not.toContain(
      '1998-02-24T05:30',
    );
  });

  it('takes only "last night" and a clock before 4 a.m.', () => {
    expect(smallHourOfLastNight('last night', 'T00:40')).toBe(true);
    expect(smallHourOfLastNight('last night', 'T03:59')).toBe(true);
    expect(smallHourOfLastNight('last night', 'T04:00')).toBe(false);
    expect(smallHourOfLastNight('last night', 'T23:40')).toBe(false);
    expect(smallHourOfLastNight('tonight', 'T01:00')).toBe(false);
  });
  it('reads "the first tornado touched down at about one thirty last night", said on 24 February 1998, as 1998-02-24T01:30', () => {
    expect(
      both('the first tornado touched down at about one thirty last night in Kissimmee.'),
    ).toEqual([['1998-02-24T01:30'], ['1998-02-24T01:30']]);
  });

  it('reads "the winds were strongest at twelve fifteen last night", said on 24 February 1998, as 1998-02-24T00:15', () => {
    expect(both('the winds were strongest at twelve fifteen last night.')).toEqual([
      ['1998-02-24T00:15'],
      ['1998-02-24T00:15'],
    ]);
  });

  it('reads "the first warning came around five thirty last night", said on 24 February 1998, as 1998-02-23T17:30', () => {
    expect(both('the first warning came around five thirty last night.')).toEqual([
      ['1998-02-23T17:30'],
      ['1998-02-23T17:30'],
    ]);
  });

  it('still reads "the president finished speaking at about ten twenty last night", said on 24 February 1998, as 1998-02-23T22:20', () => {
    expect(both('the president finished speaking at about ten twenty last night.')).toEqual([
      ['1998-02-23T22:20'],
      ['1998-02-23T22:20'],
    ]);
  });

  it('reads no clock in "police arrested five last night"', () => {
    expect(both('police arrested five last night.')).toEqual([['1998-02-23'], ['1998-02-23TNI']]);
  });

  it('takes an hour from twelve to three right before "last night" as a small hour', () => {
    expect(smallHourBeforeLastNight(' last night.', 1)).toBe(true);
    expect(smallHourBeforeLastNight(' last night in Kissimmee', 12)).toBe(true);
    expect(smallHourBeforeLastNight(' last night.', 10)).toBe(false);
    expect(smallHourBeforeLastNight(' this morning.', 1)).toBe(false);
  });
});
