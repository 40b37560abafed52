import { describe, expect, it } from 'vitest';
import { DEADLINE_GONE_AFTER, DEADLINE_GONE_APPOSED_BEFORE } from './deadlineNoun.ts';

describe('a deadline gone by', () => {
  it('reads "Friday\'s deadline passed" as a deadline gone by', () => {
    expect(DEADLINE_GONE_AFTER.test("'s deadline passed quietly")).toBe(true);
  });

  it('reads "The November deadline was missed by most councils" as a deadline gone by', () => {
    expect(DEADLINE_GONE_AFTER.test(' deadline was missed by most councils.')).toBe(true);
    expect(DEADLINE_GONE_AFTER.test("'s deadline was not met.")).toBe(true);
    expect(DEADLINE_GONE_AFTER.test(' deadline was extended.')).toBe(false);
  });

  it('does not read a deadline that still looms as gone by', () => {
    expect(DEADLINE_GONE_AFTER.test("'s deadline looms")).toBe(false);
  });

  it('reads "Officials missed the deadline, Saturday," as a deadline gone by', () => {
    expect(DEADLINE_GONE_APPOSED_BEFORE.test('Officials missed the deadline, ')).toBe(true);
  });

  it('does not read "racing to beat the deadline, Friday," as gone by', () => {
    expect(DEADLINE_GONE_APPOSED_BEFORE.test('racing to beat the deadline, ')).toBe(false);
  });
});
