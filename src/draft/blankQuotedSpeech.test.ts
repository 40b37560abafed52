import { describe, expect, it } from 'vitest';
import { blankQuotedSpeech } from './blankQuotedSpeech.ts';

describe('blankQuotedSpeech', () => {
  it('blanks a quotation the date is not in, keeping every offset', () => {
    const text = '“Prices might fall,” the bank said on Tuesday.';
    const out = blankQuotedSpeech(text, text.indexOf('Tuesday'));
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('the bank said on Tuesday.');
  });

  it('keeps the quotation the date stands in', () => {
    const text = 'The coach said: “We could win on Sunday.”';
    expect(blankQuotedSpeech(text, text.indexOf('Sunday'))).toBe(text);
  });

  it('reads a sentence cut from its opening mark as quoted from its start', () => {
    const text = 'Rain may come,” the forecaster said on Monday.';
    expect(blankQuotedSpeech(text, text.indexOf('Monday')).trim()).toBe(
      'the forecaster said on Monday.',
    );
  });

  it('pairs straight quotation marks too', () => {
    const text = 'She wrote "it would be late" on Friday.';
    expect(blankQuotedSpeech(text, text.indexOf('Friday'))).not.toContain('would');
  });
});
