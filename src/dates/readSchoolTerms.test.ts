import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string, locale: 'en-US' | 'en-GB' = 'en-US') =>
  findMentions(text, { published, locale }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

describe('a season naming a school term', () => {
  it('reads "the fall semester" ahead in a plan, though a bare "the fall" may be a tumble', () => {
    const text = 'Tuition will rise 4 percent starting with the fall semester.';
    expect(read(text, '2026-06-17')).toEqual(['the fall semester = 2026-FA']);
    expect(readTimeml(text, '2026-06-17')).toEqual(['the fall semester = 2026-FA']);
  });

  it('reads a term told in the present as the coming one, a school calendar being told ahead', () => {
    expect(read('Applications for the spring semester open Oct. 1.', '2026-09-02')).toEqual([
      'the spring semester = 2027-SP',
      'Oct. 1 = 2026-10-01',
    ]);
    expect(read('The course is offered again in the spring term.', '2026-11-19')).toEqual([
      'the spring term = 2027-SP',
    ]);
  });

  it('reads the term under way as this one', () => {
    expect(
      read('Autumn term starts on 3 September for most schools.', '2026-09-02', 'en-GB'),
    ).toEqual(['Autumn term = 2026-FA', 'on 3 September = 2026-09-03']);
  });

  it('reads a term in a past clause as the last one', () => {
    expect(read('Enrollment fell in the spring semester.', '2026-09-02')).toEqual([
      'the spring semester = 2026-SP',
    ]);
  });

  it('follows "next" and "last" as a season does', () => {
    expect(read('She will teach again next fall semester.', '2026-03-11')).toEqual([
      'next fall semester = 2026-FA',
    ]);
    expect(read('Lawmakers adjourned the last spring session early.', '2026-09-02')).toEqual([
      'last spring session = 2026-SP',
    ]);
  });

  it("reads a year written before or after the season as that year's term, one expression", () => {
    expect(
      read('Enrollment for the spring 2027 semester opens in November.', '2026-09-02'),
    ).toEqual(['the spring 2027 semester = 2027-SP', 'November = 2026-11']);
    expect(read('Registration for the 2025 fall semester closed.', '2026-09-02')).toEqual([
      'the 2025 fall semester = 2025-FA',
    ]);
  });

  it('does not read a plural of two terms, nor a season before another noun', () => {
    // A term read from either would name its noun in the extent: "spring semester", "summer term".
    expect(read('Fees for the fall and spring semesters rose.', '2026-09-02').join()).not.toMatch(
      /semester/,
    );
    expect(read('The summer terminal reopened.', '2026-09-02').join()).not.toMatch(/\bterm\b/);
  });

  it('reads "The university said the spring term would start a week late", said on 2 February 2026, as 2026-SP', () => {
    expect(
      read('The university said the spring term would start a week late.', '2026-02-02'),
    ).toContain('the spring term = 2026-SP');
    expect(read('Officials said the spring term would begin online.', '2021-01-06')).toEqual([
      'the spring term = 2021-SP',
    ]);
  });

  it('keeps a term told in the past with no verb ahead as the one gone by', () => {
    expect(read('The fall semester began online, officials said.', '2026-02-02')).toEqual([
      'The fall semester = 2025-FA',
    ]);
    expect(read('The spring term ended online, officials said.', '2026-09-20')).toEqual([
      'The spring term = 2026-SP',
    ]);
  });

  it('keeps "Teachers said the spring term would be remembered for the strike", said on 20 September 2026, as the term gone by, 2026-SP', () => {
    expect(
      read('Teachers said the spring term would be remembered for the strike.', '2026-09-20'),
    ).toEqual(['the spring term = 2026-SP']);
  });
});
