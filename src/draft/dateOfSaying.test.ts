import { describe, expect, it } from 'vitest';
import { isDateOfSaying } from './dateOfSaying.ts';

describe('isDateOfSaying', () => {
  it('finds the date that only says when words were said or put out', () => {
    expect(isDateOfSaying('…, union officials said ', 'on Wednesday', '.')).toBe(true);
    expect(isDateOfSaying('…, police said ', 'Tuesday', '.')).toBe(true);
    expect(isDateOfSaying('…, according to a statement released ', 'Monday', '.')).toBe(true);
  });

  it('leaves a date of what happened, and a saying that goes on to tell more', () => {
    expect(isDateOfSaying('Dock workers struck ', 'on March 3-5', ', halting all shipping')).toBe(
      false,
    );
    expect(isDateOfSaying('Apple said ', 'on Monday', ' that Jobs would take leave.')).toBe(false);
  });
});
