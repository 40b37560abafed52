import { describe, expect, it } from 'vitest';
import { dayEventAwaited } from './dayEventAwaited.ts';

// Wednesday, Aug. 6, 2025: the Friday ahead is nearer than the one gone by, the Monday gone by
// nearer than the one ahead.
const WEDNESDAY = '2025-08-06';
const MONDAY = 1;
const FRIDAY = 5;

describe('the event a day owns, awaited or gone by', () => {
  it('reads "ahead of Friday\'s jobs report" as awaited, "will study Monday\'s attack" not', () => {
    expect(dayEventAwaited('Stocks rose ahead of ', "'s jobs report.", FRIDAY, WEDNESDAY)).toBe(
      true,
    );
    expect(dayEventAwaited('They will study ', "'s attack.", MONDAY, WEDNESDAY)).toBe(false);
  });

  it('reads an expected event as awaited only when its weekday ahead is the nearer', () => {
    expect(
      dayEventAwaited('We expect ', "'s meeting to give some impetus.", FRIDAY, WEDNESDAY),
    ).toBe(true);
    expect(dayEventAwaited('Analysts expect ', "'s selloff to continue.", MONDAY, WEDNESDAY)).toBe(
      false,
    );
  });
});
