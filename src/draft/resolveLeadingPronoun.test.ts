import { describe, expect, it } from 'vitest';
import { resolveLeadingPronoun } from './resolveLeadingPronoun.ts';

describe('resolveLeadingPronoun', () => {
  it('names the person named most often before the passage in place of he or she', () => {
    const before =
      'Mayor John Smith spoke first. John Smith thanked the builders. The crowd cheered for Victor Hugo.';
    expect(
      resolveLeadingPronoun('She opened the new library', 'She opened the new library.', before),
    ).toBe('John Smith opened the new library');
  });

  it('names a person the passage itself names beside the title first', () => {
    expect(
      resolveLeadingPronoun(
        'He has not yet visited Rome',
        'Though he has not yet visited Rome, Maria Lopez has been to Milan twice.',
        'Angela Merkel spoke.',
      ),
    ).toBe('Maria Lopez has not yet visited Rome');
  });

  it('makes his or her the person’s possessive', () => {
    expect(
      resolveLeadingPronoun(
        'His team won the final',
        'His team won the final.',
        'Coach Maria Lopez smiled.',
      ),
    ).toBe('Maria Lopez’s team won the final');
  });

  it('keeps the title when no person is named, or it opens on another word', () => {
    expect(
      resolveLeadingPronoun('He resigned', 'He resigned.', 'The board met in the morning.'),
    ).toBe('He resigned');
    expect(
      resolveLeadingPronoun('They signed the deal', 'They signed.', 'Maria Lopez smiled.'),
    ).toBe('They signed the deal');
    expect(resolveLeadingPronoun('Helen Clark resigned', 'x', 'Maria Lopez smiled.')).toBe(
      'Helen Clark resigned',
    );
  });
});
