import {
  addDays,
  addMonths,
  addWeeks,
  format,
  parseISO,
  previousFriday,
  subDays,
  subWeeks,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

/** Every mention's words and value, each checked against the schema and its offsets. */
function read(text: string, published: string): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text} = ${m.value}`;
  });
}

function readTimeml(text: string, published: string): string[] {
  return findTimemlMentions(text, { published, locale: 'en-US' }).map(
    (m) => `${m.text} = ${m.type} ${m.value}`,
  );
}

/** The value of the mention with exactly these words. */
function valueOf(found: string[], words: string): string | undefined {
  return found.find((f) => f.startsWith(`${words} = `))?.slice(words.length + 3);
}

describe('anaphoric day words count from the day the narrative is on', () => {
  // A story of October 1998 told in an article of March 1999.
  const MARCH_1999 = '1999-03-01';

  it('reads "that Tuesday" opening a sentence from the day named before it', () => {
    const text =
      'The ferry left Piraeus on Sunday, Jan. 10, 1999. That Tuesday, it sank off Crete.';
    expect(valueOf(read(text, MARCH_1999), 'That Tuesday')).toBe('1999-01-12');
  });

  it('reads "that Tuesday" with no day named before it as the one already gone', () => {
    expect(read('That Tuesday, the ferry sank.', '1999-03-03')).toEqual([
      'That Tuesday = 1999-03-02',
    ]);
  });

  it('reads "late that Thursday" from the day named before it', () => {
    const text = 'Snow began on Monday, Feb. 1, 1999. Late that Thursday, the pass reopened.';
    expect(valueOf(read(text, MARCH_1999), 'that Thursday')).toBe('1999-02-04');
  });

  it('reads "the next morning" as the morning after the day named, in both readings', () => {
    const text = 'Looters struck the depot on Feb. 22. The next morning, guards arrived.';
    expect(valueOf(read(text, '2025-03-01'), 'The next morning')).toBe('2025-02-23');
    expect(valueOf(readTimeml(text, '2025-03-01'), 'The next morning')).toBe('TIME 2025-02-23TMO');
  });

  it('keeps the day of the story for "that night" after a coarser mention that takes it in', () => {
    const text =
      'The levee broke on Oct. 12, 1998, the worst flood that year. That night, crews slept on the dike.';
    expect(valueOf(read(text, MARCH_1999), 'That night')).toBe('1998-10-12');
  });

  it('keeps the year of the day named for "earlier that day" and "later that day"', () => {
    const text =
      'The mill closed on Oct. 5, 1998, after its third strike that year. Earlier that day, the owners met. Later that day, the gates were chained.';
    const found = read(text, MARCH_1999);
    expect(valueOf(found, 'Earlier that day')).toBe('1998-10-05');
    expect(valueOf(found, 'Later that day')).toBe('1998-10-05');
  });

  it('reads "earlier in the day" after a year and no day as the publication day, in both readings', () => {
    const text =
      'The benchmark index ended 2023 up 24%. Trading in Madrid was halted for an hour after a power cut earlier in the day, the exchange said.';
    expect(valueOf(read(text, '2024-03-14'), 'earlier in the day')).toBe('2024-03-14');
    expect(valueOf(readTimeml(text, '2024-03-14'), 'earlier in the day')).toBe('DATE 2024-03-14');
  });

  it('reads "earlier in the day" told in the past after a day still ahead as the publication day', () => {
    const text =
      'The prime minister will fly to Brussels on Jan. 9 to brief European leaders. His adviser said earlier in the day that talks would resume.';
    expect(valueOf(read(text, '2025-12-30'), 'earlier in the day')).toBe('2025-12-30');
    expect(valueOf(readTimeml(text, '2025-12-30'), 'earlier in the day')).toBe('DATE 2025-12-30');
  });

  it('keeps "earlier in the day" on a day gone by that the story is on', () => {
    const text =
      'The ferry sank off Crete on Oct. 12, 1998, the worst disaster that year. Earlier in the day, the coast guard had warned of gales.';
    expect(valueOf(read(text, MARCH_1999), 'Earlier in the day')).toBe('1998-10-12');
  });

  it('reads "earlier in the day on Tuesday" as that Tuesday, in both readings', () => {
    const text = 'Earlier in the day on Tuesday, thousands marched through the capital.';
    const tuesday = format(subDays(parseISO('2026-11-18'), 1), 'yyyy-MM-dd');
    expect(valueOf(read(text, '2026-11-18'), 'Earlier in the day')).toBe(tuesday);
    expect(valueOf(readTimeml(text, '2026-11-18'), 'Earlier in the day')).toBe(`DATE ${tuesday}`);
  });

  it('reads "later in the evening on Friday" as that Friday evening, in both readings', () => {
    const text = 'The band played later in the evening on Friday, organisers said.';
    const friday = format(previousFriday(parseISO('2026-11-18')), 'yyyy-MM-dd');
    expect(valueOf(read(text, '2026-11-18'), 'later in the evening')).toBe(friday);
    expect(valueOf(readTimeml(text, '2026-11-18'), 'later in the evening')).toBe(
      `TIME ${friday}TEV`,
    );
  });

  it('keeps "earlier in the day" on the day before it when a day is named later in the clause', () => {
    const text =
      'The minister spoke on Monday. Police said earlier in the day that the suspect would appear in court on Friday.';
    const monday = format(subDays(parseISO('2026-11-18'), 2), 'yyyy-MM-dd');
    expect(valueOf(read(text, '2026-11-18'), 'earlier in the day')).toBe(monday);
  });

  it('keeps "later in the day" told ahead on the day planned', () => {
    const text =
      'The prime minister will fly to Brussels on Jan. 9. He will meet the commission president later in the day.';
    expect(valueOf(read(text, '2025-12-30'), 'later in the day')).toBe('2026-01-09');
  });

  it('reads "the following Monday" and "two days later" from the day, not from the year named since', () => {
    const text =
      'The bridge shut on Friday, Oct. 9, 1998, the first closure that year. Two days later, ferries ran. The following Monday, it reopened.';
    const found = read(text, MARCH_1999);
    expect(valueOf(found, 'Two days later')).toBe('1998-10-11');
    expect(valueOf(found, 'The following Monday')).toBe('1998-10-12');
  });

  it('reads "that same night" as the night of the day named', () => {
    const text =
      'Fans queued outside the arena on Nov. 2, 1998. That same night, the gates opened.';
    expect(valueOf(read(text, MARCH_1999), 'That same night')).toBe('1998-11-02');
  });

  it('reads a weekday set beside its date as that date, which the story stays on', () => {
    const text = 'The levee broke on Oct. 11, 1998, a Sunday. That night, crews slept on the dike.';
    expect(read(text, MARCH_1999)).toEqual([
      'Oct. 11, 1998 = 1998-10-11',
      'Sunday = 1998-10-11',
      'That night = 1998-10-11',
    ]);
  });

  it('reads a weekday with its part of the day set before its date as that date', () => {
    const text = 'On Saturday night, Feb. 22, riot police sealed the square.';
    expect(read(text, '2025-03-08')).toEqual([
      'On Saturday night = 2025-02-22',
      'Feb. 22 = 2025-02-22',
    ]);
  });

  it('reads a weekday beside a date it does not fall on as a weekday of its own', () => {
    const text = 'The levee broke on Oct. 11, 1998, a Monday.';
    expect(valueOf(read(text, MARCH_1999), 'Monday')).toBe('1999-03-01');
  });

  it('lets a month that moves the story on replace the day for "that night"', () => {
    const text =
      'The strike began on March 3, 1998. In June, talks resumed. That night, a deal was struck.';
    expect(valueOf(read(text, MARCH_1999), 'That night')).toBe('1998-06');
  });

  it('reads "the day after the Friday deadline passed" from that Friday', () => {
    const text =
      'Talks opened on Aug. 1. The day after the Friday deadline passed, new tariffs took effect.';
    const found = read(text, '2025-08-20');
    expect(valueOf(found, 'Friday')).toBe('2025-08-15');
    expect(valueOf(found, 'The day after')).toBe('2025-08-16');
  });

  it('counts "ten days after the election" in a present-tense sentence back from publication, its now, not from a day named before', () => {
    const published = '2025-03-20';
    const election = shiftTimex(published, { amount: -10, unit: 'day' });
    for (const [text, words] of [
      [
        'Campaigning began on Feb. 20. Ten days after the election, the results are still not known.',
        'Ten days after',
      ],
      [
        'Campaigning began on Feb. 20. The results remain unknown ten days after the election.',
        'ten days after',
      ],
    ] as const) {
      expect(valueOf(read(text, published), words)).toBe(election);
    }
  });

  it('counts "ten days after the election" in a past-tense sentence from the day named before, the time the story is on', () => {
    const text =
      'The count began on March 3. Ten days after the election, the results were still not known.';
    const election = shiftTimex('2025-03-03', { amount: -10, unit: 'day' });
    expect(valueOf(read(text, '2025-03-20'), 'Ten days after')).toBe(election);
  });

  it('reads "Ten days after the attack, the city was quiet" with no day told as some time gone by, not counted back from publication', () => {
    for (const [text, words] of [
      ['Ten days after the attack, the city was quiet.', 'Ten days after'],
      ['The city was quiet ten days after the attack.', 'ten days after'],
      ['Three weeks after the crash, investigators found the cause.', 'Three weeks after'],
    ] as const) {
      expect(read(text, '2025-08-07')).toEqual([`${words} = PAST_REF`]);
      // TimeML mode marks the count alone, a length, as before.
      expect(readTimeml(text, '2025-08-07')[0]).toMatch(/ = DURATION P(?:10D|3W)$/);
    }
  });

  it('gives "The deal was signed a day before the vote" no date: the vote may be still ahead', () => {
    expect(read('The deal was signed a day before the vote.', '2025-08-07')).toEqual([]);
  });

  it('counts "The lease ran out a month after Jan. 31" from the date right after it, not as some time gone by', () => {
    const found = read('The lease ran out a month after Jan. 31.', '2025-03-10');
    // One expression, the day counted to (joinCountToDay), as "a week before Christmas" is.
    expect(found).toContain('a month after Jan. 31 = 2025-02-28');
    expect(found.join()).not.toMatch(/PAST_REF/);
  });

  it('reads \'Three months after the flood, "we will rebuild," the mayor said\' as some time gone by: the words date the saying, not the quotation\'s "will"', () => {
    for (const [text, words] of [
      ['Three months after the flood, "we will rebuild," the mayor said.', 'Three months after'],
      [
        "Two weeks after the crash, ``We will find the cause,'' said the minister.",
        'Two weeks after',
      ],
    ] as const) {
      expect(read(text, '2025-11-17')).toEqual([`${words} = PAST_REF`]);
    }
    const quoted = 'Three months after the flood, "we will rebuild," the mayor said.';
    expect(readTimeml(quoted, '2025-11-17')).toEqual(['Three months = DURATION P3M']);
  });

  it.each([
    [
      'The bridge will reopen two weeks after the repairs begin, "barring bad weather," the engineer said.',
      'two weeks after',
    ],
    [
      'Voters will go to the polls three weeks after the budget, "a tight timetable," an aide said.',
      'three weeks after',
    ],
    [
      'The plant will close six months after the merger, "a painful but necessary step," the company said.',
      'six months after',
    ],
    [
      'Six months after the deal closes, "we will cut about 500 jobs," the chief executive said.',
      'Six months after',
    ],
  ])(
    'reads %j ahead, FUTURE_REF: the count stands inside a sentence told with "will", or runs from an event to come',
    (text, words) => {
      expect(read(text, '2025-11-14')).toEqual([`${words} = FUTURE_REF`]);
    },
  );

  it('keeps "Three months after the flood, the town will rebuild, the mayor said" ahead: the "will" is the sentence\'s own', () => {
    const text = 'Three months after the flood, the town will rebuild, the mayor said.';
    expect(read(text, '2025-11-17')).toEqual(['Three months after = FUTURE_REF']);
  });

  it('still counts "Ten days after the attack, the city is quiet" back from publication, its now', () => {
    const text = 'Ten days after the attack, the city is quiet.';
    expect(read(text, '2025-08-07')).toEqual(['Ten days after = 2025-07-28']);
  });

  it('reads "Six months after the merger, the company cut 300 jobs" as some time gone by: "cut" before an amount is past', () => {
    const text = 'Six months after the merger, the company cut 300 jobs.';
    expect(read(text, '2025-08-07')).toEqual(['Six months after = PAST_REF']);
    expect(readTimeml(text, '2025-08-07')).toEqual(['Six months = DURATION P6M']);
    // Not a cut still to come.
    const ahead = 'Six months after the merger, the company will cut 300 jobs.';
    expect(read(ahead, '2025-08-07')).not.toContain('Six months after = PAST_REF');
  });

  it('reads "Two days after the election, the new parliament will convene" with no day told as some time ahead, FUTURE_REF', () => {
    const text = 'Two days after the election, the new parliament will convene.';
    expect(read(text, '2025-08-07')).toEqual(['Two days after = FUTURE_REF']);
    expect(readTimeml(text, '2025-08-07')).toEqual(['Two days = DURATION P2D']);
    // With the election's date right after it, that date still dates it.
    const dated = 'Two days after the election on March 3, parliament will convene.';
    expect(read(dated, '2025-08-07').join()).not.toMatch(/FUTURE_REF/);
  });

  it('reads no FUTURE_REF from a "will" quoted, reported or in a relative clause after a count on from an event', () => {
    const quoted = 'Three months after the flood, "we will rebuild," the mayor said.';
    expect(valueOf(read(quoted, '2025-11-17'), 'Three months after')).not.toBe('FUTURE_REF');
    const reported = 'Ten days after the attack, police say they will release the footage.';
    expect(read(reported, '2025-11-17')).toEqual(['Ten days after = 2025-11-07']);
    const relative =
      'Two days after the election, which will be remembered for its low turnout, the results were published.';
    expect(valueOf(read(relative, '2025-11-17'), 'Two days after')).not.toBe('FUTURE_REF');
    // Near miss: "will" in the main clause after the comma still looks ahead.
    expect(
      read('Six months after the merger, the company will cut 300 jobs.', '2025-11-17'),
    ).toEqual(['Six months after = FUTURE_REF']);
  });

  it('counts "ten days after the election" from the day named before when the main clause is past, though what it reports is present', () => {
    const named = 'Feb. 20';
    for (const main of [
      'officials announced that the results are final',
      'officials said the results are final',
      'the board certified the results, which are final',
    ]) {
      const text = `Campaigning began on ${named}. Ten days after the election, ${main}.`;
      const found = read(text, '2025-03-20');
      const election = shiftTimex(valueOf(found, named)!, { amount: -10, unit: 'day' });
      expect(valueOf(found, 'Ten days after')).toBe(election);
    }
  });

  it('reads "the day before the March 9 vote" from the day it names', () => {
    const text =
      'Campaigning began on Feb. 20. The day before the March 9 vote, rallies were banned.';
    expect(valueOf(read(text, '2025-03-12'), 'The day before')).toBe('2025-03-08');
  });

  it('goes on from the day "the day after the March 3 vote" names, not from the day of the vote', () => {
    const text =
      'Parliament met on Feb. 26. The day after the March 3 election, the count stalled. That night, crowds gathered. The next morning, the result came.';
    const found = read(text, '2025-03-20');
    const dayAfter = valueOf(found, 'The day after')!;
    expect(dayAfter).toBe(shiftTimex(valueOf(found, 'March 3')!, { amount: 1, unit: 'day' }));
    expect(valueOf(found, 'That night')).toBe(dayAfter);
    expect(valueOf(found, 'The next morning')).toBe(
      shiftTimex(dayAfter, { amount: 1, unit: 'day' }),
    );
  });

  it('goes on from the day "the day before Christmas" names when the two are one expression', () => {
    const text = 'The day before Christmas, the strike began. That night, the trains stopped.';
    const found = read(text, '2025-12-30');
    expect(valueOf(found, 'That night')).toBe(valueOf(found, 'The day before Christmas'));
  });
});

describe('a bare weekday stays in the week of publication', () => {
  it('reads a weekday after a background date of long ago from publication', () => {
    // News returns from background to the news of the week: "On Thursday" is this week's, not the
    // Thursday after 4 January 1990 (a rule reading it so lost value F1 on the TimeML tuning part).
    const text =
      'The airline was founded on Jan. 4, 1990, by two pilots. On Thursday, it filed for bankruptcy.';
    expect(valueOf(read(text, '1998-03-06'), 'On Thursday')).toBe('1998-03-05');
  });
});

describe('a bare clock time belongs to the day its text ties it to', () => {
  const MARCH_1999 = '1999-03-01';

  it('puts a clock time opening the sentence after a past day on that day', () => {
    const text = 'On Oct. 23, 1998, the warehouse caught fire. At 10 p.m., the roof fell in.';
    expect(valueOf(read(text, MARCH_1999), 'At 10 p.m.')).toBe('1998-10-23T22:00');
  });

  it('does not join a date ending one sentence to the clock time opening the next', () => {
    const text = 'The warehouse caught fire on Oct. 23, 1998. At 10 p.m., the roof fell in.';
    expect(read(text, MARCH_1999)).toEqual([
      'Oct. 23, 1998 = 1998-10-23',
      'At 10 p.m. = 1998-10-23T22:00',
    ]);
  });

  it('puts a clock time in the sentence of its day on that day', () => {
    const text =
      'On Oct. 23, 1998, the warehouse caught fire shortly after 6 a.m. and burned all day.';
    expect(valueOf(read(text, MARCH_1999), '6 a.m.')).toBe('1998-10-23T06:00');
  });

  it('leaves a clock time two sentences past the day on the publication day', () => {
    const text =
      'On Oct. 23, 1998, the warehouse caught fire. It was rebuilt. At 10 a.m., the owners will reopen it.';
    expect(valueOf(read(text, MARCH_1999), 'At 10 a.m.')).toBe('1999-03-01T10:00');
  });

  it('keeps a lead sentence clock time on the publication day', () => {
    const text =
      'The council will vote at 7 p.m. on the budget, officials said. The last budget passed on Oct. 2, 1998.';
    expect(valueOf(read(text, MARCH_1999), 'at 7 p.m.')).toBe('1999-03-01T19:00');
  });

  it('lets a clock time left on the publication day move no story to that day', () => {
    const text =
      'On Oct. 23, 1998, the warehouse caught fire. It was rebuilt. At 10 a.m., the owners reopen it. That night, they celebrated.';
    expect(valueOf(read(text, MARCH_1999), 'That night')).toBe('1998-10-23');
  });

  it('puts a clock time on the day named after its parenthesised zone time', () => {
    const text = 'The quake struck at 4:12 a.m. (0912 GMT) Thursday, seismologists said.';
    expect(valueOf(read(text, '2025-03-08'), 'at 4:12 a.m.')).toBe('2025-03-06T04:12');
  });

  it('puts a clock time on the day its parenthesised zone time carries', () => {
    const text = 'He will leave at 6 in the morning (10 a.m. GMT Saturday), an aide said.';
    const found = read(text, '2025-03-06');
    const zoned = valueOf(found, '10 a.m. GMT Saturday')!;
    expect(valueOf(found, 'at 6 in the morning')).toBe(`${zoned.slice(0, 10)}T06:00`);
  });

  it('puts a clock time on the day before the one its zone time carries when the hours lie more than 12 apart', () => {
    const text = 'Missiles struck at 9 p.m. (1 a.m. GMT Friday), officials said.';
    const found = read(text, '2025-03-10');
    const zoned = valueOf(found, '1 a.m. GMT Friday')!;
    const dayBefore = shiftTimex(zoned.slice(0, 10), { amount: -1, unit: 'day' });
    expect(valueOf(found, 'at 9 p.m.')).toBe(`${dayBefore}T21:00`);
  });

  it('puts a clock time on the day after the one its zone time carries when the zone is more than 12 hours behind', () => {
    const text = 'The launch came at 2 a.m. (8 p.m. EST Monday), NASA said.';
    const found = read(text, '2025-03-12');
    const zoned = valueOf(found, '8 p.m. EST Monday')!;
    const dayAfter = shiftTimex(zoned.slice(0, 10), { amount: 1, unit: 'day' });
    expect(valueOf(found, 'at 2 a.m.')).toBe(`${dayAfter}T02:00`);
  });

  it('puts a zone time in parentheses on the day after a clock time with its own day, when the hours cross midnight', () => {
    const text = 'The address is scheduled for 9 p.m. ET on Tuesday (0100 GMT Wednesday).';
    const found = read(text, '2025-03-12');
    const tuesday = valueOf(found, '9 p.m. ET on Tuesday')!;
    expect(tuesday).toBe('2025-03-18T21:00');
    const dayAfter = shiftTimex(tuesday.slice(0, 10), { amount: 1, unit: 'day' });
    expect(valueOf(found, '0100 GMT Wednesday')).toBe(`${dayAfter}T01:00`);
  });

  it('keeps a zone time in parentheses on the day it names when that weekday does not fit', () => {
    const text = 'The talks ended at 5 p.m. on Monday (2200 GMT Friday).';
    const found = read(text, '2025-03-12');
    expect(valueOf(found, '2200 GMT Friday')!.slice(0, 10)).toBe('2025-03-07');
  });

  it('takes the day of a wire time in parentheses from the weekday written after it, anchored on the words shown', () => {
    const text = 'Police were called at 11 p.m. (0400 GMT Sunday), officials said.';
    const found = findMentions(text, { published: '2025-03-12', locale: 'en-US' });
    const zoned = found.find((m) => m.text === '0400 GMT Sunday')!;
    const clock = found.find((m) => m.text === 'at 11 p.m.')!;
    const dayBefore = shiftTimex(zoned.value.slice(0, 10), { amount: -1, unit: 'day' });
    expect(clock.value).toBe(`${dayBefore}T23:00`);
    expect(clock.anchor).toEqual({
      kind: 'mention',
      text: zoned.text,
      start: zoned.start,
      value: zoned.value,
    });
  });

  it('puts a zone time in parentheses that names no day on the day of the clock time it restates', () => {
    const text = 'The launch is set for 3 p.m. ET on Tuesday (1900 GMT).';
    const found = read(text, '2025-03-12');
    const tuesday = valueOf(found, '3 p.m. ET on Tuesday')!;
    expect(valueOf(found, '1900 GMT')).toBe(`${tuesday.slice(0, 10)}T19:00`);
  });

  it('puts a zone time in parentheses on the day before a clock time whose day is named after its zone', () => {
    const text = 'The talks begin at 6 a.m. Beijing time on Thursday (2200 GMT).';
    const found = read(text, '2025-03-10');
    const thursday = valueOf(found, 'at 6 a.m. Beijing time on Thursday')!;
    const dayBefore = shiftTimex(thursday.slice(0, 10), { amount: -1, unit: 'day' });
    expect(valueOf(found, '2200 GMT')).toBe(`${dayBefore}T22:00`);
  });

  it('puts a zone time in parentheses that names no day on the day after, when the hours cross midnight', () => {
    const text = 'Polls close at 11 p.m. ET Friday (0300 GMT), officials said.';
    const found = read(text, '2025-03-12');
    const friday = valueOf(found, 'at 11 p.m. ET Friday')!;
    const dayAfter = shiftTimex(friday.slice(0, 10), { amount: 1, unit: 'day' });
    expect(valueOf(found, '0300 GMT')).toBe(`${dayAfter}T03:00`);
  });

  it('ties a clock time to the day after its parenthesised zone time when "local time" stands between', () => {
    const text = 'The blast occurred at 3:15 a.m. local time (0015 GMT) on Tuesday.';
    const found = read(text, '2025-03-12');
    const tuesday = valueOf(found, 'on Tuesday')!;
    expect(valueOf(found, 'at 3:15 a.m. local time')).toBe(`${tuesday}T03:15`);
    expect(valueOf(found, '0015 GMT')).toBe(`${tuesday}T00:15`);
  });

  it("reads a clock time with a place's time before its day as one time of that day", () => {
    const text = 'The announcement came at 6 a.m. Beijing time on Thursday.';
    const found = read(text, '2025-03-12');
    expect(found).toEqual(['at 6 a.m. Beijing time on Thursday = 2025-03-06T06:00']);
    const zoned = read('It came at 6 a.m. Moscow time (0300 GMT) on Thursday.', '2025-03-12');
    expect(valueOf(zoned, 'at 6 a.m. Moscow time')).toBe('2025-03-06T06:00');
  });

  it('keeps a capitalised word and "time" opening the next sentence out of the clock time before it', () => {
    const text = 'The match kicked off at 3 p.m. Added time lasted six minutes on Saturday.';
    const found = findMentions(text, { published: '2025-03-12', locale: 'en-US' });
    expect(found.map((m) => m.text)).toContain('at 3 p.m');
    expect(found.some((m) => m.text.includes('Added'))).toBe(false);
  });

  it('takes no day from a parenthesised zone time that names none', () => {
    const text = 'Police were called at 11 p.m. (0400 GMT), officials said.';
    const found = findMentions(text, { published: '2025-03-12', locale: 'en-US' });
    expect(found.find((m) => m.text === 'at 11 p.m.')?.anchor).toEqual({
      kind: 'published',
      date: '2025-03-12',
    });
  });

  it('does not carry a day across a paragraph break to the clock time opening the next paragraph', () => {
    const text = 'The clinic was founded on Jan. 15, 2019.\n\nAt 3 p.m., the board met.';
    expect(valueOf(read(text, MARCH_1999), 'At 3 p.m.')).toBe(`${MARCH_1999}T15:00`);
  });

  it('still puts a clock time on the day named in the sentence before, in its paragraph', () => {
    const text = 'The clinic was founded on Jan. 15, 2019.\nAt 3 p.m., the board met.';
    expect(valueOf(read(text, MARCH_1999), 'At 3 p.m.')).toBe('2019-01-15T15:00');
  });

  it('does not put a planned clock time on a day gone by that its sentence names', () => {
    const text = 'The board met on June 2, 1998, and will vote at 11 a.m. on the merger.';
    expect(valueOf(read(text, MARCH_1999), 'at 11 a.m.')).toBe(`${MARCH_1999}T11:00`);
  });

  it('does not lend the day of a clause that describes a noun to a clock time outside it', () => {
    const text =
      'The bakery, opened on May 1, 1990, by two brothers, sold its last loaf at 6 p.m. on its final day.';
    expect(valueOf(read(text, MARCH_1999), 'at 6 p.m.')).toBe(`${MARCH_1999}T18:00`);
    const future = 'The company, founded on May 1, 1990, will announce results at 3 p.m.';
    expect(valueOf(read(future, MARCH_1999), 'at 3 p.m')).toBe(`${MARCH_1999}T15:00`);
  });

  it('keeps a clock time on the day of a clause that tells the same news or a plan', () => {
    for (const [text, day, clock] of [
      ['The vote, held on Monday, ended at 9 p.m. with a tie.', 'on Monday', 'at 9 p.m.'],
      [
        'The hearing, scheduled for Jan. 5, 2000, will begin at 9 a.m. sharp.',
        'Jan. 5, 2000',
        'at 9 a.m.',
      ],
    ] as const) {
      const found = read(text, MARCH_1999);
      expect(valueOf(found, clock), text).toBe(
        `${valueOf(found, day)}${valueOf(found, clock)!.slice(10)}`,
      );
    }
  });

  it('keeps a clock time inside the clause of its day on that day', () => {
    const text = 'The suspect, who was arrested on Oct. 23 in a bar at 10 p.m., appeared in court.';
    const found = read(text, MARCH_1999);
    expect(valueOf(found, 'at 10 p.m.')).toBe(`${valueOf(found, 'Oct. 23')}T22:00`);
  });
});

describe('a clock next to its weekday takes that weekday, whatever day came before', () => {
  const THURSDAY = '2025-03-06';

  it('joins "10 p.m. Thursday" after a sentence that named another day', () => {
    const found = read(
      'He was arrested on March 3. At 10 p.m. Thursday, police said he had been released.',
      THURSDAY,
    );
    expect(valueOf(found, 'At 10 p.m. Thursday')).toBe('2025-03-06T22:00');
  });

  it('joins "10 p.m. on Thursday" after a sentence that named another day', () => {
    const found = read(
      'He was arrested on March 3. At 10 p.m. on Thursday, police said he had been released.',
      THURSDAY,
    );
    expect(valueOf(found, 'At 10 p.m. on Thursday')).toBe('2025-03-06T22:00');
  });
});

describe('a count before or after an event reads from the date the event is given in its clause', () => {
  const PUBLISHED = '2025-03-12';

  it('reads "days after the vote on 3 March" as after 3 March, not after publication', () => {
    const found = findMentions('Days after the vote on 3 March, the minister quit.', {
      published: PUBLISHED,
      locale: 'en-US',
    });
    const [days, date] = found;
    expect(days).toMatchObject({ text: 'Days after', value: date!.value, mod: 'AFTER' });
  });

  it('reads "a week before the election on Nov. 5, 2024" as the election\'s day, as "N before" names its event', () => {
    const found = read(
      'A week before the election on Nov. 5, 2024, the candidate fell ill.',
      PUBLISHED,
    );
    expect(valueOf(found, 'A week before')).toBe(valueOf(found, 'Nov. 5, 2024'));
  });

  it('reads "hours after" or "moments before" an event as the day the event is given', () => {
    const hours = read('Hours after the vote on Tuesday, he resigned.', PUBLISHED);
    expect(valueOf(hours, 'Hours after')).toBe(valueOf(hours, 'on Tuesday'));
    const moments = read(
      'Moments before the crash on Dec. 30, 2024, the pilot radioed the tower.',
      PUBLISHED,
    );
    expect(valueOf(moments, 'Moments before')).toBe(valueOf(moments, 'Dec. 30, 2024'));
  });

  it('sets the story a week before that day: "the following day" is in that week', () => {
    const text =
      'A week before the election on Nov. 5, 2024, the candidate fell ill. The following day, she cancelled a rally.';
    const week = format(subWeeks(new Date(2024, 10, 5), 1), "RRRR-'W'II");
    expect(valueOf(read(text, PUBLISHED), 'The following day')).toBe(week);
  });

  it('reads "three years after he took office in 2017" as 2017 and goes on from three years later', () => {
    const text =
      'Three years after he took office in 2017, the president faced impeachment. Two years later, he lost.';
    const found = read(text, PUBLISHED);
    expect(valueOf(found, 'Three years after')).toBe('2017');
    expect(valueOf(found, 'Two years later')).toBe(String(2017 + 3 + 2));
  });

  it('reads "two days after the vote on March 3" at the end of a sentence from March 3', () => {
    const found = read('The minister quit two days after the vote on March 3.', PUBLISHED);
    expect(valueOf(found, 'two days after')).toBe(valueOf(found, 'March 3'));
  });

  it('reads "a year before the pandemic began in March 2020" as the month the pandemic began', () => {
    const text = 'The firm was sold in 2019, a year before the pandemic began in March 2020.';
    const found = read(text, PUBLISHED);
    expect(valueOf(found, 'a year before')).toBe(valueOf(found, 'March 2020'));
  });

  it('reads "the day after the vote on 3 March" as the day after 3 March', () => {
    const found = read('The day after the vote on 3 March, the minister quit.', PUBLISHED);
    const march3 = valueOf(found, 'on 3 March')!;
    expect(valueOf(found, 'The day after')).toBe(shiftTimex(march3, { amount: 1, unit: 'day' }));
  });

  it('goes on from the day the count sets: "the next day" after "two days after the March 3 vote"', () => {
    const text =
      'Two days after the March 3 vote, the minister quit. The next day, his party split.';
    const found = read(text, PUBLISHED);
    const march3 = valueOf(found, 'March 3')!;
    expect(valueOf(found, 'The next day')).toBe(shiftTimex(march3, { amount: 3, unit: 'day' }));
  });

  it('does not count from a date that belongs to a later clause with its own subject and verb', () => {
    const cases: [string, string, number, 'day' | 'year'][] = [
      ['Two days after the vote the minister quit on March 5.', 'Two days after', 2, 'day'],
      [
        'Two days after the vote Smith told reporters on Friday that he would stay.',
        'Two days after',
        2,
        'day',
      ],
      [
        'Three days after the attack the president spoke on Tuesday about security.',
        'Three days after',
        3,
        'day',
      ],
      [
        'Five years after his death he was honoured on May 4 by the city.',
        'Five years after',
        5,
        'year',
      ],
    ];
    for (const [text, words, amount, unit] of cases) {
      const published = unit === 'year' ? PUBLISHED.slice(0, 4) : PUBLISHED;
      // With no event dated in its clause and no day before, a count in a past clause is some
      // time gone by; "quit", whose tense its form does not tell, runs back from publication.
      expect(valueOf(read(text, PUBLISHED), words)).toBe(
        /\bquit\b/.test(text) ? shiftTimex(published, { amount: -amount, unit }) : 'PAST_REF',
      );
    }
  });

  it('does not count "days after the storm" from the day the police found the bodies', () => {
    const found = findMentions('Days after the storm police found the bodies on Friday.', {
      published: PUBLISHED,
      locale: 'en-US',
    });
    expect(found[0]).toMatchObject({ text: 'Days after', anchor: { kind: 'published' } });
  });

  it('dates "a month after the blast at 10 p.m. on Friday" by the blast\'s day, not its clock', () => {
    const text =
      'A month after the blast at 10 p.m. on Friday, no one was charged. The next day, police spoke.';
    const found = read(text, PUBLISHED);
    const friday = previousFriday(new Date(2025, 2, 12));
    expect(valueOf(found, 'A month after')).toBe(format(friday, 'yyyy-MM-dd'));
    // The story is a month on from the blast, so the next day is known to the month.
    expect(valueOf(found, 'The next day')).toBe(format(addMonths(friday, 1), 'yyyy-MM'));
  });

  it('goes on from the day a count joined to its date sets: "the next day" after "two days before Christmas"', () => {
    const text = 'Two days before Christmas, shoppers flocked. The next day, stores closed.';
    const found = read(text, PUBLISHED);
    // The count and Christmas right after it are one day, two days before it, where the story is.
    // Fronted, the count takes the tense of the clause after it ("flocked"): last Christmas.
    const christmas = new Date(2024, 11, 25);
    expect(valueOf(found, 'Two days before Christmas')).toBe(
      format(subDays(christmas, 2), 'yyyy-MM-dd'),
    );
    expect(valueOf(found, 'The next day')).toBe(
      format(addDays(subDays(christmas, 2), 1), 'yyyy-MM-dd'),
    );
  });

  it('keeps a date set off by a comma apart: "two days after the vote, on March 9," is not counted from March 9', () => {
    const text =
      'The count began on March 3. Two days after the vote, on March 9, the minister quit.';
    const found = read(text, PUBLISHED);
    // Read as "N after" is with no event dated beside it: from March 3, the day before, back.
    expect(valueOf(found, 'Two days after')).toBe(
      format(subDays(new Date(2025, 2, 3), 2), 'yyyy-MM-dd'),
    );
  });
});

describe('"within the next month" looks ahead from publication', () => {
  // Published on Thursday 18 June 2015.
  const PUBLISHED = '2015-06-18';

  it("reads 'within the next month' after a year named before as the month after publication", () => {
    const text =
      'The railway opened in 2007. Investigators expect to publish a report within the next month.';
    expect(valueOf(read(text, PUBLISHED), 'the next month')).toBe(
      format(addMonths(new Date(2015, 5, 18), 1), 'yyyy-MM'),
    );
    const week = 'The plant opened in 2007. A decision is expected in the next week.';
    expect(valueOf(read(week, PUBLISHED), 'the next week')).toBe(
      format(addWeeks(new Date(2015, 5, 18), 1), "RRRR-'W'II"),
    );
  });

  it("keeps 'the next month' of a past story the month after the one last named", () => {
    const april = format(addMonths(new Date(2007, 2, 1), 1), 'yyyy-MM');
    expect(
      valueOf(
        read('He joined the firm in March 2007. The next month, he left.', PUBLISHED),
        'The next month',
      ),
    ).toBe(april);
    expect(
      valueOf(
        read(
          'The plant opened in March 2007 and in the next month it hired 300 people.',
          PUBLISHED,
        ),
        'the next month',
      ),
    ).toBe(april);
  });
});

describe('a part of the day with no day of its own is on the day the story is on', () => {
  // Published on Wednesday 5 March 2025: Tuesday is 4 March.
  const WEDNESDAY = '2025-03-05';
  const tuesday = format(subDays(new Date(2025, 2, 5), 1), 'yyyy-MM-dd');

  it("reads 'ran late into the night' and 'worked through the night' as the night of the day last named", () => {
    const text =
      'Party leaders met on Tuesday, and the talks ran late into the night. Aides worked through the night on a draft.';
    const found = read(text, WEDNESDAY);
    expect(found.filter((f) => f.startsWith('the night = '))).toEqual([
      `the night = ${tuesday}`,
      `the night = ${tuesday}`,
    ]);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'the night')).toBe(`TIME ${tuesday}TNI`);
  });

  it("reads a part of the day spent ('spent the afternoon debating') as a part of the day reported on", () => {
    const text =
      'The bill reached the floor on Tuesday. Lawmakers spent the afternoon debating it and spent the night in the chamber.';
    expect(valueOf(read(text, WEDNESDAY), 'the afternoon')).toBe(tuesday);
    const timeml = readTimeml(text, WEDNESDAY);
    expect(valueOf(timeml, 'the afternoon')).toBe(`TIME ${tuesday}TAF`);
    expect(valueOf(timeml, 'the night')).toBe(`TIME ${tuesday}TNI`);
    expect(
      valueOf(
        readTimeml('The envoys will spend the evening at the embassy.', WEDNESDAY),
        'the evening',
      ),
    ).toBe(`TIME ${WEDNESDAY}TEV`);
    for (const text of [
      'They spent the night of the blast in shelters.',
      'She spent the morning shift at the clinic.',
      'Hundreds of homeless people spend the night in the station.',
      'He spends the evening at his club.',
    ])
      expect(read(text, WEDNESDAY), text).toEqual([]);
  });

  it("reads 'By late afternoon' and 'was due to speak in the evening' as parts of the day reported on", () => {
    const text =
      'Votes were counted on Wednesday. By late afternoon, the ruling party led in 300 seats. Its leader was due to speak in the evening.';
    const found = read(text, WEDNESDAY);
    expect(valueOf(found, 'late afternoon')).toBe(WEDNESDAY);
    expect(valueOf(found, 'the evening')).toBe(WEDNESDAY);
    const timeml = readTimeml(text, WEDNESDAY);
    expect(valueOf(timeml, 'late afternoon')).toBe(`TIME ${WEDNESDAY}TAF`);
    expect(valueOf(timeml, 'the evening')).toBe(`TIME ${WEDNESDAY}TEV`);
  });

  it('leaves a night named by what happened in it, a habit and a part of a name alone', () => {
    for (const text of [
      'Survivors recalled the night the dam broke on Tuesday.',
      'Officials spoke about the night of the blast on Tuesday.',
      'She likes to read in the evening.',
      'The Late Afternoon Quartet played on Tuesday.',
      'He works through the night shift on weekends.',
    ])
      expect(
        read(text, WEDNESDAY).filter((f) =>
          /^(?:the night|the evening|late afternoon) = /i.test(f),
        ),
        text,
      ).toEqual([]);
  });
});

describe('a part of the day with "mid-", "early" or "late" is its middle, start or end', () => {
  // Published on Tuesday 13 February 2024: Friday is 9 February.
  const TUESDAY = '2024-02-13';
  const friday = format(previousFriday(new Date(2024, 1, 13)), 'yyyy-MM-dd');
  const modOf = (text: string, words: string, timeml: boolean) =>
    (timeml ? findTimemlMentions : findMentions)(text, { published: TUESDAY, locale: 'en-US' })
      .filter((m) => m.text === words)
      .map((m) => [m.type, m.value, m.mod]);

  it("reads 'By mid-afternoon' after 'on Friday' as Friday afternoon, its middle (TAF, MID)", () => {
    const text = 'Storms hit on Friday. By mid-afternoon the fields were flooded.';
    expect(modOf(text, 'mid-afternoon', false)).toEqual([['DATE', friday, 'MID']]);
    expect(modOf(text, 'mid-afternoon', true)).toEqual([['TIME', `${friday}TAF`, 'MID']]);
  });

  it("reads 'until early morning' as the start of the morning (TMO, START)", () => {
    const text = 'Crowds gathered on Friday and stayed until early morning.';
    expect(modOf(text, 'early morning', true)).toEqual([['TIME', `${friday}TMO`, 'START']]);
  });

  it("reads 'in the late evening' with its 'the' as the end of the evening (TEV, END)", () => {
    const text = 'Talks resumed on Friday and ended in the late evening.';
    expect(modOf(text, 'the late evening', false)).toEqual([['DATE', friday, 'END']]);
    expect(modOf(text, 'the late evening', true)).toEqual([['TIME', `${friday}TEV`, 'END']]);
  });

  it("reads no part of the day in the habit 'He jogs in the early morning every day.'", () => {
    const found = read('He jogs in the early morning every day.', TUESDAY);
    expect(found.filter((f) => /morning = /.test(f))).toEqual([]);
    expect(found).toEqual(['every day = P1D']);
  });
});

describe('a part of the day looked ahead to, or with a day named after it', () => {
  const WEDNESDAY = '2025-03-05';
  const thursday = format(addDays(new Date(2025, 2, 5), 1), 'yyyy-MM-dd');

  it("reads 'the count would resume in the morning' as the next morning, not the story's day", () => {
    const text = 'Officials said the count would resume in the morning.';
    expect(valueOf(read(text, WEDNESDAY), 'the morning')).toBe(thursday);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'the morning')).toBe(`TIME ${thursday}TMO`);
    // Near-miss: an evening looked ahead to is still the story's day.
    const evening = 'The president is due to speak in the evening.';
    expect(valueOf(read(evening, WEDNESDAY), 'the evening')).toBe(WEDNESDAY);
  });

  it("reads 'not expected until the afternoon' as the story's afternoon, in both readings", () => {
    const text = 'A result is not expected until the afternoon.';
    expect(valueOf(read(text, WEDNESDAY), 'the afternoon')).toBe(WEDNESDAY);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'the afternoon')).toBe(`TIME ${WEDNESDAY}TAF`);
    // Near-miss: a part of the day that owns a noun after it is no time ("until the afternoon
    // session") and stays unread.
    const session = 'The hearing was adjourned until the afternoon session began.';
    expect(valueOf(read(session, WEDNESDAY), 'the afternoon')).toBeUndefined();
    expect(valueOf(readTimeml(session, WEDNESDAY), 'the afternoon')).toBeUndefined();
  });

  it("reads 'for 11 hours over three days before returning the verdict' as a length, not a day back", () => {
    const text =
      'A jury convicted him on Monday. Jurors deliberated for 11 hours over three days before returning the verdict at 2:30 p.m. on the last day.';
    const found = read(text, '1997-12-29');
    expect(valueOf(found, 'three days')).toBe('P3D');
    expect(valueOf(readTimeml(text, '1997-12-29'), 'three days')).toBe('DURATION P3D');
    // Near-miss: a count before an event with its date is still read from that date.
    const counted = read('He voted three days before the election on March 3.', '1997-12-29');
    expect(valueOf(counted, 'three days before')).toBe('1998-03-03');
  });

  it("reads 'Snow fell overnight and continued into the afternoon' as the afternoon after the night", () => {
    const tuesday = format(subDays(new Date(2025, 2, 5), 1), 'yyyy-MM-dd');
    const text = 'Snow fell overnight and continued into the afternoon.';
    expect(valueOf(read(text, WEDNESDAY), 'overnight')).toBe(tuesday);
    expect(valueOf(read(text, WEDNESDAY), 'the afternoon')).toBe(WEDNESDAY);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'the afternoon')).toBe(`TIME ${WEDNESDAY}TAF`);
    // Near-miss: with a day and no night before it, the afternoon is that day's.
    const day = read('Talks began on Tuesday and ran into the afternoon.', WEDNESDAY);
    expect(valueOf(day, 'the afternoon')).toBe(tuesday);
  });

  it("reads no part of the day of its own in 'The festival ran into the evening on New Year's Eve.'", () => {
    // Published on 5 March 2025, so the story's day is not New Year's Eve.
    const found = read("The festival ran into the evening on New Year's Eve.", WEDNESDAY);
    expect(found.filter((f) => f.startsWith('the evening = '))).toEqual([]);
    expect(valueOf(found, "New Year's Eve")).toBe('2024-12-31');
    // Near-miss: with no day after it, the evening is the story's day.
    const bare = read('The festival ran into the evening, organisers said.', WEDNESDAY);
    expect(valueOf(bare, 'the evening')).toBe(WEDNESDAY);
  });
});

describe('"the prior month" is the month before the one last named, as "the previous month" is', () => {
  // Published on Friday 14 March 2025.
  const FRIDAY = '2025-03-14';
  const month = (months: number) => format(addMonths(parseISO(FRIDAY), months), 'yyyy-MM');

  it("reads 'rose 0.3% from the prior month' as the month before publication's month, in both readings", () => {
    const text = 'Retail sales rose 0.3% from the prior month.';
    expect(valueOf(read(text, FRIDAY), 'the prior month')).toBe(month(-1));
    expect(valueOf(readTimeml(text, FRIDAY), 'the prior month')).toBe(`DATE ${month(-1)}`);
    // The same as "the previous month" reads.
    const previous = 'Retail sales rose 0.3% from the previous month.';
    expect(valueOf(read(previous, FRIDAY), 'the previous month')).toBe(month(-1));
  });

  it("reads 'the prior year' and 'the prior day' after a date named before as the ones before it", () => {
    const text = 'Sales in January 2024 were down 2% from the prior year.';
    expect(valueOf(read(text, FRIDAY), 'the prior year')).toBe('2023');
    const day = 'The storm hit on Tuesday. A warning had been issued the prior day.';
    expect(valueOf(read(day, FRIDAY), 'the prior day')).toBe('2025-03-10');
  });

  it("leaves 'prior' that is no neighbouring time alone: 'his prior year at Ohio State', 'prior to'", () => {
    expect(read('He had played his prior year at Ohio State.', FRIDAY)).toEqual([]);
    expect(read('Prior to the vote, talks stalled.', FRIDAY)).toEqual([]);
  });
});

describe('a part of the day in market copy ("in afternoon trading") is on the day the story is on', () => {
  // Published on Wednesday 12 March 2025.
  const WEDNESDAY = '2025-03-12';

  it("reads 'in afternoon trading' as the afternoon of the story's day (TAF in TimeML)", () => {
    const text = 'The pound rose 0.4 percent in afternoon trading.';
    expect(valueOf(read(text, WEDNESDAY), 'afternoon')).toBe(WEDNESDAY);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'afternoon')).toBe(`TIME ${WEDNESDAY}TAF`);
  });

  it("reads 'in late afternoon trading' on a day told before as that day's afternoon, its end", () => {
    const text = 'Shares fell on Monday before recovering in late afternoon trading.';
    const found = findTimemlMentions(text, { published: WEDNESDAY, locale: 'en-US' });
    expect(found.map((m) => [m.text, m.value, m.mod])).toEqual([
      ['Monday', '2025-03-10', undefined],
      ['late afternoon', '2025-03-10TAF', 'END'],
    ]);
    expect(
      valueOf(read('The index was up 1.2% in morning trade in Tokyo.', WEDNESDAY), 'morning'),
    ).toBe(WEDNESDAY);
  });

  it("leaves a part of the day that is a name or a habit alone: 'the Morning Trading Desk', 'trades in the morning'", () => {
    expect(read('She joined the Morning Trading Desk in Chicago.', WEDNESDAY)).toEqual([]);
    expect(read('He trades in the morning.', WEDNESDAY)).toEqual([]);
  });

  it("reads 'in afternoon trading' after a year named before as the story's day, not that year", () => {
    const text =
      'The plan for fiscal 2011 was unveiled. The pound rose 0.4 percent in afternoon trading.';
    expect(valueOf(read(text, WEDNESDAY), 'afternoon')).toBe(WEDNESDAY);
    expect(valueOf(readTimeml(text, WEDNESDAY), 'afternoon')).toBe(`TIME ${WEDNESDAY}TAF`);
  });

  it("leaves the part to the day named right after it: 'in morning trading Tuesday'", () => {
    const text = 'Shares fell 6% in morning trading Tuesday.';
    expect(read(text, WEDNESDAY)).toEqual(['Tuesday = 2025-03-11']);
  });
});

describe('a count before "earlier this month" is a length', () => {
  it('reads "testified for two days earlier this month" as two days and earlier this month, not a day counted back', () => {
    const text = 'The former owner testified for two days earlier this month.';
    expect(read(text, '2014-12-30')).toEqual(['two days = P2D', 'earlier this month = 2014-12']);
    expect(readTimeml(text, '2014-12-30')).toEqual([
      'two days = DURATION P2D',
      'earlier this month = DATE 2014-12',
    ]);
    expect(read('He spent a week in hospital later this year.', '2014-12-30')).toEqual([
      'a week = P1W',
      'later this year = 2014',
    ]);
  });

  it('still reads "two days earlier" with no time named after it as a day counted back', () => {
    expect(read('The plant shut two days earlier.', '2014-12-30')).toEqual([
      'two days earlier = 2014-12-28',
    ]);
    expect(read('Two days earlier, the plant shut.', '2014-12-30')).toEqual([
      'Two days earlier = 2014-12-28',
    ]);
  });

  it('reads "held two days earlier next month" as a date two days before the one set, not a length', () => {
    const text = 'The vote, originally set for April 14, will be held two days earlier next month.';
    expect(read(text, '2016-03-10')).toEqual([
      'April 14 = 2016-04-14',
      'two days earlier = 2016-04-12',
      'next month = 2016-04',
    ]);
  });
});

describe('findMentions: a part of the day between a past verb and its day', () => {
  const FEB = '2025-02-10';

  it('reads "came on the night of March 3", told before March, as the March gone by', () => {
    expect(read('The attack came on the night of March 3.', FEB)).toEqual(['March 3 = 2024-03-03']);
    expect(read('The raid happened on the morning of March 3.', FEB)).toEqual([
      'March 3 = 2024-03-03',
    ]);
    expect(readTimeml('The attack came on the night of March 3.', FEB)).toEqual([
      'March 3 = DATE 2024-03-03',
    ]);
  });

  it('keeps a day after a part of the day ahead when no past verb stands before it', () => {
    expect(read('The show opens on the evening of March 3.', FEB)).toEqual([
      'March 3 = 2025-03-03',
    ]);
    expect(read('The fair will open on the morning of March 5.', FEB)).toEqual([
      'March 5 = 2025-03-05',
    ]);
    expect(read('He said the vote on the night of March 3 would be close.', FEB)).toEqual([
      'March 3 = 2025-03-03',
    ]);
  });
});
