import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 16 January 1998, Friday 27 March 1998.
const FRIDAY = { published: '1998-01-16', locale: 'en-US' } as const;
const MARCH_FRIDAY = { published: '1998-03-27', locale: 'en-US' } as const;
type Options = typeof FRIDAY | typeof MARCH_FRIDAY;
const day = (published: string, days: number) =>
  format(addDays(toLocalDate(published), days), 'yyyy-MM-dd');
const values = (text: string, options: Options) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, options)
      .filter((m) => /day$/i.test(m.text))
      .map((m) => m.value),
  );

// Both readings of the first mention that holds the weekday.
const both = (text: string, published: string, weekday: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published, locale: 'en-US' }).find((m) => m.text.includes(weekday))?.value,
  );

describe('weekdays after a lead naming next week are days of next week', () => {
  it('reads "Looking ahead to next week: … on Sunday he says mass", said on a Friday, as next week\'s Sunday', () => {
    const text =
      'Looking ahead to next week: on Wednesday the Pope arrives in Havana, and on Sunday he says mass in Revolution Square.';
    const days = [day(FRIDAY.published, 5), day(FRIDAY.published, 9)];
    expect(values(text, FRIDAY)).toEqual([days, days]);
  });

  it.each([
    ['Next week in Nagano: on Tuesday the women play for the gold, and on Saturday the Games end.'],
    [
      'Looking ahead to next week, on Tuesday the talks resume, and on Saturday the marchers gather.',
    ],
    [
      'Next week on the program: on Tuesday we look at the floods, and on Saturday we visit Ventura.',
    ],
  ])('reads "%s", said on a Friday, in next week', (text) => {
    const days = [day(MARCH_FRIDAY.published, 4), day(MARCH_FRIDAY.published, 8)];
    expect(values(text, MARCH_FRIDAY)).toEqual([days, days]);
  });

  it.each([
    // The lead is a clause of its own: the Saturday is this week's.
    ['Next week the Pope flies to Cuba, and on Saturday he says farewell in Rome.', 1],
    // A lead naming this week.
    ['Coming up this week: on Saturday the Pope says farewell in Rome.', 1],
    // The lead in an earlier sentence.
    [
      'Looking ahead to next week: the Pope flies to Cuba. On Saturday he will say farewell in Rome.',
      1,
    ],
    // "next week's" names no lead.
    ["Next week's visit aside, on Saturday he says farewell in Rome.", 1],
  ])('leaves "%s" to its own reading (Saturday the coming one)', (text, days) => {
    const saturday = [day(FRIDAY.published, days)];
    expect(values(text, FRIDAY)).toEqual([saturday, saturday]);
  });
});

describe('weekdays after a lead naming last week are days of last week', () => {
  // Monday 9 March 1998.
  const MONDAY = { published: '1998-03-09', locale: 'en-US' } as const;
  const read = (text: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, MONDAY)
        .filter((m) => /day$/i.test(m.text))
        .map((m) => m.value),
    );

  it('reads "Last week in review: on Monday the Senate voted …, and on Friday …", said on Monday 9 March 1998, as last week\'s Monday and Friday', () => {
    const text =
      'Last week in review: on Monday the Senate voted to confirm the nominee, and on Friday the inspectors went back in.';
    const days = [day(MONDAY.published, -7), day(MONDAY.published, -3)];
    expect(read(text)).toEqual([days, days]);
  });

  it('reads "Looking back at last week: on Tuesday the jury heard from Currie" as last week\'s Tuesday', () => {
    const text = 'Looking back at last week: on Tuesday the jury heard from Currie.';
    const days = [day(MONDAY.published, -6)];
    expect(read(text)).toEqual([days, days]);
  });

  it('leaves "Last week, on Monday the Senate voted" and a lead in another sentence as read', () => {
    expect(read('Last week the talks broke off. On Monday the Senate voted.')).toEqual([
      [MONDAY.published],
      [MONDAY.published],
    ]);
    expect(read("Last week's vote aside, on Friday the inspectors go back in.")).toEqual([
      [day(MONDAY.published, 4)],
      [day(MONDAY.published, 4)],
    ]);
  });
});

describe('a saying dated in a sentence led by next week (review)', () => {
  // Thursday 12 March 1998, Wednesday 18 March 1998.
  const THURSDAY = { published: '1998-03-12', locale: 'en-US' } as const;
  const WEDNESDAY = { published: '1998-03-18', locale: 'en-US' } as const;
  const said = (text: string, options: typeof THURSDAY | typeof WEDNESDAY) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, options)
        .filter((m) => /day$/i.test(m.text))
        .map((m) => m.value),
    );

  it('reads "Next week, the White House said on Tuesday, the President leaves for Africa", said on Thursday 12 March 1998, as the Tuesday gone by', () => {
    const tuesday = [day(THURSDAY.published, -2)];
    expect(
      said(
        'Next week, the White House said on Tuesday, the President leaves for Africa.',
        THURSDAY,
      ),
    ).toEqual([tuesday, tuesday]);
  });

  it('reads "Next week, a spokesman said Monday, the talks move to Geneva", said on Wednesday 18 March 1998, as the Monday gone by', () => {
    const monday = [day(WEDNESDAY.published, -2)];
    expect(
      said('Next week, a spokesman said Monday, the talks move to Geneva.', WEDNESDAY),
    ).toEqual([monday, monday]);
  });

  it('still reads "Next week, the envoy said, on Friday the inspectors go back in", said on Thursday 12 March 1998, as next week\'s Friday', () => {
    const friday = [day(THURSDAY.published, 8)];
    expect(
      said('Next week, the envoy said, on Friday the inspectors go back in.', THURSDAY),
    ).toEqual([friday, friday]);
  });
});

describe('a weekday with its part of the day after a lead naming a week', () => {
  it('reads "Looking ahead to next week: on Saturday night the Council meets in closed session", said on Tuesday 17 March 1998, as next week\'s Saturday night', () => {
    const text =
      'Looking ahead to next week: on Saturday night the Council meets in closed session.';
    const saturday = day('1998-03-17', 11);
    expect(both(text, '1998-03-17', 'Saturday')).toEqual([saturday, `${saturday}TNI`]);
  });

  it('reads "Next week on the program: on Wednesday night we talk with the senator", said on Monday 2 March 1998, as next week\'s Wednesday night', () => {
    const text =
      'Next week on the program: on Wednesday night we talk with the senator from Georgia.';
    const wednesday = day('1998-03-02', 9);
    expect(both(text, '1998-03-02', 'Wednesday')).toEqual([wednesday, `${wednesday}TNI`]);
  });

  it('reads "Last week in Washington: on Tuesday night the President gave his State of the Union address", said on Thursday 5 February 1998, as last week\'s Tuesday night', () => {
    const text =
      'Last week in Washington: on Tuesday night the President gave his State of the Union address.';
    const tuesday = day('1998-02-05', -9);
    expect(both(text, '1998-02-05', 'Tuesday')).toEqual([tuesday, `${tuesday}TNI`]);
  });

  it('leaves "On Saturday night the Council meets in closed session", said on Tuesday 17 March 1998, on the coming Saturday night', () => {
    const text = 'On Saturday night the Council meets in closed session.';
    const saturday = day('1998-03-17', 4);
    expect(both(text, '1998-03-17', 'Saturday')).toEqual([saturday, `${saturday}TNI`]);
  });
});

describe('a weekday of an aside comparing next week with a day gone by', () => {
  it.each([
    [
      'Next week, as on Thursday, the rink will be closed to the public.',
      '1998-02-17',
      'Thursday',
      -5,
    ],
    [
      'Next week, just as on Tuesday, the talks will run through the night.',
      '1998-04-02',
      'Tuesday',
      -2,
    ],
    ['Next week, as on Friday, the markets will close early.', '1998-03-10', 'Friday', -4],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday, days) => {
    const gone = day(published, days);
    expect(both(text, published, weekday)).toEqual([gone, gone]);
  });

  it('reads "Looking ahead to next week: the markets close early on Thursday, as Friday is a holiday", said on Friday 3 April 1998, as next week\'s Friday', () => {
    const text =
      'Looking ahead to next week: the markets close early on Thursday, as Friday is a holiday.';
    const friday = day('1998-04-03', 7);
    expect(both(text, '1998-04-03', 'Friday')).toEqual([friday, friday]);
  });

  it('reads "Next week, on Thursday, the rink will be closed to the public", said on Tuesday 17 February 1998, as next week\'s Thursday', () => {
    const text = 'Next week, on Thursday, the rink will be closed to the public.';
    const thursday = day('1998-02-17', 9);
    expect(both(text, '1998-02-17', 'Thursday')).toEqual([thursday, thursday]);
  });
});

describe('a lead that takes "a look at" next week', () => {
  it('reads "A look at next week: on Wednesday the Senate votes on NATO expansion", said on Tuesday 10 March 1998, as next week\'s Wednesday', () => {
    const text = 'A look at next week: on Wednesday the Senate votes on NATO expansion.';
    const wednesday = day('1998-03-10', 8);
    expect(both(text, '1998-03-10', 'Wednesday')).toEqual([wednesday, wednesday]);
  });

  it('leaves "A look at next week\'s schedule shows the Senate votes on Wednesday" to the tense', () => {
    const text = "A look at next week's schedule shows the Senate votes on Wednesday.";
    const found = findMentions(text, { published: '1998-03-10', locale: 'en-US' });
    expect(found.find((m) => m.text.includes('Wednesday'))?.value).toBe(day('1998-03-10', 1));
  });
});
