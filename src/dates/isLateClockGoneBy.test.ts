import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isLateClockGoneBy } from './isLateClockGoneBy.ts';

const NOVEMBER_4 = { published: '2026-11-04', locale: 'en-US' } as const; // a Wednesday
const JULY_6 = { published: '2026-07-06', locale: 'en-GB' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('a late clock told in the past with no day named', () => {
  it('reads "The mayor conceded shortly after 11 p.m. as the last precincts reported", said on 4 November 2026, as 2026-11-03T23:00', () => {
    expect(
      values(
        'The mayor conceded shortly after 11 p.m. as the last precincts reported.',
        NOVEMBER_4,
      ),
    ).toEqual(['11 p.m. = 2026-11-03T23:00', 'timeml: 11 p.m. = 2026-11-03T23:00']);
  });

  it('reads "Police were called just before 11.30pm", said on 6 July 2026, as 2026-07-05T23:30', () => {
    expect(
      values('Police were called just before 11.30pm after reports of a disturbance.', JULY_6),
    ).toEqual(['11.30pm = 2026-07-05T23:30', 'timeml: 11.30pm = 2026-07-05T23:30']);
  });

  it('keeps an early clock, a late one told ahead and one on a day named', () => {
    expect(
      values('The quake struck shortly after 3 a.m., when most people were asleep.', NOVEMBER_4),
    ).toEqual(['3 a.m. = 2026-11-04T03:00', 'timeml: 3 a.m. = 2026-11-04T03:00']);
    expect(values('The vote is expected shortly after 11 p.m.', NOVEMBER_4)).toEqual([
      '11 p.m = 2026-11-04T23:00',
      'timeml: 11 p.m = 2026-11-04T23:00',
    ]);
    expect(values('The council met on Tuesday and the vote came at 11 p.m.', NOVEMBER_4)).toEqual([
      'on Tuesday = 2026-11-03',
      'at 11 p.m = 2026-11-03T23:00',
      'timeml: Tuesday = 2026-11-03',
      'timeml: 11 p.m = 2026-11-03T23:00',
    ]);
    expect(values('Polls closed at 10 p.m.', NOVEMBER_4)).toEqual([
      'at 10 p.m = 2026-11-04T22:00',
      'timeml: 10 p.m = 2026-11-04T22:00',
    ]);
    expect(values('The meeting ended at 4 p.m.', NOVEMBER_4)).toEqual([
      'at 4 p.m = 2026-11-04T16:00',
      'timeml: 4 p.m = 2026-11-04T16:00',
    ]);
  });

  it('reads "The fire broke out at about 11:45 p.m. in a vacant warehouse", said on 4 November 2026, as 2026-11-03T23:45', () => {
    expect(
      values('The fire broke out at about 11:45 p.m. in a vacant warehouse.', NOVEMBER_4),
    ).toEqual(['at about 11:45 p.m. = 2026-11-03T23:45', 'timeml: 11:45 p.m. = 2026-11-03T23:45']);
  });

  it('reads "Police were called to the flat at around 11.15pm", said on 6 July 2026, as 2026-07-05T23:15', () => {
    expect(values('Police were called to the flat at around 11.15pm.', JULY_6)).toEqual([
      'around 11.15pm = 2026-07-05T23:15',
      'timeml: around 11.15pm = 2026-07-05T23:15',
    ]);
  });

  it('keeps a reckoned clock told ahead, before 10 p.m. or on a day named', () => {
    expect(values('Rescuers will resume the search at about 11 p.m.', NOVEMBER_4)).toEqual([
      'at about 11 p.m = 2026-11-04T23:00',
      'timeml: 11 p.m = 2026-11-04T23:00',
    ]);
    expect(values('Polls closed at about 9 p.m.', NOVEMBER_4)).toEqual([
      'at about 9 p.m = 2026-11-04T21:00',
      'timeml: 9 p.m = 2026-11-04T21:00',
    ]);
    expect(values('The quake struck Sunday at about 10:30 p.m.', NOVEMBER_4)).toEqual([
      'Sunday = 2026-11-01',
      'at about 10:30 p.m = 2026-11-01T22:30',
      'timeml: Sunday = 2026-11-01',
      'timeml: 10:30 p.m = 2026-11-01T22:30',
    ]);
  });

  it('takes the late evening from 9 p.m., a past and "shortly after" or "just before" only', () => {
    expect(isLateClockGoneBy('T21:00', 'past', 'shortly after ')).toBe(true);
    expect(isLateClockGoneBy('T20:59', 'past', 'shortly after ')).toBe(false);
    expect(isLateClockGoneBy('T23:00', 'future', 'shortly after ')).toBe(false);
    expect(isLateClockGoneBy('T22:00', 'past', 'Polls closed at ')).toBe(false);
    expect(isLateClockGoneBy('T22:00', 'past', 'struck at about ')).toBe(true);
    expect(isLateClockGoneBy('T21:45', 'past', 'struck at about ')).toBe(false);
  });
});
