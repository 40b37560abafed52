import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a year that names a body', () => {
  it('reads no 1922 in "The 1922 Committee will meet on Wednesday evening to hear from the candidates"', () => {
    expect(
      read(
        'The 1922 Committee will meet on Wednesday evening to hear from the candidates.',
        '2026-10-14',
      ),
    ).toEqual([['on Wednesday evening = 2026-10-14'], ['Wednesday evening = 2026-10-14TEV']]);
  });

  it('reads no 1900 in "She is a member of the 1900 Club"', () => {
    expect(read('She is a member of the 1900 Club.', '2026-10-14')).toEqual([[], []]);
  });

  it('keeps the year of "The chairman of the 1922 committee resigned", the noun in lower case', () => {
    expect(read('The chairman of the 1922 committee resigned.', '2026-10-14')).toEqual([
      ['1922 = 1922'],
      ['1922 = 1922'],
    ]);
  });

  it('keeps the year of "Leaders met at the 2024 Group of Seven summit in Italy", the noun before "of"', () => {
    expect(read('Leaders met at the 2024 Group of Seven summit in Italy.', '2026-10-14')).toEqual([
      ['2024 = 2024'],
      ['2024 = 2024'],
    ]);
  });

  it('keeps the year of "Chelsea won the 2025 Club World Cup in the United States", a contest\'s edition', () => {
    expect(read('Chelsea won the 2025 Club World Cup in the United States.', '2026-06-17')).toEqual(
      [['2025 = 2025'], ['2025 = 2025']],
    );
    expect(read('Shares of the firm rose after the 2008 Group stage draw.', '2026-06-17')).toEqual([
      ['2008 = 2008'],
      ['2008 = 2008'],
    ]);
  });

  it('keeps the year of "In 1922 Committee members met in secret", no "the" before it', () => {
    expect(read('In 1922 Committee members met in secret.', '2026-10-14')).toEqual([
      ['1922 = 1922'],
      ['1922 = 1922'],
    ]);
  });
});
