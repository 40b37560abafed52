import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// The value both readings give the first mention of `phrase` in a sentence said on `on`.
const readBoth = (text: string, on: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(phrase))?.value,
  );
// The half `half` of the year `shift` years after the year of `on`, twice: "1990-H2".
const halfOf = (on: string, half: number, shift: number) => {
  const value = `${Number(on.slice(0, 4)) + shift}-H${half}`;
  return [value, value];
};

describe('readHalfYears: an adjective of accounts before the noun', () => {
  it('reads "Management expects that second-half operating margins will widen", said on 5 February 1990, as the coming second half (was nothing)', () => {
    const on = '1990-02-05';
    const text = 'Management expects that second-half operating margins will widen.';
    expect(readBoth(text, on, 'second-half')).toEqual(halfOf(on, 2, 0));
  });

  it('reads "First-half net income fell 12%", said on 6 August 1990, as the first half of 1990 (was nothing)', () => {
    const on = '1990-08-06';
    expect(readBoth('First-half net income fell 12%.', on, 'First-half')).toEqual(halfOf(on, 1, 0));
  });

  it('reads "Second-half pretax profit rose 8%", said on 5 February 1990, as the half gone by (was nothing)', () => {
    const on = '1990-02-05';
    expect(readBoth('Second-half pretax profit rose 8%.', on, 'Second-half')).toEqual(
      halfOf(on, 2, -1),
    );
  });

  it('leaves "Second-half operating performance improved", said on 6 August 1990, a match\'s words', () => {
    const on = '1990-08-06';
    expect(readBoth('Second-half operating performance improved.', on, 'Second-half')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('leaves "H2 gross production from the refinery rose to 30 million cubic feet", said on 14 May 1990, hydrogen\'s', () => {
    const on = '1990-05-14';
    const text = 'H2 gross production from the refinery rose to 30 million cubic feet.';
    expect(readBoth(text, on, 'H2')).toEqual([undefined, undefined]);
  });
});
