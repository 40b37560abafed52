import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isHabitualMonth } from './isHabitualMonth.ts';

const JUNE = { published: '2024-06-13', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, JUNE).map((m) => [m.text, m.value]);

describe('a month named in a habit', () => {
  it.each([
    ['Farmers usually prepare the ground in March.', 'March', 'XXXX-03'],
    ['Snow typically falls in December.', 'December', 'XXXX-12'],
    ['Storks tend to return in April.', 'April', 'XXXX-04'],
    ['The firm normally reports in March, but will report in May.', 'March', 'XXXX-03'],
    ['Tourists often flock to the coast in August.', 'August', 'XXXX-08'],
    ['The justices typically issue their biggest rulings in late June.', 'late June', 'XXXX-06'],
    ['Hurricane activity typically peaks in early September.', 'early September', 'XXXX-09'],
    ['The festival, usually held in May, moved to June this year.', 'May', 'XXXX-05'],
  ])('reads "%s" as any year\'s month', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it.each([
    ['The senator always held town halls in August.', 'August', 'XXXX-08'],
    ['The soup kitchen usually saw its busiest days in December.', 'December', 'XXXX-12'],
    ['Students used to sit their exams in June.', 'June', 'XXXX-06'],
  ])('reads "%s", a habit told in the past, as any year\'s month', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
    const timeml = findTimemlMentions(text, JUNE).find((m) => m.text === words);
    expect(timeml?.value).toBe(value);
  });

  it.each([
    ['Prices generally rose in March.', 'March', '2024-03'],
    ['The rains usually came early and arrived in May.', 'May', '2024-05'],
    ['The grant was used to build a school in March.', 'March', '2024-03'],
  ])('keeps "%s" on the calendar', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it.each([
    ['He always said he would retire in June.', 'June'],
    ['She always told us she’d step down in June.', 'June'],
    ['Ministers always insisted the plant would open in June.', 'June'],
    ['The White House always planned the summit for June.', 'June'],
    ['The senator always wanted a vote in June.', 'June'],
    ['The outcome always was going to be decided in June.', 'June'],
  ])('keeps "%s", a future told in the past, off the habit', (text, words) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toMatch(/^\d{4}-06$/);
    const timeml = findTimemlMentions(text, JUNE).find((m) => m.text === words);
    expect(timeml?.value).toMatch(/^\d{4}-06$/);
  });

  it('reads "Farmers usually prepare the ground in March.", said on 13 June 2024, in TimeML mode as XXXX-03', () => {
    const found = findTimemlMentions('Farmers usually prepare the ground in March.', JUNE);
    expect(found.map((m) => [m.text, m.value, m.type])).toEqual([['March', 'XXXX-03', 'DATE']]);
  });

  it.each([
    ['Prices usually rise in spring, but this year they fell in March.', 'March', '2024-03'],
    ['The firm normally reports in March, but will report in May.', 'May', '2025-05'],
    ['Farmers prepare the ground in March.', 'March', '2025-03'],
    ['The firm usually reports in March 2025.', 'March 2025', '2025-03'],
    ['Usually quiet, the town hosted a festival in March.', 'March', '2024-03'],
    ['Sales usually slow, and last March they fell.', 'last March', '2024-03'],
    ['The justices will issue their ruling in late June.', 'late June', '2024-06'],
    ['The often-delayed ferry sailed in late May.', 'late May', '2024-05'],
    ['The festival, usually held in May, moved to June this year.', 'June this year', '2024-06'],
    ['The rains, usually heavy, fell in May.', 'May', '2024-05'],
  ])(
    'keeps "%s" on the calendar (another clause, no adverb, a year, a modifier)',
    (text, words, value) => {
      expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
    },
  );

  it("finds the adverb only in the month's own sentence", () => {
    const text = 'Farmers usually rest. They ploughed in March.';
    expect(isHabitualMonth(text, text.indexOf('March'), text.indexOf('March') + 5)).toBe(false);
  });
});

describe('a month told in the past beside an adverb of habit', () => {
  const MID_JUNE = { published: '2024-06-15', locale: 'en-US' } as const;
  const readMid = (text: string) => findMentions(text, MID_JUNE).map((m) => [m.text, m.value]);

  it.each([
    ['The rains that usually come in June arrived in May this time.', 'May', '2024-05'],
    ['The rains that usually come in June arrived in May.', 'May', '2024-05'],
    ['The storms that normally hit the coast in September came in June.', 'June', '2024-06'],
    [
      'Officials said prices usually fall after the harvest and dropped sharply in August.',
      'August',
      '2023-08',
    ],
    [
      'Lawmakers generally supported the bill when it was introduced in January.',
      'January',
      '2024-01',
    ],
    ['Investors were generally optimistic in March.', 'March', '2024-03'],
    ['Analysts had generally expected a rate cut in March.', 'March', '2024-03'],
  ])('reads "%s" on the calendar: a past verb tells it', (text, words, value) => {
    expect(readMid(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it.each([
    ['The rains that usually come in June arrived in May.', 'June'],
    ['The storms that normally hit the coast in September came in June.', 'September'],
    ['Elections are usually held in March.', 'March'],
    ['Officials said prices usually fall in March.', 'March'],
    ['Storks tended to return in April.', 'April'],
  ])('still reads "%s" as a habit\'s %s (no past verb tells the month)', (text, words) => {
    expect(readMid(text).find(([w]) => w === words)?.[1]).toMatch(/^XXXX-/);
  });
});

describe('a month in a participle that carries a habit on after a comma', () => {
  // Thursday 24 September 2026.
  const SEPTEMBER = { published: '2026-09-24', locale: 'en-US' } as const;
  const both = (text: string) => [
    findMentions(text, SEPTEMBER).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, SEPTEMBER).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "Flu season typically runs from October through March, peaking in February" as any year\'s February', () => {
    expect(
      both('Flu season typically runs from October through March, peaking in February.'),
    ).toEqual([
      ['October = XXXX-10', 'March = XXXX-03', 'February = XXXX-02'],
      ['October = XXXX-10', 'March = XXXX-03', 'February = XXXX-02'],
    ]);
    expect(both('Flu cases usually rise in December, peaking in February.')[0]).toContain(
      'February = XXXX-02',
    );
  });

  it('leaves a preposition in -ing and another clause: "Prices usually rise in spring, including in March" is this year\'s March', () => {
    expect(both('Prices usually rise in spring, including in March.')[0]).toContain(
      'March = 2026-03',
    );
    expect(both('Flu usually peaks in winter, but cases fell sharply in February.')[0]).toContain(
      'February = 2026-02',
    );
  });
  it("leaves a participle's month told by this year's figures: \"Cases usually rise in winter, hitting a peak in February, the latest figures show\" is this year's February", () => {
    const MARCH = { published: '2026-03-10', locale: 'en-GB' } as const;
    const text =
      'Cases usually rise in winter, hitting a peak in February, the latest figures show.';
    expect(findMentions(text, MARCH).map((m) => `${m.text} = ${m.value}`)).toContain(
      'February = 2026-02',
    );
    expect(findTimemlMentions(text, MARCH).map((m) => `${m.text} = ${m.value}`)).toContain(
      'February = 2026-02',
    );
  });
});

describe('a month in an "and" clause after a habit', () => {
  it('leaves an "and" clause with a subject of its own: "Residents always complain about parking and the council starts charging in April" is this year\'s April', () => {
    const JANUARY = { published: '2026-01-15', locale: 'en-US' } as const;
    for (const [text, value] of [
      [
        'Residents always complain about parking and the council starts charging in April.',
        '2026-04',
      ],
      ['The bank regularly reviews its rates and its next decision is due in March.', '2026-03'],
    ]) {
      expect(findMentions(text!, JANUARY).map((m) => m.value)).toEqual([value]);
      expect(findTimemlMentions(text!, JANUARY).map((m) => m.value)).toEqual([value]);
    }
    expect(
      findMentions('Enrollment typically rises in the fall and dips in the spring.', JANUARY).map(
        (m) => m.value,
      ),
    ).toEqual(['XXXX-FA', 'XXXX-SP']);
  });
});

describe('a sum of money in a participle after a habit', () => {
  it('leaves the month of "Hospital admissions usually fall in spring, leaving the trust with a £4m shortfall in April" this year\'s', () => {
    const MAY = { published: '2026-05-12', locale: 'en-GB' } as const;
    for (const find of [findMentions, findTimemlMentions]) {
      const values = (text: string) => find(text, MAY).map((m) => m.value);
      expect(
        values(
          'Hospital admissions usually fall in spring, leaving the trust with a £4m shortfall in April.',
        ),
      ).toEqual(['XXXX-SP', '2026-04']);
      expect(values('Temperatures usually climb in summer, peaking at 40C in July.')).toEqual([
        'XXXX-SU',
        'XXXX-07',
      ]);
    }
  });
});
