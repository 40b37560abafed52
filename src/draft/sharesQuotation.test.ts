import { describe, expect, it } from 'vitest';
import { sharesQuotation } from './sharesQuotation.ts';

describe('sharesQuotation', () => {
  it('finds the same quoted words inside a longer quotation, in curly or straight marks', () => {
    expect(
      sharesQuotation(
        'The Kremlin described the talks as "useful and constructive," focusing on Ukraine.',
        'Ushakov said they had a “useful and constructive conversation” on Ukraine.',
      ),
    ).toBe(true);
  });

  it('does not count quotations of one content word, or the same words outside quotation marks', () => {
    expect(sharesQuotation('He said it was “very soon”.', 'She said “soon”.')).toBe(false);
    expect(
      sharesQuotation(
        'The talks were useful and constructive.',
        'Ushakov called them “useful and constructive”.',
      ),
    ).toBe(false);
  });

  it('does not join different quotations that share a word', () => {
    expect(
      sharesQuotation('He called it “great progress”.', 'She called it “slow progress”.'),
    ).toBe(false);
  });
});
