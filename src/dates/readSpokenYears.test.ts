import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string) =>
  findMentions(text, { published: '1998-01-08', locale: 'en-US' }).map(
    (m) => [m.text, m.value] as const,
  );

describe('years spelled out', () => {
  it('reads "nineteen ninety-six" and "nineteen ten" as years', () => {
    expect(read('Atlanta, nineteen ninety-six, and before that nineteen ten.')).toEqual([
      ['nineteen ninety-six', '1996'],
      ['nineteen ten', '1910'],
    ]);
  });

  it('takes a month before a spelled-out year into the expression', () => {
    expect(read('January nineteen ninety-seven. Atlanta again.')).toEqual([
      ['January nineteen ninety-seven', '1997-01'],
    ]);
  });

  it('reads "the year two thousand" as 2000', () => {
    expect(read('The approach of the year two thousand worries them.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });

  it('takes "March of" and "the winter of" before a spelled-out year into the expression', () => {
    expect(
      read(
        'It opened in March of nineteen ninety-eight, after the winter of nineteen ninety-four.',
      ),
    ).toEqual([
      ['March of nineteen ninety-eight', '1998-03'],
      ['the winter of nineteen ninety-four', '1994-WI'],
    ]);
  });

  it('leaves "may" before a spelled-out year out of it', () => {
    expect(read('Voters may nineteen ninety-eight remember.')).toEqual([
      ['nineteen ninety-eight', '1998'],
    ]);
  });
});

describe('years of a hundred’s first ten, spelled out', () => {
  it('reads "nineteen oh-seven" and "May nineteen oh five" as 1907 and May 1905, in both readings', () => {
    expect(read('The tradition began in nineteen oh-seven.')).toEqual([
      ['nineteen oh-seven', '1907'],
    ]);
    expect(read('It opened in May nineteen oh five.')).toEqual([
      ['May nineteen oh five', '1905-05'],
    ]);
    expect(
      findTimemlMentions('The tradition began in nineteen oh-seven.', {
        published: '1998-01-08',
        locale: 'en-US',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['nineteen oh-seven', '1907']]);
  });

  it('reads no year in "room nineteen oh-four", "flight nineteen oh-five" or "at nineteen oh-five hours"', () => {
    expect(read('Guests in room nineteen oh-four complained about the noise.')).toEqual([]);
    expect(read('Air France flight nineteen oh-five landed safely.')).toEqual([]);
    expect(read('The patrol reported contact at nineteen oh-five hours.')).not.toContainEqual([
      'nineteen oh-five',
      '1905',
    ]);
  });

  it('reads no year in "nineteen oh" with no digit word after it', () => {
    expect(read('The score was nineteen oh.')).toEqual([]);
  });

  it('reads "by the year two thousand four", said on 8 January 1998, as 2004', () => {
    expect(read('NASA hopes to have the station finished by the year two thousand four.')).toEqual([
      ['the year two thousand four', '2004'],
    ]);
    expect(read('by the year two thousand and five, costs will double.')).toEqual([
      ['the year two thousand and five', '2005'],
    ]);
  });

  it('keeps "the year two thousand" alone before a count of hundreds', () => {
    expect(read('by the year two thousand three hundred stations will be built.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });

  it('keeps "the year two thousand" before "one in three" or "two thirds", said on 16 January 1998, as 2000 (review)', () => {
    expect(read('By the year two thousand one in three Americans will own a computer.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
    expect(read('by the year two thousand two thirds of homes will have cable.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });
});
