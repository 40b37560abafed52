import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const GB = { published: '2026-05-17', locale: 'en-GB' as const };
const US = { published: '2026-05-17', locale: 'en-US' as const };
type Options = typeof GB | typeof US;

const values = (text: string, options: Options, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, options).find((m) => m.text.includes(phrase))?.value,
  );

describe('readClockBeforeEverySet', () => {
  it('reads "Mass is said at 10.30 every Sunday" as the set\'s clock T10:30', () => {
    const text = 'Mass is said at 10.30 every Sunday in the parish church.';
    expect(values(text, GB, '10.30')).toEqual(['T10:30', 'T10:30']);
    expect(values(text, GB, 'every Sunday')).toEqual(['XXXX-WXX-7', 'XXXX-WXX-7']);
  });

  it('reads "Services are held at 10:30 on Sundays" as T10:30', () => {
    expect(values('Services are held at 10:30 on Sundays.', US, '10:30')).toEqual([
      'T10:30',
      'T10:30',
    ]);
  });

  it('reads the other clock of "at 9.30 every Sunday and at 7pm on Wednesdays" as bare too', () => {
    const text = 'Mass is celebrated at 9.30 every Sunday and at 7pm on Wednesdays.';
    expect(values(text, GB, '9.30')).toEqual(['T09:30', 'T09:30']);
    expect(values(text, GB, '7pm')).toEqual(['T19:00', 'T19:00']);
  });

  it('reads no clock in "Evensong is sung at 5.30 every Saturday", an hour that may be the evening\'s', () => {
    const text = 'Evensong is sung at 5.30 every Saturday during term.';
    expect(values(text, GB, '5.30')).toEqual([undefined, undefined]);
    expect(values('The curfew begins at 7.45 every Monday night.', GB, '7.45')).toEqual([
      undefined,
      undefined,
    ]);
    expect(values('The first train leaves at 07.45 every weekday.', GB, '07.45')).toEqual([
      'T07:45',
      'T07:45',
    ]);
  });

  it('reads no clock in "Rates rose at 10.30 per cent every year"', () => {
    expect(values('Rates rose at 10.30 per cent every year.', GB, '10.30')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('leaves "Mass was said at 10.30 on Sunday", one day\'s, on that day', () => {
    expect(values('Mass was said at 10.30 on Sunday.', GB, '10.30')).toEqual([
      '2026-05-17T10:30',
      '2026-05-17T10:30',
    ]);
  });
});
