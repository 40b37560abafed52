import { describe, expect, it } from 'vitest';
import { format, parseISO, subDays } from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => [m.text, m.value]),
  findTimemlMentions(text, on(published)).map((m) => [m.text, m.value]),
];

describe('a stretch of hours told in words', () => {
  it.each([
    [
      'the tornado warning ran from about ten thirty to eleven fifteen this morning.',
      '1998-02-20',
      [
        ['ten thirty', '1998-02-20T10:30'],
        ['eleven fifteen this morning', '1998-02-20T11:15'],
      ],
    ],
    [
      'Annan and Saddam Hussein met from about five thirty to eight last night.',
      '1998-02-23',
      [
        ['five thirty', '1998-02-22T17:30'],
        ['eight last night', '1998-02-22T20:00'],
      ],
    ],
    [
      'rescue crews worked from about eleven forty-five until four fifteen yesterday afternoon.',
      '1998-02-24',
      [
        ['eleven forty-five', '1998-02-23T11:45'],
        ['four fifteen yesterday afternoon', '1998-02-23T16:15'],
      ],
    ],
    [
      'the storms came through between eleven and one last night.',
      '1998-02-23',
      [
        ['eleven', '1998-02-22T23:00'],
        ['one last night', '1998-02-23T01:00'],
      ],
    ],
    [
      'the curfew runs from ten to six tomorrow morning.',
      '1998-02-23',
      [
        ['ten', '1998-02-23T22:00'],
        ['six tomorrow morning', '1998-02-24T06:00'],
      ],
    ],
    [
      'Power was out in parts of Queens from ten to twelve this morning.',
      '1998-02-20',
      [
        ['ten', '1998-02-20T10:00'],
        ['twelve this morning', '1998-02-20T12:00'],
      ],
    ],
    [
      'The shelter on Vernon Boulevard will be open from four to seven tonight.',
      '1998-02-20',
      [
        ['four', '1998-02-20T16:00'],
        ['seven tonight', '1998-02-20T19:00'],
      ],
    ],
  ])('reads %j, said on %s, as its two ends', (text, published, ends) => {
    const [news, timeml] = both(text, published);
    expect(news).toEqual(ends);
    expect(timeml).toEqual(ends);
  });

  it('reads no clock in "prices went from ten to eleven this morning", said on 23 February 1998', () => {
    expect(both('prices went from ten to eleven this morning.', '1998-02-23')[1]).toEqual([
      ['this morning', '1998-02-23TMO'],
    ]);
  });

  it('reads no clock in "the count went from two to three yesterday", said on 23 February 1998', () => {
    expect(both('the count went from two to three yesterday.', '1998-02-23')[0]).toEqual([
      ['yesterday', '1998-02-22'],
    ]);
  });
  it('reads no clock in "the index swung between about eleven twenty and eleven forty yesterday", said on 20 January 1998', () => {
    expect(
      both('The index swung between about eleven twenty and eleven forty yesterday.', '1998-01-20')
        .flat()
        .map(([, value]) => value),
    ).not.toContain('1998-01-19T11:20');
  });

  it.each([
    'Rescuers pulled two more bodies from the rubble, raising the death toll from nine to eleven this morning.',
    'Overnight lows will range from five to ten tonight in the mountains.',
    'The committee cut the list of finalists from twelve to three this afternoon.',
    'Temperatures from five to ten this morning will climb into the twenties by afternoon.',
  ])('reads no clock in the counts of %j, said on 20 February 1998', (text) => {
    expect(
      both(text, '1998-02-20')
        .flat()
        .map(([, value]) => value),
    ).not.toContainEqual(expect.stringMatching(/T\d\d:\d\d/));
  });

  it('reads no clock for "eight" in "The jurors were divided between eight and four this morning, a court officer said", said on 20 February 1998', () => {
    const text =
      'The jurors were divided between eight and four this morning, a court officer said.';
    expect(
      both(text, '1998-02-20')
        .flat()
        .map(([words]) => words),
    ).not.toContain('eight');
  });
});

describe('the hours a place opened or closed, told in words', () => {
  const published = '1998-03-17';
  const dayBefore = format(subDays(parseISO(published), 1), 'yyyy-MM-dd');

  it('reads "the polls opened from six to eight this morning", said on 17 March 1998, as each end', () => {
    const found = [
      ['six', `${published}T06:00`],
      ['eight this morning', `${published}T08:00`],
    ];
    expect(both('the polls opened from six to eight this morning.', published)).toEqual([
      found,
      found,
    ]);
  });

  it('reads "Highway 1 was closed from ten to two last night" from the evening before into the night', () => {
    for (const reading of both('Highway 1 was closed from ten to two last night.', published))
      expect(reading).toEqual([
        ['ten', `${dayBefore}T22:00`],
        ['two last night', `${published}T02:00`],
      ]);
  });

  it.each([
    'The dollar opened from one twenty to one twenty-five this morning.',
    'Shares of IBM closed from eleven to twelve this morning.',
  ])('reads no clock in "%s", a price', (text) => {
    for (const reading of both(text, published))
      expect(reading.map(([, value]) => value).join(' ')).not.toMatch(/T\d{2}:/);
  });
});
