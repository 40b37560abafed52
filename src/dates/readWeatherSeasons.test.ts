import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '2026-11-12', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('a season told by its weather', () => {
  it('reads "after a wet autumn" as the autumn by tense, the season word alone', () => {
    const text = 'The winter wheat was drilled late after a wet autumn.';
    expect(read(text)).toEqual(['autumn = 2026-FA']);
    expect(readTimeml(text)).toEqual(['autumn = 2026-FA']);
  });

  it('reads two weathers before the season and a winter gone by', () => {
    expect(read('A cold, wet spring delayed planting.')).toEqual(['spring = 2026-SP']);
    expect(read('Gas demand fell after a mild winter.')).toEqual(['winter = 2025-WI']);
  });

  it('reads a season forecast or warned of as the one to come', () => {
    expect(read('Forecasters warned of a cold winter ahead.')).toEqual(['winter = 2026-WI']);
    expect(read('Growers are bracing for a dry summer.')).toEqual(['summer = 2027-SU']);
  });

  it('does not read a habit, a sentence with a year, a day of the season, a spring of water nor a fall', () => {
    expect(read('A dry summer usually means lower yields.')).toEqual([]);
    expect(read('Yields fell after a wet autumn in 2024.')).toEqual(['2024 = 2024']);
    expect(read('It was a mild winter’s day.')).toEqual([]);
    expect(read('It was a wet autumn day.')).toEqual([]);
    expect(read('She bought a warm winter coat.')).toEqual([]);
    expect(read('She fell into a hot spring.')).toEqual([]);
    expect(read('He had a long fall from the roof.')).toEqual([]);
  });

  it('does not read a season supposed, nor a title, but reads one forecast with "would"', () => {
    expect(read('If there is a wet spring, planting will be delayed.')).toEqual([]);
    expect(read('A mild winter would cut gas demand.')).toEqual([]);
    expect(read('Farmers said a wet autumn would be a disaster.')).toEqual([]);
    expect(read('The film, A Long Winter, opened last week.')).toEqual(['last week = 2026-W45']);
    expect(read('Forecasters said a cold winter would lift prices.')).toEqual(['winter = 2026-WI']);
  });
});

describe('a season told by the strain it puts on a service', () => {
  // Tuesday 1 December 2026 and Friday 8 May 2026.
  const DECEMBER = { published: '2026-12-01', locale: 'en-GB' } as const;
  const MAY = { published: '2026-05-08', locale: 'en-GB' } as const;
  const both = (text: string, opts: { published: string; locale: 'en-GB' }) => [
    findMentions(text, opts).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, opts).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "Hospitals have been told to prepare for a difficult winter" as the winter to come', () => {
    expect(both('Hospitals have been told to prepare for a difficult winter.', DECEMBER)).toEqual([
      ['winter = 2026-WI'],
      ['winter = 2026-WI'],
    ]);
  });

  it('reads "The trust said it had come through a tough winter" as the winter gone by', () => {
    expect(both('The trust said it had come through a tough winter.', MAY)).toEqual([
      ['winter = 2025-WI'],
      ['winter = 2025-WI'],
    ]);
  });

  it('reads no fall in "She suffered a tough fall at home": a tumble', () => {
    expect(both('She suffered a tough fall at home.', MAY)).toEqual([[], []]);
  });
});

describe('a season hoped or prayed for, or counted on', () => {
  const MAY = { published: '2026-05-12', locale: 'en-GB' } as const;
  const MARCH = { published: '2026-03-12', locale: 'en-GB' } as const;
  const both = (text: string, opts: { published: string; locale: 'en-GB' }) => [
    findMentions(text, opts).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, opts).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "Shops are hoping for a busy summer" as the summer to come', () => {
    expect(both('Shops are hoping for a busy summer.', MAY)).toEqual([
      ['summer = 2026-SU'],
      ['summer = 2026-SU'],
    ]);
  });

  it('reads "Garden centres are counting on a warm spring" as the spring under way', () => {
    expect(both('Garden centres are counting on a warm spring.', MARCH)).toEqual([
      ['spring = 2026-SP'],
      ['spring = 2026-SP'],
    ]);
  });

  it('reads "Growers had hoped for a dry spring", said in June, as the spring gone by', () => {
    const JUNE = { published: '2026-06-10', locale: 'en-GB' } as const;
    expect(both('Growers had hoped for a dry spring, but it rained.', JUNE)).toEqual([
      ['spring = 2026-SP'],
      ['spring = 2026-SP'],
    ]);
  });

  it('reads "Hoteliers were counting on a busy summer", said in September, as the summer gone by', () => {
    const SEPTEMBER = { published: '2026-09-10', locale: 'en-GB' } as const;
    expect(
      both('Hoteliers were counting on a busy summer, but visitors stayed away.', SEPTEMBER),
    ).toEqual([['summer = 2026-SU'], ['summer = 2026-SU']]);
  });

  it('still reads no season in "Retailers say a busy summer usually lifts sales", a habit', () => {
    expect(both('Retailers say a busy summer usually lifts sales.', MAY)).toEqual([[], []]);
  });
});
