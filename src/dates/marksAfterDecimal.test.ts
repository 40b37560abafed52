import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { MARKS_AFTER_DECIMAL } from './marksAfterDecimal.ts';

// A Thursday.
const FEB_20_1997 = { published: '1997-02-20', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, FEB_20_1997).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, FEB_20_1997).map((m) => [m.text, m.value] as const);

describe('"marks" after a figure with decimals, the currency', () => {
  it('reads "The dollar closed at 1.6850 marks Wednesday" as the Wednesday gone by', () => {
    const text = 'The dollar closed at 1.6850 marks Wednesday.';
    expect(news(text)).toEqual([['Wednesday', '1997-02-19']]);
    expect(timeml(text)).toEqual([['Wednesday', '1997-02-19']]);
  });

  it('reads "The dollar fell to 1.45 marks on Wednesday" as the Wednesday gone by', () => {
    const text = 'The dollar fell to 1.45 marks on Wednesday.';
    expect(news(text)).toEqual([['on Wednesday', '1997-02-19']]);
    expect(timeml(text)).toEqual([['Wednesday', '1997-02-19']]);
  });

  it('leaves "marks" a verb of schedule after a figure of a name, a version of one place, no figure', () => {
    expect(news('Apollo 11 marks its anniversary on Tuesday.')).toEqual([
      ['on Tuesday', '1997-02-25'],
    ]);
    expect(timeml('The ceremony marks Wednesday.')).toEqual([['Wednesday', '1997-02-26']]);
    expect(timeml('Windows 4.1 marks Friday as its release date.')).toEqual([
      ['Friday', '1997-02-21'],
    ]);
    expect(new RegExp(MARKS_AFTER_DECIMAL).test('Apollo 11 marks')).toBe(false);
    expect(new RegExp(MARKS_AFTER_DECIMAL).exec('at 1.45 marks')?.index).toBe(8);
  });
});
