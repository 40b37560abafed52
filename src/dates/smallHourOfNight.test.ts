import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { smallHourOfNight } from './smallHourOfNight.ts';

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
    expect(smallHourOfNight('last night', 'T00:40')).toBe('T00:40');
    expect(smallHourOfNight('last night', 'T04:59')).toBe('T04:59');
    expect(smallHourOfNight('last night', 'T05:00')).toBeUndefined();
    expect(smallHourOfNight('last night', 'T23:40')).toBeUndefined();
    expect(smallHourOfNight('tomorrow night', 'T01:00')).toBeUndefined();
    expect(smallHourOfNight('last night', 'T00:00')).toBe('T00:00');
    expect(smallHourOfNight('last night', 'T12:30', 'twelve thirty')).toBe('T00:30');
    expect(smallHourOfNight('last night', 'T15:15', 'three fifteen')).toBe('T03:15');
    expect(smallHourOfNight('last night', 'T15:15', '3:15 p.m.')).toBeUndefined();
    expect(smallHourOfNight('last night', 'T16:15', 'four fifteen')).toBe('T04:15');
    expect(smallHourOfNight('last night', 'T17:30', 'five thirty')).toBeUndefined();
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

describe('a small hour of tonight', () => {
  // Monday 16 February 1998: tonight's small hours are on the day after.
  const published = '1998-02-16';
  const dayAfter = toCalendarDate(addDays(toLocalDate(published), 1));
  const both = (text: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
    );

  it.each([
    ['The launch is set for one thirty tonight, Eastern time.', 'one thirty tonight', 'T01:30'],
    ['The shuttle launch is scheduled for two fifteen tonight.', 'two fifteen tonight', 'T02:15'],
    ['The vote is expected at one tonight.', 'one tonight', 'T01:00'],
    ['The satellite will be launched at twelve thirty tonight.', 'twelve thirty tonight', 'T00:30'],
    ['The storm could come ashore at two thirty tonight.', 'two thirty tonight', 'T02:30'],
    ['The vote is expected at one thirty tonight.', 'one thirty tonight', 'T01:30'],
  ])('reads %j, said on 16 February 1998, on the day after', (text, words, clock) => {
    for (const read of both(text)) expect(read).toEqual([`${words} = ${dayAfter}${clock}`]);
  });

  it('still reads "nine thirty tonight" and "one thirty last night" on the day of publication', () => {
    for (const read of both('The debate is set for nine thirty tonight.'))
      expect(read).toEqual([`nine thirty tonight = ${published}T21:30`]);
    for (const read of both('The fire broke out at one thirty last night.'))
      expect(read).toEqual([`one thirty last night = ${published}T01:30`]);
  });

  it('leaves midnight and the evening alone', () => {
    expect(smallHourOfNight('tonight', 'T00:00')).toBeUndefined();
    expect(smallHourOfNight('tonight', 'T21:30')).toBeUndefined();
    expect(smallHourOfNight('tomorrow night', 'T01:30')).toBeUndefined();
    expect(smallHourOfNight('Tonight', 'T04:59')).toBe('T04:59');
  });

  it('takes an afternoon clock of spoken words as the small hour, not one in figures', () => {
    expect(smallHourOfNight('tonight', 'T14:30', 'two thirty')).toBe('T02:30');
    expect(smallHourOfNight('tonight', 'T12:00', 'twelve')).toBeUndefined();
    expect(smallHourOfNight('tonight', 'T14:30', '2:30 p.m.')).toBeUndefined();
    expect(smallHourOfNight('tonight', 'T17:30', 'five thirty')).toBeUndefined();
  });
});
