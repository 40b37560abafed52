import { describe, expect, it } from 'vitest';
import { DOTTED_CLOCK_BEFORE_ZONE } from './dottedClockBeforeZone.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Thursday.
const JUNE_26 = { published: '2025-06-26', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, JUNE_26).map((m) => [m.text, m.value] as const);

describe('a clock with a stop before its zone', () => {
  it('reads "at 04.17 local time" as the time it names, in both readings', () => {
    const text = 'The quake struck at 04.17 local time.';
    expect(read(text)).toEqual([['at 04.17 local time', '2025-06-26T04:17']]);
    expect(findTimemlMentions(text, JUNE_26).map((m) => [m.text, m.value])).toEqual([
      ['04.17 local time', '2025-06-26T04:17'],
    ]);
  });

  it('reads a dotted clock before GMT and one before a zone and its day', () => {
    expect(read('The blast happened at 14.30 GMT.')).toEqual([
      ['at 14.30 GMT', '2025-06-26T14:30'],
    ]);
    expect(read('The quake struck at 23.40 local time on Sunday.')).toEqual([
      ['at 23.40 local time on Sunday', '2025-06-22T23:40'],
    ]);
  });

  it('reads no clock in a figure with a stop that no zone follows, nor in an hour past 23', () => {
    expect(read('The index rose 12.30 points on Thursday.')).toEqual([
      ['on Thursday', '2025-06-26'],
    ]);
    expect('a rise of 27.30 GMT'.match(DOTTED_CLOCK_BEFORE_ZONE)).toBeNull();
    expect('prices of 1.250 GMT'.match(DOTTED_CLOCK_BEFORE_ZONE)).toBeNull();
    expect('at 4.17 local time'.match(DOTTED_CLOCK_BEFORE_ZONE)).toEqual(['4.17']);
  });

  it('reads no clock in an amount changed, though a zone follows it', () => {
    expect(read('Shares closed up 3.50 ET after the report.')).toEqual([]);
    expect('the rate fell 1.25 GMT'.match(DOTTED_CLOCK_BEFORE_ZONE)).toBeNull();
  });
});
