import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { overnightBeforeDay } from './overnightBeforeDay.ts';

const US = { published: '2025-03-05', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.type]);

describe('overnight before the day it falls on', () => {
  it('finds where the night word opens before the day', () => {
    expect(overnightBeforeDay('Drones struck overnight on Tuesday.', 27, 34)).toBe(14);
    expect(overnightBeforeDay('Drones struck overnight Tuesday.', 24, 31)).toBe(14);
    expect(overnightBeforeDay('Snow fell overnight Monday into Tuesday.', 20, 26)).toBeUndefined();
  });

  it.each([
    ['Russia launched 120 drones overnight Tuesday.', 'overnight Tuesday', '2025-03-04TNI'],
    [
      'The army said it shot down drones overnight on Monday.',
      'overnight on Monday',
      '2025-03-03TNI',
    ],
    ['Overnight Sunday, shelling hit the port.', 'Overnight Sunday', '2025-03-02TNI'],
    ['Troops will stage drills overnight Friday.', 'overnight Friday', '2025-03-07TNI'],
  ])('reads %j as the night of that day in TimeML mode', (text, words, value) => {
    expect(read(findTimemlMentions(text, US))).toEqual([[words, value, 'TIME']]);
  });

  it('keeps the day alone in the news reading', () => {
    expect(read(findMentions('Russia launched 120 drones overnight Tuesday.', US))).toEqual([
      ['Tuesday', '2025-03-04', 'DATE'],
    ]);
  });

  it('does not read an overnight thing as the night', () => {
    expect(read(findTimemlMentions('He took an overnight Tuesday flight to Kyiv.', US))).toEqual([
      ['Tuesday', '2025-03-04', 'DATE'],
    ]);
  });

  it('does not take the night of the first day of "overnight Monday into Tuesday"', () => {
    expect(read(findTimemlMentions('Snow fell overnight Monday into Tuesday.', US))).toEqual([
      ['Monday', '2025-03-03', 'DATE'],
      ['Tuesday', '2025-03-04', 'DATE'],
    ]);
  });
});
