import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '2026-10-14', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('the year to a month of a written year', () => {
  it('reads "in the year to March 2025" as that month, not a year after publication', () => {
    const text = 'Net migration fell in the year to March 2025, the ONS said.';
    expect(read(text)).toEqual(['March 2025 = 2025-03']);
    expect(readTimeml(text)).toEqual(['the year = P1Y', 'March 2025 = 2025-03']);
  });

  it('reads a year ahead alike', () => {
    expect(read('The builder expects to deliver 14,000 homes in the year to June 2027.')).toEqual([
      'June 2027 = 2027-06',
    ]);
  });

  it('leaves a month with no year and "over the year to" as they were read', () => {
    expect(read('Food inflation eased to 3.2% in the year to October.')).toEqual([
      'October = 2026-10',
    ]);
    expect(read('Prices rose over the year to June 2025.')).toEqual(['June 2025 = 2025-06']);
  });
});
