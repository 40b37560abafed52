import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const at = { published: '1998-02-18', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, at).map((m) => `${m.text} ${m.value}`),
  findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
];

describe('clocks of the 24 hours in words', () => {
  it('reads "the last train leaves Nagano at twenty ten tonight", said on 18 February 1998, as 1998-02-18T20:10', () => {
    const found = ['twenty ten tonight 1998-02-18T20:10'];
    expect(both('the last train back to Tokyo leaves Nagano at twenty ten tonight.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "rescheduled for nineteen thirty tonight" as 1998-02-18T19:30, not the year 1930', () => {
    const found = ['nineteen thirty tonight 1998-02-18T19:30'];
    expect(both('the downhill has been rescheduled for nineteen thirty tonight.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "the curfew in Baghdad begins at twenty-two hundred hours" as 1998-02-18T22:00, not a length', () => {
    const found = ['twenty-two hundred hours 1998-02-18T22:00'];
    expect(both('the curfew in Baghdad begins at twenty-two hundred hours.')).toEqual([
      found,
      found,
    ]);
  });

  it.each([
    ['the pilot has flown for twenty-two hundred hours.', 'twenty-two hundred hours PT2200H'],
    ['there were twenty-two hundred demonstrators outside the embassy.', undefined],
    ['the studio has stood here since nineteen thirty.', 'nineteen thirty 1930'],
    ['the film opened at nineteen thirty theaters.', 'nineteen thirty 1930'],
    ['the lease runs until twenty ten, officials said.', 'twenty ten 2010'],
  ])('reads no clock in %j', (text, reading) => {
    const expected = reading ? [reading] : [];
    expect(both(text)).toEqual([expected, expected]);
  });

  it.each([
    ['After twenty-two hundred hours of talks, the two sides signed.', 'twenty-two hundred hours'],
    ['The Nasdaq composite index closed at seventeen twenty-two today.', 'today 1998-02-18'],
    ['The Nasdaq finished at seventeen forty-one on Wednesday, up eleven.', 'Wednesday 1998-02-18'],
  ])('reads no clock in %j: a length of hours or a market level (review)', (text, reading) => {
    expect(
      both(text)
        .flat()
        .filter((m) => /T\d\d:/.test(m)),
    ).toEqual([]);
    expect(both(text)[0]!.some((m) => m.includes(reading))).toBe(true);
  });

  it('reads "the ceremony ended at twenty-three forty Sunday night", said on 18 February 1998, as 1998-02-15T23:40, a clock after a word of ending (review)', () => {
    expect(both('the ceremony ended at twenty-three forty Sunday night.')[0]).toEqual([
      'twenty-three forty Sunday night 1998-02-15T23:40',
    ]);
  });

  it('reads "the polls close at twenty hundred hours tonight" as a clock still, after a word of closing (review)', () => {
    expect(both('the polls close at twenty hundred hours tonight.')[0]).toEqual([
      'twenty hundred hours tonight 1998-02-18T20:00',
    ]);
  });

  it('reads "the hockey final faces off at twenty hundred, Nagano time", said on 18 February 1998, as 1998-02-18T20:00', () => {
    const found = ['twenty hundred 1998-02-18T20:00'];
    expect(both('the hockey final faces off at twenty hundred, Nagano time.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "the inspectors return at oh nine hundred tomorrow" as 1998-02-19T09:00 and "the curfew is lifted at zero six hundred." as 1998-02-18T06:00', () => {
    const tomorrow = ['oh nine hundred tomorrow 1998-02-19T09:00'];
    expect(both('the inspectors return at oh nine hundred tomorrow.')).toEqual([
      tomorrow,
      tomorrow,
    ]);
    const zero = ['zero six hundred 1998-02-18T06:00'];
    expect(both('the curfew is lifted at zero six hundred.')).toEqual([zero, zero]);
  });

  it('reads "the opening ceremony starts at eleven hundred, Nagano time" as 11:00', () => {
    const found = ['eleven hundred 1998-02-18T11:00'];
    expect(both('the opening ceremony starts at eleven hundred, Nagano time.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads no clock in "police went door to door at eleven hundred homes" nor in "the index closed at nine hundred."', () => {
    expect(both('police went door to door at eleven hundred homes.')).toEqual([[], []]);
    expect(both('the index closed at nine hundred.')).toEqual([[], []]);
  });
});

describe('a clock of the 24 hours a thing is moved to', () => {
  it('reads "the vote was moved to ten hundred tomorrow", said on 18 February 1998, as 1998-02-19T10:00', () => {
    const found = ['ten hundred tomorrow 1998-02-19T10:00'];
    expect(both('the vote was moved to ten hundred tomorrow.')).toEqual([found, found]);
  });

  it('reads "organizers moved the start to eleven hundred, Nagano time" as 1998-02-18T11:00', () => {
    const found = ['eleven hundred 1998-02-18T11:00'];
    expect(both('organizers moved the start to eleven hundred, Nagano time.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "the session was pushed back to fifteen hundred hours" as 1998-02-18T15:00, not a length', () => {
    const found = ['fifteen hundred hours 1998-02-18T15:00'];
    expect(both('the session was pushed back to fifteen hundred hours.')).toEqual([found, found]);
  });

  it('reads no clock in "the crowd rose to eleven hundred on Saturday"', () => {
    for (const reading of both('the crowd rose to eleven hundred on Saturday.'))
      expect(reading.join(' ')).not.toContain('T11:00');
  });

  it('reads no clock in "the count was moved to eleven hundred"', () => {
    expect(both('the count was moved to eleven hundred.')).toEqual([[], []]);
  });
});

describe('a count a thing is moved to is no clock (review)', () => {
  it('reads no clock in "the union moved its demand to fifteen hundred on Tuesday"', () => {
    for (const reading of both('the union moved its demand to fifteen hundred on Tuesday.'))
      expect(reading.join(' ')).not.toContain('T15:00');
  });

  it('reads no clock in "the estimate of the dead was moved up to twelve hundred on Tuesday"', () => {
    for (const reading of both(
      'the estimate of the dead was moved up to twelve hundred on Tuesday.',
    ))
      expect(reading.join(' ')).not.toContain('T12:00');
  });

  it('reads no clock in "the count of refugees shifted to thirteen hundred on Saturday"', () => {
    for (const reading of both('the count of refugees shifted to thirteen hundred on Saturday.'))
      expect(reading.join(' ')).not.toContain('T13:00');
  });
});
