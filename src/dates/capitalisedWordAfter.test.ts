import { describe, expect, it } from 'vitest';
import { capitalisedWordAfter } from './capitalisedWordAfter.ts';

describe('capitalisedWordAfter', () => {
  it("finds the capitalised word after 'Daily' in 'the Daily Mail', and none after 'daily' in 'the daily briefing'", () => {
    expect(capitalisedWordAfter('the Daily Mail', 'the Daily'.length)).toBe(true);
    expect(capitalisedWordAfter('the daily briefing', 'the daily'.length)).toBe(false);
    expect(capitalisedWordAfter('checked Daily, the firm said', 'checked Daily'.length)).toBe(
      false,
    );
  });

  it("finds no name going on after 'Weekly' in 'Claims Rise Weekly As Layoffs Mount', 'As' being a headline's function word", () => {
    const text = 'Jobless Claims Rise Weekly As Layoffs Mount';
    expect(capitalisedWordAfter(text, text.indexOf(' As'))).toBe(false);
  });
});
