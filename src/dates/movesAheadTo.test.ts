import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { movesAheadTo } from './movesAheadTo.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const;
const valueOf = (text: string, words: string) =>
  findMentions(text, MARCH).find((m) => m.text === words)?.value;

describe('movesAheadTo', () => {
  it('reads a month attention turns to in the present as the coming one, as a month put off to', () => {
    const putOff = valueOf('The vote was postponed to June.', 'June');
    expect(putOff).toBe(`${MARCH.published.slice(0, 4)}-06`);
    expect(valueOf('Attention turns to June.', 'June')).toBe(putOff);
    expect(valueOf('Focus now shifts to June, when the vote is held.', 'June')).toBe(putOff);
    expect(valueOf('Sales rose in June.', 'June')).not.toBe(putOff);
  });

  it('finds attention turning or a thing put off right before the date, and nothing else', () => {
    const at = (text: string, words: string) => movesAheadTo(text, text.indexOf(words));
    expect(at('All eyes turn to the June 5 vote.', 'June')).toBe(true);
    expect(at('The vote was delayed to late May.', 'May')).toBe(true);
    expect(at('Voters turned to May in droves.', 'May')).toBe(false);
    expect(at('The budget goes to June.', 'June')).toBe(false);
  });

  it('does not look ahead to a month whose figures are due, as those count a month gone by', () => {
    const gone = valueOf('Sales rose in January.', 'January');
    expect(valueOf('Attention turns to January trade figures, due Thursday.', 'January')).toBe(
      gone,
    );
    const at = (text: string, words: string) => movesAheadTo(text, text.indexOf(words));
    for (const [text, month] of [
      ["Investors' focus turns to November trade data.", 'November'],
      ['Attention turns to June payrolls.', 'June'],
      ['Focus shifts to May inflation, due Friday.', 'May'],
      ["Attention turns to June's jobs report.", 'June'],
    ] as const) {
      expect(at(text, month), text).toBe(false);
    }
    expect(at('Attention turns to the June 5 vote.', 'June')).toBe(true);
  });

  it('does not look ahead to a month followed by a capitalised word, a name', () => {
    const at = (text: string, words: string) => movesAheadTo(text, text.indexOf(words));
    expect(at('Attention turns to June Smith, the new coach.', 'June')).toBe(false);
    expect(valueOf('Attention turns to June Smith, the new coach.', 'June')).toBe(
      valueOf('Sales rose in June.', 'June'),
    );
    expect(at('Attention turns to June, when the vote is held.', 'June')).toBe(true);
    expect(at('Focus now shifts to late May.', 'late')).toBe(true);
    expect(at('Focus now shifts to late May.', 'May')).toBe(true);
  });
});
