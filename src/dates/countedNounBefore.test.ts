import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 27 November 2000.
const MONDAY = { published: '2000-11-27', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);

describe('a singular verb of schedule after a count and a word is the noun counted', () => {
  it('reads "Florida certified Bush the winner of the state\'s 25 electoral votes on Sunday night" as the night gone by', () => {
    const text =
      "Florida certified Bush the winner of the state's 25 electoral votes on Sunday night.";
    expect(news(text)).toEqual(['on Sunday night = 2000-11-26']);
    expect(timeml(text)).toEqual(['Sunday night = 2000-11-26TNI']);
  });

  it('reads "Bush won the state\'s 25 electoral votes on Sunday" and "three separate visits on Friday" as days gone by', () => {
    expect(timeml("Bush won the state's 25 electoral votes on Sunday.")).toEqual([
      'Sunday = 2000-11-26',
    ]);
    expect(timeml('He paid three separate visits on Friday.')).toEqual(['Friday = 2000-11-24']);
  });

  it('keeps the verb of "The Senate votes on Sunday" ahead', () => {
    expect(timeml('The Senate votes on Sunday.')).toEqual(['Sunday = 2000-12-03']);
  });

  it('keeps a count right before the verb a name: "Apollo 13 lands on Sunday" is ahead', () => {
    expect(timeml('Apollo 13 lands on Sunday.')).toEqual(['Sunday = 2000-12-03']);
  });

  it('reads no count in a year: "The 1999 season opens on Sunday" is ahead', () => {
    expect(timeml('The 1999 season opens on Sunday.')).toContain('Sunday = 2000-12-03');
  });

  it('leaves a bare verb alone: "The two brothers face sentencing on Tuesday" is ahead', () => {
    expect(timeml('The two brothers face sentencing on Tuesday.')).toEqual([
      'Tuesday = 2000-11-28',
    ]);
  });

  it('leaves the plural verbs alone: "The 15 ministers meet on Sunday" is ahead', () => {
    expect(timeml('The 15 ministers meet on Sunday.')).toEqual(['Sunday = 2000-12-03']);
  });

  it('keeps a figure that ends a name ahead: "The G-8 summit opens on Sunday", "The Formula 1 season opens on Sunday"', () => {
    expect(timeml('The G-8 summit opens on Sunday in Okinawa.')).toEqual(['Sunday = 2000-12-03']);
    expect(timeml('The G-7 meeting begins Sunday in Prague.')).toEqual(['Sunday = 2000-12-03']);
    expect(timeml('The Formula 1 season opens on Sunday.')).toEqual(['Sunday = 2000-12-03']);
    expect(timeml('The Super 12 season starts on Sunday.')).toEqual(['Sunday = 2000-12-03']);
    expect(timeml('The Group of 77 summit opens on Sunday in Havana.')).toEqual([
      'Sunday = 2000-12-03',
    ]);
  });

  it('still reads a count after a possessive name or "The": "Florida\'s 25 electoral votes on Sunday", "The 25 electoral votes on Sunday"', () => {
    expect(timeml("Bush won Florida's 25 electoral votes on Sunday.")).toEqual([
      'Sunday = 2000-11-26',
    ]);
    expect(timeml('The 25 electoral votes on Sunday went to Bush.')).toEqual([
      'Sunday = 2000-11-26',
    ]);
  });

  it('reads a count in any number word but "one": "Envoys paid fifteen separate visits on Friday" is the Friday gone by', () => {
    expect(timeml('Envoys paid fifteen separate visits on Friday.')).toEqual([
      'Friday = 2000-11-24',
    ]);
  });

  it('keeps a number word that ends a name ahead: "The Group of Eight summit opens on Sunday"', () => {
    expect(timeml('The Group of Eight summit opens on Sunday in Okinawa.')).toEqual([
      'Sunday = 2000-12-03',
    ]);
    expect(timeml('The Group of Seven meeting begins Sunday in Prague.')).toEqual([
      'Sunday = 2000-12-03',
    ]);
  });

  it('keeps a count after a preposition to its phrase: "The trial of the three men starts on Monday" is the day of publication, not the Monday gone by', () => {
    expect(timeml('The trial of the three men starts on Monday.')).toEqual(['Monday = 2000-11-27']);
    expect(news('The inquiry into two deaths starts on Tuesday.')).toEqual([
      'on Tuesday = 2000-11-28',
    ]);
    expect(timeml("Bush won the state's 25 electoral votes on Sunday.")).toEqual([
      'Sunday = 2000-11-26',
    ]);
  });

  it('keeps a verb that is no noun ahead after a name ending in a count: "The Phase 3 trial begins on Sunday", "The Radio 4 documentary airs on Sunday"', () => {
    expect(timeml('The Phase 3 trial begins on Sunday at six hospitals.')).toEqual([
      'Sunday = 2000-12-03',
    ]);
    expect(timeml('The Radio 4 documentary airs on Sunday.')).toEqual(['Sunday = 2000-12-03']);
    expect(timeml('The FTSE 100 reshuffle takes effect on Sunday.')).toEqual([
      'Sunday = 2000-12-03',
    ]);
    expect(timeml('The Level 4 lockdown ends on Sunday.')).toEqual(['Sunday = 2000-12-03']);
  });
});

describe('a verb of schedule right after a figure of thousands, or after a hyphenated word, is the noun counted', () => {
  // Wednesday 17 June 2026.
  const WEDNESDAY = { published: '2026-06-17', locale: 'en-US' } as const;
  const both = (text: string) => [
    findMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "Hospitals in Texas reported 2,300 heat-related visits over the weekend" as the weekend gone by', () => {
    expect(both('Hospitals in Texas reported 2,300 heat-related visits over the weekend.')).toEqual(
      [['the weekend = 2026-W24-WE'], ['the weekend = 2026-W24-WE']],
    );
  });

  it('reads "Hospitals reported 2,300 visits on Saturday" and "several visits on Saturday" as the Saturday gone by', () => {
    expect(both('Hospitals reported 2,300 visits on Saturday.')).toEqual([
      ['on Saturday = 2026-06-13'],
      ['Saturday = 2026-06-13'],
    ]);
    expect(both('The clinic logged several visits on Saturday.')).toEqual([
      ['on Saturday = 2026-06-13'],
      ['Saturday = 2026-06-13'],
    ]);
  });

  it('keeps a bare figure or number word right before the verb a name: "Apollo 13 lands on Saturday", "The Big Three meets on Saturday" are ahead', () => {
    expect(both('Apollo 13 lands on Saturday.')).toEqual([
      ['on Saturday = 2026-06-20'],
      ['Saturday = 2026-06-20'],
    ]);
    expect(both('The Big Three meets on Saturday.')).toEqual([
      ['on Saturday = 2026-06-20'],
      ['Saturday = 2026-06-20'],
    ]);
  });

  it('keeps the verb ahead after a count governed by a preposition: "A petition signed by thousands heads to Downing Street on Monday", "A charity run backed by many starts on Sunday"', () => {
    expect(both('A petition signed by thousands heads to Downing Street on Monday.')).toEqual([
      ['on Monday = 2026-06-22'],
      ['Monday = 2026-06-22'],
    ]);
    expect(both('A charity run backed by many starts on Sunday.')).toEqual([
      ['on Sunday = 2026-06-21'],
      ['Sunday = 2026-06-21'],
    ]);
  });

  it('keeps a verb with its object after it ahead: "The union that represents 14,000 holds a ballot on Friday"', () => {
    expect(both('The union that represents 14,000 holds a ballot on Friday.')).toEqual([
      ['on Friday = 2026-06-19'],
      ['Friday = 2026-06-19'],
    ]);
  });
});

describe('the words a count of one or a name leaves a verb of schedule', () => {
  // Wednesday 29 November 2000.
  const WEDNESDAY = { published: '2000-11-29', locale: 'en-US' } as const;
  const read = (text: string) =>
    findTimemlMentions(text, WEDNESDAY).map((m) => `${m.text} = ${m.value}`);

  it('reads "Only one school reopens on Monday" as the Monday ahead: "one" counts no plural', () => {
    expect(read('Only one school reopens on Monday.')).toEqual(['Monday = 2000-12-04']);
  });

  it('reads "The new 50 metre pool opens on Saturday" as the Saturday ahead: two words after the count', () => {
    expect(read('The new 50 metre pool opens on Saturday.')).toEqual(['Saturday = 2000-12-02']);
  });
});
