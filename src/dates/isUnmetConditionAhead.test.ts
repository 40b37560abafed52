import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isUnmetConditionAhead } from './isUnmetConditionAhead.ts';

const JUNE_2026 = { published: '2026-06-10', locale: 'en-US' } as const;
const JULY_1990 = { published: '1990-07-16', locale: 'en-US' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('a date in a condition not met, with "would" after it', () => {
  it('reads "If he stayed in the job until March, he would earn a $2 million bonus", said on 10 June 2026, as 2027-03', () => {
    expect(
      values('If he stayed in the job until March, he would earn a $2 million bonus.', JUNE_2026),
    ).toEqual(['March = 2027-03', 'timeml: March = 2027-03']);
  });

  it('reads "If the strike lasted until October, the company would run out of parts", said on 16 July 1990, as 1990-10', () => {
    expect(
      values('If the strike lasted until October, the company would run out of parts.', JULY_1990),
    ).toEqual(['October = 1990-10', 'timeml: October = 1990-10']);
  });

  it('reads "If the agreement lapsed in March, the union warned, its members would walk out", said on 10 June 2026, as 2027-03', () => {
    expect(
      values(
        'If the agreement lapsed in March, the union warned, its members would walk out.',
        JUNE_2026,
      ),
    ).toEqual(['March = 2027-03', 'timeml: March = 2027-03']);
  });

  it('keeps the past of a clause of saying with no condition or with "would have" after it', () => {
    expect(
      values(
        'The contract expired in February, the union said, and workers walked out.',
        JUNE_2026,
      ),
    ).toEqual(['February = 2026-02', 'timeml: February = 2026-02']);
    expect(
      values(
        'If the talks collapsed in March, the minister said, fares would have risen.',
        JUNE_2026,
      ),
    ).toEqual(['March = 2026-03', 'timeml: March = 2026-03']);
    expect(
      isUnmetConditionAhead('If it lapsed in ', ', the union said, workers would strike.'),
    ).toBe(true);
  });

  it('keeps the past of "If the talks failed in March, the minister said, the airline would not have survived", said on 10 June 2026, as 2026-03', () => {
    expect(
      values(
        'If the talks failed in March, the minister said, the airline would not have survived.',
        JUNE_2026,
      ),
    ).toEqual(['March = 2026-03', 'timeml: March = 2026-03']);
    expect(
      isUnmetConditionAhead('If the strike lasted until ', ', the plant would not have closed.'),
    ).toBe(false);
  });

  it('keeps the past of "Had the talks lasted until May, the deal would have collapsed", said on 10 June 2026, as 2026-05', () => {
    expect(
      values('Had the talks lasted until May, the deal would have collapsed.', JUNE_2026),
    ).toEqual(['May = 2026-05', 'timeml: May = 2026-05']);
  });

  it('keeps the past of "If the strike lasted until May, the plant would have closed" and of a past perfect', () => {
    expect(
      values('If the strike lasted until May, the plant would have closed.', JUNE_2026),
    ).toEqual(['May = 2026-05', 'timeml: May = 2026-05']);
    expect(values('If he had stayed until March, he would be rich.', JUNE_2026)).toEqual([
      'March = 2026-03',
      'timeml: March = 2026-03',
    ]);
  });

  it('keeps a stay told in the past: "He stayed in the job until March, when he quit" is 2026-03', () => {
    expect(values('He stayed in the job until March, when he quit.', JUNE_2026)).toEqual([
      'March = 2026-03',
      'timeml: March = 2026-03',
    ]);
  });

  it('reads "If the measure were approved in March, hospitals would have to hire more nurses", said on 10 June 2026, as 2027-03', () => {
    expect(
      values(
        'If the measure were approved in March, hospitals would have to hire more nurses.',
        JUNE_2026,
      ),
    ).toEqual(['March = 2027-03', 'timeml: March = 2027-03']);
  });

  it('reads "If the merger closed in January, the company would not have to sell its Texas unit", said on 16 July 1990, as 1991-01', () => {
    expect(
      values(
        'If the merger closed in January, the company would not have to sell its Texas unit.',
        JULY_1990,
      ),
    ).toEqual(['January = 1991-01', 'timeml: January = 1991-01']);
  });

  it('keeps the past of "If the bill had passed in March, agencies would have had to publish rules", said on 10 June 2026, as 2026-03', () => {
    expect(
      values(
        'If the bill had passed in March, agencies would have had to publish rules.',
        JUNE_2026,
      ),
    ).toEqual(['March = 2026-03', 'timeml: March = 2026-03']);
  });

  it('asks for the condition and the main clause both', () => {
    expect(isUnmetConditionAhead('If he stayed until ', ', he would earn more.')).toBe(true);
    expect(isUnmetConditionAhead('If he stayed until ', ', he earned more.')).toBe(false);
    expect(isUnmetConditionAhead('He stayed until ', ', and he would earn more.')).toBe(false);
  });
});
