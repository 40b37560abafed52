import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const FRIDAY = new Date(2000, 7, 4);
const published = toCalendarDate(FRIDAY);
const saturday = toCalendarDate(addDays(FRIDAY, 1));
const sunday = toCalendarDate(addDays(FRIDAY, 2));
const saturdayGone = toCalendarDate(addDays(FRIDAY, -6));
const sundayGone = toCalendarDate(addDays(FRIDAY, -5));
const midnight = (text: string) => ({
  news: findMentions(text, { published, locale: 'en-US' }).find((f) => f.text.includes('midnight'))
    ?.value,
  timeml: findTimemlMentions(text, { published, locale: 'en-US' }).find((f) =>
    f.text.includes('midnight'),
  )?.value,
});

describe('a deed under a dateline at the midnight of the day after publication', () => {
  it.each([
    'NEW YORK (AP) -- Telephone workers set up picket lines at midnight Saturday.',
    'BOSTON (AP) -- Verizon workers walked off the job at midnight Saturday after talks over job security failed.',
    'WELLINGTON, New Zealand (AP) -- Fireworks lit up the harbor at midnight Saturday.',
  ])(
    'reads %j, said on Friday 4 August 2000, as the midnight that opened the coming Saturday',
    (text) => {
      expect(midnight(text)).toEqual({ news: `${saturday}T00:00`, timeml: `${published}T24` });
    },
  );

  it.each([
    'Verizon workers walked off the job at midnight Saturday.',
    'NEW YORK (AP) -- Workers who walked out at midnight Saturday went back Friday.',
  ])(
    'still reads %j, said on Friday 4 August 2000, with no dateline or with another weekday, as the Saturday gone by',
    (text) => {
      expect(midnight(text)).toEqual({ news: `${sundayGone}T00:00`, timeml: `${saturdayGone}T24` });
    },
  );

  it.each([
    'NEW YORK (AP) -- The union threatened to strike at midnight Saturday.',
    'FLINT, Mich. (AP) -- The union set a strike deadline of midnight Saturday.',
    'NEW YORK (AP) -- The contract with Verizon expires at midnight Saturday.',
  ])(
    'reads %j, said on Friday 4 August 2000, as the midnight that ends the coming Saturday',
    (text) => {
      expect(midnight(text)).toEqual({ news: `${sunday}T00:00`, timeml: `${saturday}T24` });
    },
  );
});
