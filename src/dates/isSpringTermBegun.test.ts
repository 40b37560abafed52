import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSpringTermBegun } from './isSpringTermBegun.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

describe('a spring term begun in January', () => {
  it('reads "The spring term began online", said on 2 February 2026, as 2026-SP', () => {
    const text = 'The spring term began online, officials said.';
    expect(read(text, '2026-02-02')).toContain('The spring term = 2026-SP');
    expect(readTimeml(text, '2026-02-02')).toContain('The spring term = 2026-SP');
  });

  it('reads "The spring semester started last week", said on 28 January 2025, as 2025-SP', () => {
    expect(read('The spring semester started last week at most campuses.', '2025-01-28')).toContain(
      'The spring semester = 2025-SP',
    );
  });

  it('keeps "The spring term ended in May", said in September, as that year\'s', () => {
    expect(read('The spring term ended in May.', '2026-09-20')).toContain(
      'The spring term = 2026-SP',
    );
  });

  it('keeps "last spring term", "the fall semester" and a bare "spring" in February as gone by', () => {
    expect(read('Enrollment fell last spring term.', '2026-02-02')).toContain(
      'last spring term = 2025-SP',
    );
    expect(read('The fall semester began with fewer students.', '2026-02-02')).toContain(
      'The fall semester = 2025-FA',
    );
    expect(read('Crops suffered in the spring, farmers said.', '2026-02-02')).toContain(
      'the spring = 2025-SP',
    );
  });

  it('tells a spring term only in January and February', () => {
    expect(isSpringTermBegun('SP', '2026-01-10', ' began online')).toBe(true);
    expect(isSpringTermBegun('SP', '2026-02-28', ' of the legislature opened')).toBe(true);
    expect(isSpringTermBegun('SP', '2026-09-20', ' began online')).toBe(false);
    expect(isSpringTermBegun('FA', '2026-02-02', ' began online')).toBe(false);
  });

  it('keeps "The spring term ended badly, officials said", said on 2 February 2026, as 2025-SP', () => {
    expect(read('The spring term ended badly, officials said.', '2026-02-02')).toContain(
      'The spring term = 2025-SP',
    );
    expect(isSpringTermBegun('SP', '2026-02-02', ' ended badly')).toBe(false);
  });
});
