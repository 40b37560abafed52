import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { endsInPresentState } from './endsInPresentState.ts';

// Wednesday 5 November 2025: the coming Saturday is the 8th, the one gone by the 1st.
const WEDNESDAY = { published: '2025-11-05', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, WEDNESDAY).find((m) => m.text.replace(/^on\s+/, '') === words)?.value;

describe('a present of state set for a bare weekday', () => {
  it.each([
    ['The curfew is in effect Saturday, the mayor said.', 'Saturday', '2025-11-08'],
    ['The road is closed Saturday for the marathon.', 'Saturday', '2025-11-08'],
    ['Parking is free Saturday at all city garages.', 'Saturday', '2025-11-08'],
    ['The bridge is shut to traffic Sunday while crews repaint it.', 'Sunday', '2025-11-09'],
    ['Trash pickup is delayed a day Thursday because of the holiday.', 'Thursday', '2025-11-06'],
    ['Metro service is suspended Sunday on the Red Line.', 'Sunday', '2025-11-09'],
    ['The lanes are closed Saturday and Sunday for resurfacing.', 'Sunday', '2025-11-09'],
  ])('reads "%s" as the coming day', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads the coming day in TimeML mode too', () => {
    const found = findTimemlMentions('The curfew is in effect Saturday.', WEDNESDAY);
    expect(found.map((m) => [m.text, m.value])).toEqual([['Saturday', '2025-11-08']]);
  });

  it.each([
    ['The road was closed Saturday after the crash.', 'Saturday', '2025-11-01'],
    ['The curfew was in effect Saturday as crowds gathered downtown.', 'Saturday', '2025-11-01'],
    ['The road is still closed after a sinkhole opened Saturday.', 'Saturday', '2025-11-01'],
    ['The road is closed Saturday as crews cleared the wreckage.', 'Saturday', '2025-11-01'],
    ['The case is closed Friday when the jury returned its verdict.', 'Friday', '2025-10-31'],
  ])('leaves "%s" the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('does not take a state with another verb after it for one set for the day', () => {
    expect(endsInPresentState('The road is closed after a sinkhole opened ')).toBe(false);
    expect(endsInPresentState('The museum is closed to visitors ')).toBe(true);
  });
});
