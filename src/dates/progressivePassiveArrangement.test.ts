import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 7 October 2026: the Friday gone by is the 2nd, the coming one the 9th.
const WEDNESDAY = { published: '2026-10-07', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).map((m) => m.value));

describe('a present progressive passive of an arrangement', () => {
  it.each([
    ['The album is being reissued in November with two extra tracks.', '2026-11'],
    ['The old terminal is being demolished in September next year.', '2027-09'],
    ['The bridge is being closed on Friday for repairs.', '2026-10-09'],
    ['The vote is being held on Friday.', '2026-10-09'],
    ['The painting is also being auctioned in December.', '2026-12'],
  ])('reads "%s" ahead', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it.each([
    ['The man is being treated after a crash on Friday.', '2026-10-02'],
    ['The firm is being sued over a leak in June.', '2026-06'],
    ['The road is being closed after a crash on Friday.', '2026-10-02'],
    ['The suspect is being held in custody over the attack on Friday.', '2026-10-02'],
    ['The driver is being held responsible for the crash on Friday.', '2026-10-02'],
    ['The stadium was being renamed on Friday.', '2026-10-02'],
    ['Vigils are being held for the victims of the attack on Friday.', '2026-10-02'],
    ['The warehouse is being filmed for a documentary about the fire in June.', '2026-06'],
    ['The driver is being held responsible for the delays on Friday.', '2026-10-02'],
    ['The plant is being closed following a vote by shareholders on Friday.', '2026-10-02'],
    ['The interview is being aired in full because of the outcry on Friday.', '2026-10-02'],
    ['The play is being staged again in response to the demand in September.', '2026-09'],
  ])('keeps the time gone by in "%s"', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it('keeps the night gone by in "Two men are being held on suspicion of drink-driving on Friday night"', () => {
    expect(read('Two men are being held on suspicion of drink-driving on Friday night.')).toEqual([
      ['2026-10-02'],
      ['2026-10-02TNI'],
    ]);
  });
});
