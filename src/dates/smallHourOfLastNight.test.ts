import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { smallHourOfLastNight } from './smallHourOfLastNight.ts';

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

  it('reads "The first call came at twelve thirty last night", said on 10 February 1998, as 1998-02-10T00:30', () => {
    const told = { published: '1998-02-10', locale: 'en-US' } as const;
    const text = 'The first call came at twelve thirty last night.';
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, told).map((m) => m.value)).toEqual(['1998-02-10T00:30']);
  });

  it('reads "happened at three fifteen last night" and "at one forty-five last night" in the small hours', () => {
    const told = { published: '1998-02-10', locale: 'en-GB' } as const;
    for (const [text, value] of [
      ['The explosion happened at three fifteen last night, police said.', '1998-02-10T03:15'],
      ['The shooting happened at one forty-five last night.', '1998-02-10T01:45'],
    ] as const)
      for (const find of [findMentions, findTimemlMentions])
        expect(find(text, told).map((m) => m.value)).toEqual([value]);
  });

  it('still reads "at eleven thirty last night" and "at nine forty last night" on the evening before', () => {
    const told = { published: '1998-02-10', locale: 'en-US' } as const;
    expect(
      findMentions('The crash happened at eleven thirty last night.', told).map((m) => m.value),
    ).toEqual(['1998-02-09T23:30']);
    expect(
      findMentions('The verdict came at nine forty last night.', told).map((m) => m.value),
    ).toEqual(['1998-02-09T21:40']);
  });

  it('takes only "last night" and a clock before 5 a.m., or spoken words read after noon', () => {
    expect(smallHourOfLastNight('last night', 'T00:40')).toBe('T00:40');
    expect(smallHourOfLastNight('last night', 'T04:59')).toBe('T04:59');
    expect(smallHourOfLastNight('last night', 'T05:00')).toBeUndefined();
    expect(smallHourOfLastNight('last night', 'T23:40')).toBeUndefined();
    expect(smallHourOfLastNight('tonight', 'T01:00')).toBeUndefined();
    expect(smallHourOfLastNight('last night', 'T12:30', 'twelve thirty')).toBe('T00:30');
    expect(smallHourOfLastNight('last night', 'T15:15', 'three fifteen')).toBe('T03:15');
    expect(smallHourOfLastNight('last night', 'T15:15', '3:15 p.m.')).toBeUndefined();
    expect(smallHourOfLastNight('last night', 'T16:15', 'four fifteen')).toBe('T04:15');
    expect(smallHourOfLastNight('last night', 'T17:30', 'five thirty')).toBeUndefined();
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

  it('reads every clock of four before "last night" in the small hours, as "around four forty last night" is', () => {
    const told = { published: '1998-02-10', locale: 'en-US' } as const;
    for (const [text, value] of [
      ['The fire broke out around four forty last night.', '1998-02-10T04:40'],
      ['The fire broke out at about four thirty last night.', '1998-02-10T04:30'],
      ['Police arrived at four fifteen last night.', '1998-02-10T04:15'],
    ] as const)
      for (const find of [findMentions, findTimemlMentions])
        expect(find(text, told).map((m) => m.value)).toEqual([value]);
  });
});
