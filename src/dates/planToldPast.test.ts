import { describe, expect, it } from 'vitest';
import { planToldPast } from './planToldPast.ts';
import { sentenceAround } from './tenseAround.ts';

/** planToldPast of the weekday `day` in `text`, with its sentence as readChrono passes it. */
function toldOf(text: string, day: string) {
  const start = text.indexOf(day);
  const end = start + day.length;
  return planToldPast(text, start, end, sentenceAround(text, start, end));
}

describe('planToldPast', () => {
  it("reads 'The plane was due to land on Tuesday' as a plan told in the past, but not when officials said so", () => {
    expect(toldOf('The plane was due to land on Tuesday.', 'Tuesday')).toBe('plan');
    expect(toldOf('The plane was due to land on Tuesday, officials said.', 'Tuesday')).toBe(
      undefined,
    );
  });

  it("reads no plan in 'A new world record was set on Thursday', a deed with no infinitive", () => {
    expect(toldOf('The strike was set to begin on Thursday.', 'Thursday')).toBe('plan');
    expect(toldOf('A new world record was set on Thursday.', 'Thursday')).toBe(undefined);
  });

  it("reads no plan in 'was due to arrive on Thursday but never did', whose day is gone by", () => {
    expect(toldOf('The convoy was due to arrive on Thursday but never did.', 'Thursday')).toBe(
      undefined,
    );
  });

  it("reads 'A verdict was expected on Friday' as an expectation and 'had been set to expire Friday' as a perfect plan", () => {
    expect(toldOf('A verdict was expected on Friday.', 'Friday')).toBe('expectation');
    expect(
      toldOf('A verdict was expected on Friday. The jury returned it after four hours.', 'Friday'),
    ).toBe(undefined);
    expect(toldOf('The offer had been set to expire Friday.', 'Friday')).toBe('perfect');
  });
});
