import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { ownedDeadlineAhead } from './ownedDeadlineAhead.ts';

// A Friday.
const MARCH_14 = { published: '2025-03-14', locale: 'en-US' } as const;
const day = (text: string) => findMentions(text, MARCH_14)[0]?.value;
const dayTimeml = (text: string) => findTimemlMentions(text, MARCH_14)[0]?.value;

describe('a day that owns a deadline', () => {
  it('reads the coming Wednesday in "Hamas has until Wednesday\'s deadline to respond", in both readings', () => {
    const text = "Hamas has until Wednesday's deadline to respond.";
    expect(day(text)).toBe('2025-03-19');
    expect(dayTimeml(text)).toBe('2025-03-19');
  });

  it('reads the coming day of an ultimatum a side faces', () => {
    expect(day("Russia has until Sunday's ultimatum to accept the truce.")).toBe('2025-03-16');
    expect(day("The militants face Wednesday's deadline to hand over their weapons.")).toBe(
      '2025-03-19',
    );
  });

  it('still reads a deadline met, missed or gone by as the day gone by', () => {
    expect(day("The warring sides ignored Monday's deadline for a ceasefire.")).toBe('2025-03-10');
    expect(day("Talks collapsed after Tuesday's deadline passed.")).toBe('2025-03-11');
  });

  it("leaves a day's event that is no deadline gone by", () => {
    expect(day("The council condemned Wednesday's attack.")).toBe('2025-03-12');
  });

  it('reads a deadline met, let lapse or passed in a past sentence as the day gone by', () => {
    expect(day("Wednesday's deadline was met, officials said.")).toBe('2025-03-12');
    expect(day("Russia let Sunday's ultimatum lapse without a reply.")).toBe('2025-03-09');
    expect(day("Hamas responded after Wednesday's ultimatum ran out.")).toBe('2025-03-12');
  });

  it("tells a deadline's own words only, after a word that holds or faces it", () => {
    expect(ownedDeadlineAhead('Hamas has until ', "'s deadline to respond.")).toBe(true);
    expect(ownedDeadlineAhead('Russia faces ', '’s ultimatum')).toBe(true);
    expect(ownedDeadlineAhead('Hamas has until ', ' deadline')).toBe(false);
    expect(ownedDeadlineAhead('Hamas has until ', "'s deadlines")).toBe(false);
    expect(ownedDeadlineAhead('Hamas has until ', "'s vote")).toBe(false);
    expect(ownedDeadlineAhead('Russia let ', "'s ultimatum lapse")).toBe(false);
  });
});
