import { describe, expect, it } from 'vitest';
import { isDeedObjectBy } from './isDeedObjectBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 14 October 2026.
const WEDNESDAY = { published: '2026-10-14', locale: 'en-US' } as const;
const last = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).at(-1)?.value);

describe('a past deed with its object between it and "by" is done by a day gone by', () => {
  it.each([
    ['Power was restored to most customers by 6 p.m. on Monday.', '2026-10-12T18:00'],
    ['Crews restored power to most homes by Monday.', '2026-10-12'],
    ['Crews restored power by Monday.', '2026-10-12'],
    ['Power was restored to 90% of customers by Monday.', '2026-10-12'],
    ['The blaze was brought under control by Monday.', '2026-10-12'],
    ['The union submitted its pay claim to the employer by Friday.', '2026-10-09'],
    ['Power was restored to most customers by Monday, the utility said.', '2026-10-12'],
    ['National Grid reduced demand by 2GW by 6pm on Tuesday.', '2026-10-13T18:00'],
    ['Power was restored to 95% of homes in the county by Tuesday.', '2026-10-13'],
    ['Service was back to normal by Monday.', '2026-10-12'],
    ['The plant was back online by Tuesday.', '2026-10-13'],
    ['Union leaders presented the offer to members by Monday.', '2026-10-12'],
  ])('reads "%s" as %s in both readings', (text, value) => {
    expect(last(text)).toEqual([value, value]);
  });

  it.each([
    ['The council ordered residents out by Monday.', '2026-10-19'],
    ['The union gave the company a deadline by Monday.', '2026-10-19'],
    ['Crews hoped to restore power to most homes by Monday.', '2026-10-19'],
    ['The utility said crews will have restored power to most homes by Monday.', '2026-10-19'],
    ['Customers who paid their bills by Friday will get a discount.', '2026-10-16'],
    ['The company promised a decision on the plant by Friday.', '2026-10-16'],
    ['Officials said power would be restored to most customers by Friday.', '2026-10-16'],
    ['Ministers set out plans to cut bills by Friday.', '2026-10-16'],
    ['Officials said service would be back to normal by Monday.', '2026-10-19'],
    ['Managers met staff to discuss rotas by Friday.', '2026-10-16'],
    ['Hospitals need more nurses by Friday.', '2026-10-16'],
    ['The union insisted management improve the offer by Friday.', '2026-10-16'],
    ['The law was changed so landlords register by Friday.', '2026-10-16'],
    ['Residents were ordered out of their homes by Monday.', '2026-10-19'],
  ])('does not fire on "%s" (the day to come, %s)', (text, value) => {
    expect(last(text)).toEqual([value, value]);
  });

  it('asks only the words before the date', () => {
    expect(isDeedObjectBy('Crews restored power to most homes by ')).toBe(true);
    expect(isDeedObjectBy('Crews restored power to most homes by the ')).toBe(true);
    expect(isDeedObjectBy('The affected homes by ')).toBe(false);
    expect(isDeedObjectBy('Crews have restored power to most homes by ')).toBe(false);
  });
});
