import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { quotedTitles } from './outsideQuotedTitles.ts';

const WEDNESDAY = { published: '2026-12-02', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text.replace(/^(?:at|on|in) /, '')} = ${m.value}`),
  );

describe('quoted titles of works', () => {
  it.each([
    [
      "Kubrick's '2001: A Space Odyssey' returns to Imax screens this month.",
      ['this month = 2026-12'],
    ],
    [
      "The theater is staging an adaptation of Orwell's '1984' next spring.",
      ['next spring = 2027-SP'],
    ],
    [
      "'The Day After Tomorrow' screens at 9 p.m. Saturday on FX.",
      ['9 p.m. Saturday = 2026-12-05T21:00'],
    ],
    [
      "Sondheim's 'Sunday in the Park With George' returns to Broadway in March.",
      ['March = 2027-03'],
    ],
    ['She starred in "28 Days Later" in 2002.', ['2002 = 2002']],
  ])('reads nothing inside the title in "%s"', (text, expected) => {
    const [news, timeml] = read(text);
    expect(news).toEqual(expected);
    expect(timeml).toEqual(expected);
  });

  it.each([
    ['Shoppers braced for the so-called “Super Saturday” before Christmas.', 'Saturday'],
    ['"We open on Friday," the director said.', 'Friday'],
    ["The director called it 'The Longest Week' on Monday.", 'Monday'],
  ])('still reads a quoted day that names no work in "%s"', (text, words) => {
    expect(read(text)[0]!.some((m) => m.startsWith(words))).toBe(true);
  });

  it.each([
    ['Graduates from the "Class of 2020" never had a ceremony.', ['2020 = 2020']],
    ['The paper runs its "Best of 2026" list next week.', ['2026 = 2026', 'next week = 2026-W50']],
  ])('still reads a year after "of" inside a title in "%s"', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('takes a clipped year and a possessive inside the quotes as the title’s own', () => {
    const text = "She starred in 'Summer of '42' and 'A Hard Day's Night' that year.";
    expect(quotedTitles(text, () => true)).toEqual([
      { start: 16, end: 29 },
      { start: 36, end: 54 },
    ]);
  });

  it.each([
    [
      'Roland Emmerich, who directed "The Day After Tomorrow," has a new film out this summer.',
      ['this summer = 2026-SU'],
    ],
    ['She starred in "The Day After Tomorrow." It made $500 million.', []],
  ])('reads nothing inside a title with its stop inside the quotes in "%s"', (text, expected) => {
    const [news, timeml] = read(text);
    expect(news).toEqual(expected);
    expect(timeml).toEqual(expected);
  });

  it('still reads a quoted day of speech with its comma inside the quotes, “Friday,” the director said', () => {
    const [news, timeml] = read('"Friday," the director said.');
    expect(news).toEqual(['Friday = 2026-11-27']);
    expect(timeml).toEqual(['Friday = 2026-11-27']);
  });

  it.each([
    [
      'The label said the record would arrive in "Spring 2027," though fans are wary.',
      'Spring 2027 = 2027-SP',
    ],
    ['Tickets go on sale from "Monday," the promoter said.', 'Monday = 2026-12-07'],
    ['Asked about the date, the singer wrote "Friday." on Instagram.', 'Friday = 2026-11-27'],
  ])(
    'still reads a quoted date after a bare preposition or "wrote" with its stop inside, in "%s"',
    (text, mention) => {
      const [, timeml] = read(text);
      expect(timeml).toContain(mention);
    },
  );

  it('takes the title with a comma inside the quotes after "starred in", He starred in "Next Friday," a comedy', () => {
    expect(quotedTitles('He starred in "Next Friday," a comedy.', () => false)).toEqual([
      { start: 15, end: 26 },
    ]);
  });

  it('takes the title with a comma inside the quotes as the words before the comma', () => {
    expect(quotedTitles('He directed "Next Friday," a comedy.', () => false)).toEqual([
      { start: 13, end: 24 },
    ]);
  });

  it('takes no quoted stretch in sentence case for a title', () => {
    expect(quotedTitles("The film was called 'a day to remember' by critics.", () => true)).toEqual(
      [],
    );
  });
});
