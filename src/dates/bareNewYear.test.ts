import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

type Found = { text: string; value: string }[];
const newYear = (found: Found) => found.find((m) => /New Year$/.test(m.text))?.value;
const both = (text: string, published: string) => [
  newYear(findMentions(text, { published, locale: 'en-GB' })),
  newYear(findTimemlMentions(text, { published, locale: 'en-GB' })),
];

describe('a bare "New Year" as the holiday', () => {
  it.each([
    ['Police will run extra patrols over the New Year.', '2026-12-20'],
    ['Many shops will close over New Year, the trade body said.', '2026-12-28'],
    ['The mayor said the tree will stay up until after New Year.', '2026-12-02'],
    ['Trains will be busy in the run-up to New Year.', '2026-12-29'],
  ])('reads %j, said on %s, as New Year’s Day in both readings', (text, published) => {
    expect(both(text, published)).toEqual(['2027-01-01', '2027-01-01']);
  });

  it.each([
    ['Since New Year, 400 people have been treated at the unit.', '2026-03-11'],
    ['Since the New Year, the practice has registered 900 new patients.', '2026-05-27'],
    ['Calls to the helpline have doubled since the New Year.', '2026-02-04'],
  ])(
    'reads %j, said on %s, a span from New Year to now, as the New Year gone by',
    (text, published) => {
      expect(both(text, published)).toEqual(['2026-01-01', '2026-01-01']);
    },
  );

  it('reads "over New Year" told in the past as the one gone by', () => {
    expect(both('Fire crews were called to 40 incidents over New Year.', '2027-01-06')).toEqual([
      '2027-01-01',
      '2027-01-01',
    ]);
  });

  it('reads "between Christmas and New Year" in TimeML mode only, the news reading naming Christmas alone', () => {
    const text = 'Bin collections will change between Christmas and New Year.';
    const [news, timeml] = both(text, '2026-11-30');
    expect(news).toBeUndefined();
    expect(timeml).toBe('2027-01-01');
    const christmas = findMentions(text, { published: '2026-11-30', locale: 'en-GB' });
    expect(christmas.map((m) => m.value)).toContain('2026-12-25');
  });

  it.each([
    ['Rail passengers face disruption between Christmas and New Year.', '2026-12-14', '2027-01-01'],
    ['Last year, between Christmas and New Year, the ward was full.', '2026-12-05', '2026-01-01'],
    ['The office was closed between Christmas and New Year.', '2027-01-05', '2027-01-01'],
  ])(
    'reads New Year in %j, said on %s, in TimeML mode as the one after the pair’s Christmas, %s',
    (text, published, value) => {
      expect(both(text, published)[1]).toBe(value);
    },
  );

  it('leaves a pair after another lead ("from Christmas until New Year") unread in the news reading', () => {
    const text = 'The hotel is fully booked from Christmas until New Year.';
    const found = findMentions(text, { published: '2026-11-02', locale: 'en-GB' });
    expect(found.filter((m) => /New Year/.test(m.text))).toEqual([]);
  });

  it.each([
    ['Residents made plans for the new year.', '2026-12-20'],
    ['She was knighted in the New Year Honours.', '2026-12-31'],
    ['Crowds gathered over New Year celebrations in the square.', '2027-01-02'],
    ['Families met to mark New Year.', '2026-12-20'],
    ['Lunar New Year falls in February.', '2026-12-20'],
    ['Since the New Year Honours list was published, critics have been vocal.', '2026-03-11'],
    ['Sales rose since the new year began.', '2026-03-11'],
  ])('does not read %j as New Year’s Day', (text, published) => {
    const values = both(text, published);
    expect(values.filter((v) => v !== undefined && v.endsWith('-01-01'))).toEqual([]);
  });
});
