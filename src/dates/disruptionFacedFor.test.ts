import { describe, expect, it } from 'vitest';
import { disruptionFacedFor } from './disruptionFacedFor.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 3 February 2026: the coming Friday is the 6th, the one gone by 30 January.
const TUESDAY = { published: '2026-02-03', locale: 'en-GB' } as const;
const value = (text: string, words: string) =>
  findMentions(text, TUESDAY).find((m) => m.text.replace(/^on\s+/, '') === words)?.value;

describe('trouble faced on a weekday', () => {
  it.each([
    ['Commuters face disruption on Friday.', 'Friday', '2026-02-06'],
    ['Passengers face delays at Heathrow on Thursday as drivers strike.', 'Thursday', '2026-02-05'],
    ['Rail users are facing a fresh round of strikes on Wednesday.', 'Wednesday', '2026-02-04'],
    ['Drivers face long queues on the M25 on Friday evening.', 'Friday evening', '2026-02-06'],
    [
      'Drivers face detours on Route 9 on Wednesday while crews repave it.',
      'Wednesday',
      '2026-02-04',
    ],
    ['Drivers face a long tailback on the M25 on Friday.', 'Friday', '2026-02-06'],
    [
      'Holidaymakers face a weekend of travel chaos on Saturday and Sunday.',
      'Saturday',
      '2026-02-07',
    ],
  ])('reads "%s" as the coming day', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads the coming day in TimeML mode too', () => {
    const found = findTimemlMentions('Commuters face disruption on Friday.', TUESDAY);
    expect(found.map((m) => [m.text, m.value])).toEqual([['Friday', '2026-02-06']]);
  });

  it.each([
    ['Commuters faced delays on Friday.', 'Friday', '2026-01-30'],
    ['Commuters were facing delays on Friday after a signal failure.', 'Friday', '2026-01-30'],
    ['Passengers had to face long queues on Friday.', 'Friday', '2026-01-30'],
    ['Commuters did not face disruption on Friday despite the strike.', 'Friday', '2026-01-30'],
    ["Passengers didn't face delays on Friday, the operator said.", 'Friday', '2026-01-30'],
  ])('leaves "%s" the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads no trouble in a charge faced', () => {
    expect(disruptionFacedFor('The driver faces charges over a crash ', 'on Friday')).toBe(false);
  });
});

// Wednesday 11 March 2026: last year's spring bank holiday was 26 May 2025, this year's is 25 May.
const MARCH = { published: '2026-03-11', locale: 'en-GB' } as const;
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, MARCH).map((m) => m.value));

describe('trouble faced over a holiday, in a month or throughout one', () => {
  it.each([
    ['Drivers face queues over the spring bank holiday.', '2026-05-25'],
    ['Passengers face disruption in May.', '2026-05'],
    ['Passengers face disruption on Good Friday.', '2026-04-03'],
    ['Rail users face more strikes over Easter.', '2026-04-05'],
  ])('reads "%s" as the one to come', (text, found) => {
    expect(both(text)).toEqual([[found], [found]]);
  });

  it('keeps the one gone by in "Drivers faced queues over the spring bank holiday"', () => {
    const found = ['2025-05-26'];
    expect(both('Drivers faced queues over the spring bank holiday.')).toEqual([found, found]);
  });
});
