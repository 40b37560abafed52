import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);

describe('isZoneConversion', () => {
  it("keeps the story on the local day after a clock restated in GMT on the day before ('at 6:42 a.m. local time (2242 GMT Friday)')", () => {
    expect(
      read(
        'The eruption began at 6:42 a.m. local time (2242 GMT Friday). Smaller blasts followed in the afternoon.',
        '2018-05-05',
      ),
    ).toEqual([
      ['at 6:42 a.m. local time', '2018-05-05T06:42'],
      ['2242 GMT Friday', '2018-05-04T22:42'],
      ['the afternoon', '2018-05-05'],
    ]);
    expect(
      read(
        'The ferry sank at 2:15 a.m. (1815 GMT Thursday). Rescuers arrived in the afternoon.',
        '2009-08-07',
      ),
    ).toContainEqual(['the afternoon', '2009-08-07']);
  });

  it('still moves the story to a day named in parentheses that restates no clock', () => {
    expect(
      read(
        'The ferry left port at 9 p.m. (the crew had sailed on Thursday). Rescuers arrived in the afternoon.',
        '2009-08-07',
      ),
    ).toContainEqual(['the afternoon', '2009-08-06']);
  });

  it("moves the story to the local day in parentheses after a GMT clock ('landed at 1555 GMT (11:55 a.m. EDT Thursday)')", () => {
    expect(
      read(
        'Discovery landed at 1555 GMT (11:55 a.m. EDT Thursday). Engineers inspected the tiles in the afternoon.',
        '2009-08-07',
      ),
    ).toEqual([
      ['1555 GMT', '2009-08-07T15:55'],
      ['11:55 a.m. EDT Thursday', '2009-08-06T11:55'],
      ['the afternoon', '2009-08-06'],
    ]);
    expect(
      read(
        'The quake struck at 0342 GMT (11:42 a.m. local time Sunday). Aftershocks continued through the afternoon.',
        '2018-05-07',
      ),
    ).toContainEqual(['the afternoon', '2018-05-06']);
  });

  it("moves the story to the local day of a clock told with no day when its zone time in parentheses names one ('The launch was set for 9:30 p.m. (0230 GMT Monday)', told on Monday, is Sunday's)", () => {
    expect(
      read(
        'The launch was set for 9:30 p.m. (0230 GMT Monday). Crews fueled the rocket in the afternoon.',
        '2025-08-11',
      ),
    ).toEqual([
      ['9:30 p.m.', '2025-08-10T21:30'],
      ['0230 GMT Monday', '2025-08-11T02:30'],
      ['the afternoon', '2025-08-10'],
    ]);
    expect(
      read(
        'The ferry sank at 2:15 a.m. (1815 GMT Thursday). Rescuers arrived in the afternoon.',
        '2025-08-09',
      ),
    ).toContainEqual(['the afternoon', '2025-08-08']);
  });

  it("keeps publication's day after a zone time in parentheses that names no day ('9:30 p.m. (0230 GMT)')", () => {
    expect(
      read(
        'The launch was set for 9:30 p.m. (0230 GMT). Crews fueled the rocket in the afternoon.',
        '2025-08-11',
      ),
    ).toContainEqual(['the afternoon', '2025-08-11']);
  });
});
