import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isDatelineUnchangedDeed } from './isDatelineUnchangedDeed.ts';

const SATURDAY = new Date(2000, 7, 5);
const published = toCalendarDate(SATURDAY);
const dayBefore = toCalendarDate(addDays(SATURDAY, -1));
const dayAfter = toCalendarDate(addDays(SATURDAY, 1));
const midnight = (text: string, at = published) => ({
  news: findMentions(text, { published: at, locale: 'en-US' }).find((f) =>
    f.text.includes('midnight'),
  )?.value,
  timeml: findTimemlMentions(text, { published: at, locale: 'en-US' }).find((f) =>
    f.text.includes('midnight'),
  )?.value,
});

describe('isDatelineUnchangedDeed', () => {
  it.each([
    'NEW YORK (AP) -- Telephone workers set up picket lines at midnight Saturday.',
    'BOSTON (AP) -- Verizon workers shut down the switching centers at midnight Saturday.',
    'BOULOGNE, France (AP) -- French fishermen set up blockades at Channel ports at midnight Saturday.',
    'BRUSSELS, Belgium (AP) -- NATO put its air campaign on hold at midnight Saturday.',
    'NEW YORK (AP) -- Several banks cut off their computers at midnight Saturday as a precaution.',
    'TALLAHASSEE, Fla. (AP) -- The court set a deadline and Broward County put its counters back to work at midnight Saturday.',
    'WASHINGTON (AP) -- The U.S. Postal Service shut its mail sorting centers at midnight Saturday.',
    'BELGRADE, Yugoslavia (AP) -- Serb authorities cut phone lines to Pristina at midnight Saturday.',
    'PRISTINA, Yugoslavia (AP) -- Serb police cut power to the ethnic Albanian quarters at midnight Saturday.',
    'FLINT, Mich. (AP) -- Striking workers cut parts shipments to GM assembly plants at midnight Saturday.',
    'JERUSALEM (AP) -- Israeli troops set roadblocks around Hebron at midnight Saturday.',
  ])('reads %j, said on Saturday 5 August 2000, as the midnight that opened Saturday', (text) => {
    expect(midnight(text)).toEqual({ news: `${published}T00:00`, timeml: `${dayBefore}T24` });
  });

  it.each([
    'NEW YORK (AP) -- Union leaders said workers will set up picket lines at midnight Saturday.',
    'FLINT, Mich. (AP) -- The union plans to shut the second plant at midnight Saturday.',
    'NEW YORK (AP) -- The unions say they set up picket lines at midnight Saturday.',
    'NEW YORK (AP) -- The contract expires at midnight Saturday.',
    'Telephone workers set up picket lines if talks fail at midnight Saturday.',
    'NEW YORK (AP) -- Telephone workers set up picket lines on Friday. Their contract runs out at midnight Saturday.',
    'LONDON (Reuters) -- Dockers put down their tools on Friday. Officials said the new rules take effect at midnight Saturday.',
    'BOSTON (AP) -- Verizon put its managers on the phones. The walkout is set to begin at midnight Saturday.',
    'DETROIT (AP) -- Nurses set up picket lines at midnight Saturday unless a contract is reached.',
    'NEW YORK (AP) -- Telephone workers set up picket lines at midnight Saturday if talks fail.',
    'WASHINGTON (AP) -- A tax cut takes effect at midnight Saturday.',
    'LONDON (AP) -- The power cut ends at midnight Saturday.',
    'LONDON (AP) -- The hit musical closes its doors at midnight Saturday.',
    'WASHINGTON (AP) -- The tax cut affects millions of families at midnight Saturday.',
    'DETROIT (AP) -- The wage cut applies to all 5,000 workers at midnight Saturday.',
    'NEW YORK (AP) -- The new rate set applies at midnight Saturday.',
  ])('still reads %j, said on Saturday 5 August 2000, as the midnight that ends it', (text) => {
    expect(midnight(text)).toEqual({ news: `${dayAfter}T00:00`, timeml: `${published}T24` });
  });

  it('asks for a dateline before the deed', () => {
    const wire = 'NEW YORK (AP) -- Workers set up picket lines at midnight Saturday.';
    expect(isDatelineUnchangedDeed(wire, wire.indexOf('midnight'))).toBe(true);
    const bare = 'Workers set up picket lines at midnight Saturday.';
    expect(isDatelineUnchangedDeed(bare, bare.indexOf('midnight'))).toBe(false);
  });

  it('reads the words after a subject opened by "and" from the subject\'s end, so "Oscan" holds no "can"', () => {
    const text =
      'TALLAHASSEE, Fla. (AP) -- The court ruled late Friday and Mr. Oscan put the counters back to work at midnight Saturday.';
    expect(isDatelineUnchangedDeed(text, text.indexOf('midnight'))).toBe(true);
    const modal =
      'TALLAHASSEE, Fla. (AP) -- The court ruled late Friday and Mr. Olson can put the counters back to work at midnight Saturday.';
    expect(isDatelineUnchangedDeed(modal, modal.indexOf('midnight'))).toBe(false);
  });
});
