import { describe, expect, it } from 'vitest';
import { monthOpensModalClause, monthPairBefore, pairedMayAfter } from './monthPair.ts';

describe('monthPair', () => {
  it("pairs 'February' with 'January' in 'Buyers who sat out January and February are coming back', but not 'January' that opens 'January will bring another rise'", () => {
    expect(
      monthPairBefore('February', 'Buyers who sat out January and ', ' are coming back'),
    ).not.toBeNull();
    expect(
      monthPairBefore(
        'January',
        'Heating bills jumped in November and ',
        ' will bring another rise',
      ),
    ).toBeNull();
  });

  it("reads 'January should see a rebound' after 'slumped in November and' as a clause of its own looking ahead, but not 'January should have' nor a lower-case 'march and'", () => {
    expect(
      monthOpensModalClause('January', 'Exports slumped in November and ', ' should see a rebound'),
    ).toBe(true);
    expect(
      monthOpensModalClause('January', 'Exports slumped in November and ', ' should have risen'),
    ).toBe(false);
    expect(monthOpensModalClause('May', 'they will march and ', ' should see a rebound')).toBe(
      false,
    );
  });

  it("measures ' and May' after 'January' in 'rose between January and May', but nothing when that May opens 'May will bring more'", () => {
    const paired = 'Exports rose between January and May.';
    const at = paired.indexOf('January');
    expect(pairedMayAfter(paired, at, at + 'January'.length)).toBe(' and May'.length);
    const own = 'Exports rose in January and May will bring more.';
    const from = own.indexOf('January');
    expect(pairedMayAfter(own, from, from + 'January'.length)).toBe(0);
  });
});
