import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isMonthAsSurname } from './isMonthAsSurname.ts';

// Wednesday 25 October 1989.
const PUBLISHED = { published: '1989-10-25', locale: 'en-US' } as const;
const both = (text: string) =>
  [findMentions(text, PUBLISHED), findTimemlMentions(text, PUBLISHED)].map((found) =>
    found.map((m) => `${m.text}=${m.value}`),
  );

describe('a month that is a surname', () => {
  it('reads no month in "Frederick March Jr., a director, resigned yesterday", said on 25 October 1989', () => {
    expect(both('Frederick March Jr., a director, resigned yesterday.')).toEqual([
      ['yesterday=1989-10-24'],
      ['yesterday=1989-10-24'],
    ]);
  });

  it('reads no month in "Chairman Frank March III said the bid was inadequate", said on 25 October 1989', () => {
    expect(both('Chairman Frank March III said the bid was inadequate.')).toEqual([[], []]);
  });

  it('still reads "By March Jr. officers had left", said on 25 October 1989, as 1989-03', () => {
    expect(both('By March Jr. officers had left.')).toEqual([['March=1989-03'], ['March=1989-03']]);
  });

  it('still reads "Sales rose in March, Smith Jr. said", said on 25 October 1989, as 1989-03', () => {
    expect(both('Sales rose in March, Smith Jr. said.')).toEqual([
      ['March=1989-03'],
      ['March=1989-03'],
    ]);
  });

  it('tells "March" in "Frederick March Jr. resigned" for a surname', () => {
    expect(isMonthAsSurname('Frederick March Jr. resigned.', 10, 15)).toBe(true);
  });

  it('keeps "March" in "Frederick March resigned", with no suffix after it, for a month', () => {
    expect(isMonthAsSurname('Frederick March resigned.', 10, 15)).toBe(false);
  });

  it('keeps "March" in "In March Jr. staff left", with no given name before it, for a month', () => {
    expect(isMonthAsSurname('In March Jr. staff left.', 3, 8)).toBe(false);
  });
});
