import { describe, expect, it } from 'vitest';
import { describeDerivation } from './describeDerivation.ts';

describe('describeDerivation', () => {
  it('quotes the expression and passes the explanation on for a date read from the text', () => {
    const described = describeDerivation({
      kind: 'text',
      source: '000',
      expression: 'Wednesday',
      start: 0,
      end: 9,
      anchor: { kind: 'published', date: '2025-08-07' },
      explanation: '"Wednesday", in an article published Thu 7 Aug 2025 → Wed 6 Aug 2025',
    });
    expect(described.label).toBe(
      'From the words “Wednesday”, read against the article’s publication date',
    );
    expect(described.text).toContain('→ Wed 6 Aug 2025');
  });

  it('names another event as the anchor when the date counts from it', () => {
    const described = describeDerivation({
      kind: 'text',
      source: '001',
      expression: 'eight months before',
      start: 0,
      end: 19,
      anchor: { kind: 'event', event: 'geneva', value: '2021-06' },
      explanation: 'x',
    });
    expect(described.label).toContain('the date of another event (2021-06)');
  });

  it('says an editor set the date and gives the reason', () => {
    expect(describeDerivation({ kind: 'editorial', reason: 'Same day as the meeting.' })).toEqual({
      label: 'Set by an editor',
      text: 'Same day as the meeting.',
    });
  });
});
