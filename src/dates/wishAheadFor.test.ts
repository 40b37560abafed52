import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { wishAheadFor } from './wishAheadFor.ts';

// Wednesday 11 March 2026: the coming Friday is the 13th, the one gone by the 6th; the coming
// weekend 2026-W11-WE, the one gone by 2026-W10-WE.
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const news = (text: string, words: string) =>
  findMentions(text, WEDNESDAY).find((m) => m.text.replace(/^(?:on|over)\s+/, '') === words)?.value;
const timeml = (text: string, words: string) =>
  findTimemlMentions(text, WEDNESDAY).find((m) => m.text === words)?.value;

describe('a wish, need or prospect in the present for a weekday or the weekend', () => {
  it.each([
    ['City officials want the budget finished by Friday.', 'Friday', '2026-03-13'],
    ['The club needs a win on Saturday to stay up.', 'Saturday', '2026-03-14'],
    ['Residents face another heat advisory on Thursday.', 'Thursday', '2026-03-12'],
    ['The manager wants his striker fit for Saturday.', 'Saturday', '2026-03-14'],
    ['The union wants the pay deal signed over the weekend.', 'the weekend', '2026-W11-WE'],
    ['The minister faces renewed calls to resign on Friday.', 'Friday', '2026-03-13'],
    [
      'Farmers need dry weather over the weekend to bring in the hay.',
      'the weekend',
      '2026-W11-WE',
    ],
  ])('reads "%s" as the time to come', (text, words, value) => {
    expect(news(text, words)).toBe(value);
    expect(timeml(text, words)).toBe(value);
  });

  it.each([
    // A wish told in the past.
    ['The union wanted the deal signed on Friday, but talks collapsed.', 'Friday', '2026-03-06'],
    ['The union wanted the pay deal signed over the weekend.', 'the weekend', '2026-W10-WE'],
    // "had to face": no present.
    ['Passengers had to face a long wait for tickets on Friday.', 'Friday', '2026-03-06'],
    // "did not want".
    ['The mayor did not want a vote on Friday.', 'Friday', '2026-03-06'],
    // The noun "needs" after a determiner.
    ['The needs identified on Monday will be met within a month.', 'Monday', '2026-03-09'],
    // An object with a clause of its own.
    ['Police want the man who shouted at staff on Friday.', 'Friday', '2026-03-06'],
    // A cause in the object.
    ['The family wants answers about the fire on Friday.', 'Friday', '2026-03-06'],
    // "face off": a standoff, no prospect.
    ['Protesters face off against police on Friday.', 'Friday', '2026-03-06'],
    // A participle of what was seen or befell.
    ['Detectives need the driver seen on Friday to come forward.', 'Friday', '2026-03-06'],
    ['The midfielder needs surgery on an injury sustained on Saturday.', 'Saturday', '2026-03-07'],
    ['The winger needs a scan on a knock suffered on Sunday.', 'Sunday', '2026-03-08'],
    // A happening in what is wished for: the day is the happening's.
    ['Police want to speak to witnesses to the crash on Friday.', 'Friday', '2026-03-06'],
    ['The striker faces a ban for his red card on Saturday.', 'Saturday', '2026-03-07'],
    // The noun "need" after "no", the noun "face".
    ['There was no need for a recount on Friday, the clerk said.', 'Friday', '2026-03-06'],
    ['The leaders held face-to-face talks on Friday in Geneva.', 'Friday', '2026-03-06'],
    ['Fans got a first look at the new face of the brand on Friday.', 'Friday', '2026-03-06'],
    // A noun with a past of its own after it.
    ['New faces joined the cabinet on Monday in a wide reshuffle.', 'Monday', '2026-03-09'],
    ['Familiar faces returned to the pitch on Saturday.', 'Saturday', '2026-03-07'],
    // An appeal to anyone who was there; an object that opens a clause with "what".
    ['Detectives want to hear from anyone in the area on Saturday.', 'Saturday', '2026-03-07'],
    ['Investors want to know what the Fed chair meant on Monday.', 'Monday', '2026-03-09'],
    // What is left behind; a day inside the object, its participle after it.
    ['The team needs to bounce back from the defeat on Saturday.', 'Saturday', '2026-03-07'],
    ['Parents want the school closure on Friday explained.', 'Friday', '2026-03-06'],
    // A wish in a relative clause, then the sentence's own past.
    ['Firms that want the tax cut lobbied ministers on Tuesday.', 'Tuesday', '2026-03-10'],
    ['The defendant who faces life in prison was convicted on Friday.', 'Friday', '2026-03-06'],
    [
      'Patients who need dialysis were moved to another hospital on Sunday.',
      'Sunday',
      '2026-03-08',
    ],
    // What is left behind, after "their" as after "the".
    ['The team needs to bounce back from their thrashing on Saturday.', 'Saturday', '2026-03-07'],
    // More than seven words from the wish to the day: the day is the deed's inside what is wished.
    [
      'Fans want to see the same fight and passion the team showed against United at Old Trafford on Saturday.',
      'Saturday',
      '2026-03-07',
    ],
  ])('leaves "%s" to the other rules', (text, words, value) => {
    expect(news(text, words)).toBe(value);
  });

  it('reads a wish in a relative clause with no past after it as the time to come', () => {
    const text = 'Fans who want tickets for Saturday should call the box office.';
    expect(news(text, 'Saturday')).toBe('2026-03-14');
    expect(timeml(text, 'Saturday')).toBe('2026-03-14');
  });

  it('asks only about a weekday or the weekend', () => {
    expect(wishAheadFor('Officials want the budget finished by ', 'Friday')).toBe(true);
    expect(wishAheadFor('Officials want the budget finished by ', 'March')).toBe(false);
    expect(wishAheadFor('Officials want the budget finished over the ', 'weekend')).toBe(true);
  });
});
