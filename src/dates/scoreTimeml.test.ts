import { describe, expect, it } from 'vitest';
import { readTimeml } from './readTimeml.ts';
import { prf, scoreTimeml } from './scoreTimeml.ts';

const doc = readTimeml(
  '<DCT><TIMEX3 value="2000-01-07"/></DCT><TEXT>He left <TIMEX3 tid="t1" type="DATE" value="2000-01-05">Wednesday</TIMEX3> and <TIMEX3 tid="t2" type="DATE" value="2000-W02">this week</TIMEX3>.</TEXT>',
);
const cases = [{ id: 'd', document: doc }];
const at = (words: string) => doc.text.indexOf(words);

describe('scoreTimeml', () => {
  it('counts an overlap as a relaxed match but only the same span as strict', () => {
    const score = scoreTimeml(cases, () => [
      { start: at('left Wednesday'), end: at(' and'), type: 'DATE', value: '2000-01-05' },
    ]);
    expect(score.relaxed).toEqual({ right: 1, found: 1, gold: 2 });
    expect(score.strict.right).toBe(0);
    expect(score.value.right).toBe(1);
  });

  it('scores values and types over relaxed matches, with P over found and R over gold', () => {
    const score = scoreTimeml(cases, () => [
      { start: at('Wednesday'), end: at(' and'), type: 'DATE', value: '2000-01-12' },
      { start: at('this week'), end: at('.'), type: 'DATE', value: '2000-W02' },
      { start: at('He'), end: at(' left'), type: 'DATE', value: 'PRESENT_REF' },
    ]);
    expect(prf(score.value)).toEqual({ p: 1 / 3, r: 1 / 2, f1: 0.4 });
    expect(score.type.right).toBe(2);
    expect(score.misses.map((m) => m.text)).toEqual(['Wednesday']);
    expect(score.extras.map((e) => e.text)).toEqual(['He']);
  });

  it('pairs each found mention with one gold expression at most', () => {
    const score = scoreTimeml(cases, () => [
      { start: at('Wednesday'), end: at('.'), type: 'DATE', value: '2000-01-05' },
    ]);
    expect(score.relaxed.right).toBe(1);
  });
});
