import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const at = { published: '1998-02-23', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, at).map((m) => `${m.text} ${m.value}`),
  findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
];

describe('a spoken clock a thing is set for or moved to', () => {
  it('reads "the vote is now set for four thirty this afternoon", said on 23 February 1998, as 1998-02-23T16:30', () => {
    for (const reading of both('the vote is now set for four thirty this afternoon.'))
      expect(reading).toContain('four thirty this afternoon 1998-02-23T16:30');
  });

  it('reads "the race was reset for ten thirty tomorrow morning" as one time, 1998-02-24T10:30', () => {
    const found = ['ten thirty tomorrow morning 1998-02-24T10:30'];
    expect(both('the race was reset for ten thirty tomorrow morning.')).toEqual([found, found]);
  });

  it('reads "the execution is set for six tonight" as 1998-02-23T18:00', () => {
    const found = ['six tonight 1998-02-23T18:00'];
    expect(both('the execution is set for six tonight.')).toEqual([found, found]);
  });

  it('reads no clock in "the restaurant booked a table for two tomorrow"', () => {
    for (const reading of both('the restaurant booked a table for two tomorrow.'))
      expect(reading).toEqual(['tomorrow 1998-02-24']);
  });

  it('reads no clock in "the price was set for nine yesterday", a bare hour before a bare day', () => {
    for (const reading of both('the price was set for nine yesterday.'))
      expect(reading).toEqual(['yesterday 1998-02-22']);
  });
});

describe('a level a thing moves to is no spoken clock (review)', () => {
  it('reads no clock in "the dollar moved to one twenty-five this morning in Tokyo"', () => {
    for (const reading of both('the dollar moved to one twenty-five this morning in Tokyo.'))
      expect(reading.join(' ')).not.toContain('T01:25');
  });

  it('reads no clock in "the death toll has moved to nine this morning"', () => {
    for (const reading of both('the death toll has moved to nine this morning.'))
      expect(reading.join(' ')).not.toContain('T09:00');
  });

  it('reads "the vote, put off to ten thirty tomorrow, is expected to pass" as 1998-02-24T10:30', () => {
    for (const reading of both('the vote, put off to ten thirty tomorrow, is expected to pass.'))
      expect(reading.join(' ')).toContain('1998-02-24T10:30');
  });
});

describe('a spoken clock a thing was moved to, in the passive', () => {
  it('reads "the meeting was moved to eight tonight", said on 23 February 1998, as 20:00 that day', () => {
    const found = [`eight tonight ${at.published}T20:00`];
    expect(both('the meeting was moved to eight tonight.')).toEqual([found, found]);
  });

  it('reads "the vote has been moved up to seven this evening" as 19:00 that day', () => {
    for (const reading of both('the vote has been moved up to seven this evening.'))
      expect(reading).toContain(`seven this evening ${at.published}T19:00`);
  });

  it('reads no clock in "the death toll moved to eight tonight", a level moved to in the active', () => {
    for (const reading of both('the death toll moved to eight tonight.'))
      expect(reading.join(' ')).not.toContain('T20:00');
  });
});

describe('a place in a ranking a thing was moved to is no spoken clock (review)', () => {
  it('reads "The Lakers were moved to eight this morning in the standings" as only this morning', () => {
    expect(both('The Lakers were moved to eight this morning in the standings.')).toEqual([
      [`this morning ${at.published}`],
      [`this morning ${at.published}TMO`],
    ]);
  });

  it('reads no clock in "Kentucky was moved to three this morning in the coaches\' poll"', () => {
    for (const reading of both("Kentucky was moved to three this morning in the coaches' poll."))
      expect(reading.join(' ')).not.toContain('T03:00');
  });

  it('reads no clock in "In the power rankings, the Raptors were moved to nine last night"', () => {
    for (const reading of both('In the power rankings, the Raptors were moved to nine last night.'))
      expect(reading.join(' ')).not.toContain('T21:00');
  });

  it('still reads "The briefing was moved to nine tonight, and the standings come out later" as 21:00', () => {
    const text = 'The briefing was moved to nine tonight. The standings come out later.';
    for (const reading of both(text))
      expect(reading).toContain(`nine tonight ${at.published}T21:00`);
  });
});
