import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} ${m.value}`),
  );

describe('a day of mourning', () => {
  it('reads "Putin declared Wednesday a day of mourning for the 118 sailors", said on 22 August 2000, as 2000-08-23 and no length', () => {
    expect(
      read('Putin declared Wednesday a day of mourning for the 118 sailors.', '2000-08-22'),
    ).toEqual([['Wednesday 2000-08-23'], ['Wednesday 2000-08-23']]);
  });

  it('reads "Flags flew at half-staff on Wednesday, a day of national mourning", said on 23 August 2000, as 2000-08-23 and no length', () => {
    expect(
      read(
        'Flags flew at half-staff across Russia on Wednesday, a day of national mourning.',
        '2000-08-23',
      ),
    ).toEqual([['on Wednesday 2000-08-23'], ['Wednesday 2000-08-23']]);
  });

  it('reads nothing in "The city declared a day of prayer and fasting"', () => {
    expect(read('The city declared a day of prayer and fasting.', '1999-12-31')).toEqual([[], []]);
  });

  it('still reads "after a day of talks" and "a day of heavy fighting" as a day long', () => {
    const [news, timeml] = read('The envoys left after a day of talks.', '1999-06-09');
    expect([news, timeml]).toEqual([['a day P1D'], ['a day P1D']]);
    expect(read('It was a day of heavy fighting in Kargil.', '1999-06-09')).toEqual([
      ['a day P1D'],
      ['a day P1D'],
    ]);
  });

  it('still reads "After a day of rest, Barak and Arafat will resume talks" and "spent a day of prayer" as a day long (review)', () => {
    expect(
      read('After a day of rest, Barak and Arafat will resume talks at Camp David.', '2000-07-19'),
    ).toEqual([['a day P1D'], ['a day P1D']]);
    expect(read('After a day of celebration, Sydney went back to work.', '2000-10-03')).toEqual([
      ['a day P1D'],
      ['a day P1D'],
    ]);
    expect(
      read(
        "Elian's relatives spent a day of prayer with supporters outside the house.",
        '2000-03-28',
      ),
    ).toEqual([['a day P1D'], ['a day P1D']]);
  });
});
