import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

describe('a school year named from now', () => {
  it('reads "this academic year" said in September as the one just opened, its two years', () => {
    const text = 'Enrollment is down 3 percent this academic year.';
    expect(read(text, '2026-09-02')).toEqual(['this academic year = 2026/2027']);
    // TimeML mode writes a year across two by its first, as "the 2026-27 school year".
    expect(readTimeml(text, '2026-09-02')).toEqual(['this academic year = 2026']);
  });

  it('reads a school year said before August as the one that opened the August before', () => {
    expect(read('Test scores rose last school year.', '2026-03-11')).toEqual([
      'last school year = 2024/2025',
    ]);
    expect(read('The policy takes effect next school year.', '2026-03-11')).toEqual([
      'next school year = 2026/2027',
    ]);
    expect(read('Absences fell in the current school year.', '2026-03-11')).toEqual([
      'the current school year = 2025/2026',
    ]);
  });

  it('reads "Pupils will have new uniforms for the new school year", said in June, as the one opening in August', () => {
    const text = 'Pupils will have new uniforms for the new school year.';
    expect(read(text, '2026-06-12')).toEqual(['the new school year = 2026/2027']);
    expect(readTimeml(text, '2026-06-12')).toEqual(['the new school year = 2026']);
    expect(read('The school will reopen in time for the new school year.', '2026-03-11')).toEqual([
      'the new school year = 2026/2027',
    ]);
  });

  it('reads "the new academic year", said in October, as the one that opened in August', () => {
    const text = 'Three teachers have left since the start of the new academic year.';
    expect(read(text, '2026-10-12')).toEqual(['the new academic year = 2026/2027']);
    expect(readTimeml(text, '2026-10-12')).toEqual(['the new academic year = 2026']);
  });

  it('reads "the new school year" told in the past before August as the one begun', () => {
    const text = 'Since the start of the new school year in September, absences have fallen.';
    expect(read(text, '2026-02-10')).toContain('the new school year = 2025/2026');
    expect(readTimeml(text, '2026-02-10')).toContain('the new school year = 2025');
    expect(
      read('When the new school year began in August, 40 teachers were missing.', '2026-02-10'),
    ).toContain('the new school year = 2025/2026');
  });

  it('reads a count of school years as a length of years', () => {
    expect(
      read('The university will freeze tuition for two academic years.', '2026-06-17'),
    ).toEqual(['two academic years = P2Y']);
  });

  it('does not read "the last school year" or "her last school year" (the final one) nor a compound', () => {
    expect(read('It was the last school year before the merger.', '2026-06-17')).toEqual([]);
    expect(
      read('In her last school year before retiring, she taught chemistry.', '2026-06-17'),
    ).toEqual([]);
    expect(read('This school-year calendar is final.', '2026-06-17')).toEqual([]);
  });
});
