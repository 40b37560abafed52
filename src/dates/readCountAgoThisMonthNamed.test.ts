import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 5 April 2000.
const APRIL_5_2000 = { published: '2000-04-05', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, APRIL_5_2000).map((m) => [m.text, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, APRIL_5_2000).map((m) => [m.text, m.value] as const);

describe('an anniversary counted in years back from a month named with "this"', () => {
  it('reads "shut three years ago this March", said on 5 April 2000, as 1997-03, one expression, in both readings', () => {
    const text = 'The plant, shut three years ago this March, is to reopen.';
    expect(read(text)).toEqual([['three years ago this March', '1997-03']]);
    expect(readTimeml(text)).toEqual([['three years ago this March', '1997-03']]);
  });

  it('reads "a decade ago this June", said on 5 April 2000, as 1990-06', () => {
    expect(read('The mine closed a decade ago this June.')).toEqual([
      ['a decade ago this June', '1990-06'],
    ]);
  });

  it("leaves a comparison's base and a count of weeks two expressions", () => {
    expect(read('Sales rose 5% from three years ago this March.').map(([w]) => w)).toEqual([
      'three years ago',
      'this March',
    ]);
    expect(read('He left two weeks ago this March.').map(([w]) => w)).toEqual([
      'two weeks ago',
      'this March',
    ]);
  });

  it('reads no anniversary in "Two years ago this may have seemed impossible", said on 5 April 2000: "may" in small letters is the modal', () => {
    const text = 'Two years ago this may have seemed impossible, but the plant is now profitable.';
    expect(read(text)).toEqual([
      ['Two years ago', '1998'],
      ['now', 'PRESENT_REF'],
    ]);
    expect(readTimeml(text).map(([w]) => w)).not.toContain('Two years ago this may');
  });

  it('reads "Ten years ago this June 4", said on 5 April 2000, as 1990-06-04, one expression naming the day, in both readings', () => {
    const text = 'Ten years ago this June 4, tanks rolled into Tiananmen Square.';
    expect(read(text)).toEqual([['Ten years ago this June 4', '1990-06-04']]);
    expect(readTimeml(text)).toEqual([['Ten years ago this June 4', '1990-06-04']]);
  });

  it('reads "Five years ago this April 19th", said on 5 April 2000, as 1995-04-19', () => {
    expect(read('Five years ago this April 19th, a truck bomb destroyed the building.')).toEqual([
      ['Five years ago this April 19th', '1995-04-19'],
    ]);
  });

  it('keeps "Five years ago this April 19, 1995" apart: a day with its year is no anniversary of this kind', () => {
    expect(read('Five years ago this April 19, 1995, a bomb went off.').map(([w]) => w)).toEqual([
      'Five years ago',
      'April 19, 1995',
    ]);
  });

  it('reads "Twenty years ago this 9 November, the Berlin Wall fell", said on 5 November 2009 in British copy, as 1989-11-09, one expression', () => {
    const gb = { published: '2009-11-05', locale: 'en-GB' } as const;
    const text = 'Twenty years ago this 9 November, the Berlin Wall fell.';
    const found = [['Twenty years ago this 9 November', '1989-11-09']];
    expect(findMentions(text, gb).map((m) => [m.text, m.value])).toEqual(found);
    expect(findTimemlMentions(text, gb).map((m) => [m.text, m.value])).toEqual(found);
  });

  it('reads "Fifty years ago this 22nd of November", said on 18 November 2013, as 1963-11-22', () => {
    const gb = { published: '2013-11-18', locale: 'en-GB' } as const;
    const text = 'Fifty years ago this 22nd of November, President Kennedy was shot.';
    expect(findMentions(text, gb)[0]?.value).toBe('1963-11-22');
  });

  it('leaves "Ten years ago this 9 November 1999" to the count and the dated day', () => {
    const gb = { published: '2009-11-05', locale: 'en-GB' } as const;
    const text = 'Ten years ago this 9 November 1999 the pact was signed.';
    expect(findMentions(text, gb).map((m) => m.text)).toEqual(['Ten years ago', '9 November 1999']);
  });

  // Monday 27 June 2011, British copy.
  const JUNE_27_2011 = { published: '2011-06-27', locale: 'en-GB' } as const;
  const readGb = (text: string) =>
    findMentions(text, JUNE_27_2011).map((m) => [m.text, m.value] as const);
  const readGbTimeml = (text: string) =>
    findTimemlMentions(text, JUNE_27_2011).map((m) => [m.text, m.value] as const);
  const yearsBack = (years: number) => String(Number(JUNE_27_2011.published.slice(0, 4)) - years);

  it('reads "A century ago this 1 July", said on 27 June 2011, as 1 July a hundred years back, one expression, in both readings', () => {
    const text = 'A century ago this 1 July, the first shells fell on the Somme.';
    const day = `${yearsBack(100)}-07-01`;
    expect(readGb(text)).toEqual([['A century ago this 1 July', day]]);
    expect(readGbTimeml(text)).toEqual([['A century ago this 1 July', day]]);
  });

  it.each([
    [
      'Two centuries ago this 21 October, Nelson fell at Trafalgar.',
      'Two centuries ago this 21 October',
      200,
      '-10-21',
    ],
    [
      'Half a century ago this 12 April, Gagarin flew into space.',
      'Half a century ago this 12 April',
      50,
      '-04-12',
    ],
    [
      'Half a decade ago this September, the bank failed.',
      'Half a decade ago this September',
      5,
      '-09',
    ],
  ])('reads %j, said on 27 June 2011, as one anniversary', (text, words, years, rest) => {
    expect(readGb(text)).toEqual([[words, `${yearsBack(years)}${rest}`]]);
  });

  it('leaves "A century ago, this 1 July" with a comma between them, and "half two decades ago this May", no anniversary', () => {
    expect(readGb('A century ago, this 1 July was a day of mourning.')[0]).toEqual([
      'A century ago',
      yearsBack(100),
    ]);
    expect(readGb('It fell by half two decades ago this May.').map(([w]) => w)).not.toContain(
      'half two decades ago this May',
    );
  });

  it('reads no anniversary in "Half a year ago this March", said on 27 June 2011: half a year is no whole year', () => {
    const text = 'Half a year ago this March the mill was still running.';
    const values = [
      ...findMentions(text, JUNE_27_2011),
      ...findTimemlMentions(text, JUNE_27_2011),
    ].map((m) => m.value);
    expect(values.filter((v) => /^\d+\.\d/.test(v))).toEqual([]);
    expect(readGb(text).map(([w]) => w)).not.toContain('Half a year ago this March');
  });
});
