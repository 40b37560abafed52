import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

// Sunday 5 January 2025.
const SUNDAY = '2025-01-05';
const both = (text: string, published = SUNDAY) => [
  findMentions(text, { published, locale: 'en-GB' }),
  findTimemlMentions(text, { published, locale: 'en-GB' }),
];

describe('orderPairedWeekdays', () => {
  it("reads 'on Sunday and Monday' said on a Sunday as today and tomorrow", () => {
    const text = 'Tickets for travel on Sunday and Monday will be accepted on later services.';
    for (const found of both(text)) {
      expect(found.map((m) => m.value)).toEqual(['2025-01-05', '2025-01-06']);
      expect(found[1]).toMatchObject({ type: 'DATE', text: expect.stringMatching(/Monday$/) });
    }
  });

  it("reads 'on Saturday and on Sunday' ahead, said on a Sunday, as the coming weekend", () => {
    const text = 'Engineering work will close the line on Saturday and on Sunday.';
    for (const found of both(text)) {
      expect(found.map((m) => m.value)).toEqual(['2025-01-11', '2025-01-12']);
    }
  });

  it("leaves 'made Friday and Thursday', two days gone by named the later first, alone", () => {
    const text = 'Following are statements made Friday and Thursday by the lawyer.';
    for (const found of both(text, '1998-02-06')) {
      expect(found.map((m) => m.value)).toEqual(['1998-02-06', '1998-02-05']);
    }
  });

  it('leaves two weekdays already in order alone', () => {
    for (const found of both('Markets were closed on Thursday and Friday.', '2025-01-08')) {
      expect(found.map((m) => m.value)).toEqual(['2025-01-02', '2025-01-03']);
    }
  });

  it('leaves weekdays not joined by "and" or "or" alone', () => {
    const text = 'Rail services ran on Sunday, and the line reopens on Monday.';
    for (const found of both(text)) {
      expect(found.map((m) => m.value)).toEqual(['2025-01-05', '2025-01-06']);
    }
    const apart = 'The count ended on Sunday and talks start Monday.';
    expect(findMentions(apart, { published: SUNDAY, locale: 'en-GB' })[1]?.value).toBe(
      '2025-01-06',
    );
  });
});

describe('a weekday told "preceded by" or "followed by" another', () => {
  const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
  const values = (text: string) => findMentions(text, MONDAY).map((m) => [m.text, m.value]);

  it('reads "The vote is on Thursday, preceded by a debate on Wednesday" as the Wednesday before that Thursday', () => {
    expect(values('The vote is on Thursday, preceded by a debate on Wednesday.')).toEqual([
      ['on Thursday', '2026-03-12'],
      ['on Wednesday', '2026-03-11'],
    ]);
  });

  it('reads "followed by a parade on Monday" after a past Saturday as the Monday after it', () => {
    expect(values('The final was on Saturday, followed by a parade on Monday.')).toEqual([
      ['on Saturday', '2026-03-07'],
      ['on Monday', '2026-03-09'],
    ]);
  });

  it('leaves "The vote is on Thursday, with a debate on Wednesday." to the tense', () => {
    expect(values('The vote is on Thursday, with a debate on Wednesday.')).toEqual([
      ['on Thursday', '2026-03-12'],
      ['on Wednesday', '2026-03-04'],
    ]);
  });

  // Wednesday 13 and Friday 15 March 2024.
  const days = (text: string, published: string) =>
    both(text, published).map((found) => found.map((m) => m.value));

  it("reads 'Monday's hearing would continue on Tuesday', said on a Friday, as the coming Monday", () => {
    const text = 'The judge said Monday’s hearing would continue on Tuesday.';
    for (const found of days(text, '2024-03-15'))
      expect(found).toEqual(['2024-03-18', '2024-03-19']);
  });

  it("reads 'Monday's drop will be made up by Friday', said on a Wednesday, as the Monday gone by", () => {
    const text = "Bankers think Monday's drop will be made up by Friday.";
    for (const found of days(text, '2024-03-13'))
      expect(found).toEqual(['2024-03-11', '2024-03-15']);
  });

  it("reads a day's event told to resume or spill over into a later weekday as the day before it", () => {
    const resumed = "Negotiators said Sunday's talks would resume on Wednesday.";
    for (const found of days(resumed, '2024-03-15')) {
      expect(found).toEqual(['2024-03-17', '2024-03-20']);
    }
    const spilled = "Tuesday's session could spill over into Thursday, the clerk said.";
    for (const found of days(spilled, '2024-03-13')) {
      expect(found).toEqual(['2024-03-12', '2024-03-14']);
    }
  });

  it("leaves a day's event whose verb has an object, or does not carry it on, to the tense", () => {
    const object = "The judge said Monday's meeting would continue talks on Tuesday.";
    for (const found of days(object, '2024-03-15'))
      expect(found).toEqual(['2024-03-11', '2024-03-19']);
    const decides = "Officials said Monday's vote would decide Tuesday's runoff.";
    for (const found of days(decides, '2024-03-15'))
      expect(found).toEqual(['2024-03-11', '2024-03-12']);
  });

  // A saying placed back before publication tells its weekdays from a day the copy does not give:
  // the owning day stays where the past narrative put it (the day after it is left to the tense).
  const owning = (text: string, published: string) =>
    both(text, published).map((found) => found.find((m) => m.text === 'Monday')?.value);

  it("reads 'Lawyers said last week that Monday's hearing would resume on Tuesday.' with Monday gone by", () => {
    const text = "Lawyers said last week that Monday's hearing would resume on Tuesday.";
    expect(owning(text, '2024-11-14')).toEqual(['2024-11-11', '2024-11-11']);
  });

  it("reads 'Monday's hearing would continue on Tuesday, the judge said at the time.' with Monday gone by", () => {
    const text = "Monday's hearing would continue on Tuesday, the judge said at the time.";
    expect(owning(text, '2024-11-13')).toEqual(['2024-11-11', '2024-11-11']);
    const perfect = "Monday's hearing would continue on Tuesday, the judge had said.";
    expect(owning(perfect, '2024-11-13')).toEqual(['2024-11-11', '2024-11-11']);
  });
});

describe('a weekday of a schedule that "follows" another', () => {
  const valuesOf = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' }).map((m) => m.value),
    );
  // The weekday `count` days after a date, as a day value.
  const after = (value: string, count: number) =>
    format(addDays(parseISO(value), count), 'yyyy-MM-dd');

  it('reads "On Tuesday the women\'s short program is skated, and the free skate follows on Friday", said on Thursday 12 February 1998, as the Friday after that Tuesday', () => {
    const text =
      "On Tuesday the women's short program is skated, and the free skate follows on Friday.";
    const tuesday = weekdayByTense(weekdayNumber('Tuesday'), '1998-02-12', 'future');
    for (const values of valuesOf(text, '1998-02-12')) {
      expect(values).toEqual([tuesday, after(tuesday, 3)]);
    }
  });

  it('reads "On Wednesday the Pope is welcomed to Havana, and an open-air Mass follows on Sunday", said on Friday 16 January 1998, as the Sunday after that Wednesday', () => {
    const text =
      'On Wednesday the Pope is welcomed to Havana, and an open-air Mass follows on Sunday.';
    const wednesday = weekdayByTense(weekdayNumber('Wednesday'), '1998-01-16', 'future');
    for (const values of valuesOf(text, '1998-01-16')) {
      expect(values).toEqual([wednesday, after(wednesday, 4)]);
    }
  });

  it('leaves "On Monday the downhill is run. The super-G follows on Thursday" to the tense, a sentence apart', () => {
    const text = 'On Monday the downhill is run. The super-G follows on Thursday.';
    const alone = valuesOf('The super-G follows on Thursday.', '1998-02-18');
    const both = valuesOf(text, '1998-02-18');
    expect(both.map((values) => values[1])).toEqual(alone.map((values) => values[0]));
  });
});

describe('a weekday\'s own event told after "after" or "before" another weekday', () => {
  const day = (published: string, days: number) =>
    format(addDays(parseISO(published), days), 'yyyy-MM-dd');
  const valueOf = (text: string, published: string, words: string) =>
    findMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;

  it('reads "Stocks rebounded Monday after Friday\'s 190-point plunge", said on Friday 20 October 1989, as the Friday before that Monday', () => {
    const friday = '1989-10-20';
    const text = "Stocks rebounded Monday after Friday's 190-point plunge.";
    expect(valueOf(text, friday, 'Monday')).toBe(day(friday, -4));
    expect(valueOf(text, friday, 'Friday')).toBe(day(friday, -7));
  });

  it('reads "Bonds fell Tuesday ahead of Friday\'s jobs report", said on Wednesday 18 October 1989, as the Friday after that Tuesday', () => {
    const wednesday = '1989-10-18';
    const text = "Bonds fell Tuesday ahead of Friday's jobs report.";
    expect(valueOf(text, wednesday, 'Friday')).toBe(day(wednesday, 2));
  });

  it('leaves "Stocks rebounded Monday after Friday" with no event of its own to the tense', () => {
    const friday = '1989-10-20';
    expect(valueOf('Stocks rebounded Monday after Friday.', friday, 'Friday')).toBe(
      weekdayByTense(weekdayNumber('Friday'), friday, 'past'),
    );
  });
});
