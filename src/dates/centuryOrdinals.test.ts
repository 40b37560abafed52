import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { CENTURY_ORDINAL_SOURCE, centuryNumber } from './centuryOrdinals.ts';

describe('centuryNumber', () => {
  it.each([
    ['1st', 1],
    ['fifth', 5],
    ['12th', 12],
    ['Twelfth', 12],
    ['19th', 19],
    ['twenty-first', 21],
  ])('reads %j as the century %i', (word, n) => {
    expect(centuryNumber(word)).toBe(n);
  });

  it.each(['22nd', '11st', '0th', 'hundredth'])('reads no century in %j', (word) => {
    expect(centuryNumber(word)).toBeUndefined();
  });

  it('matches each ordinal it reads, whole', () => {
    const whole = new RegExp(`^${CENTURY_ORDINAL_SOURCE}$`, 'i');
    expect(['3rd', '15th', 'eleventh', 'twenty-first'].every((w) => whole.test(w))).toBe(true);
    expect(whole.test('13rd')).toBe(false);
  });
});

describe('a century named by any ordinal, in TimeML mode', () => {
  const options = { published: '2025-07-04', locale: 'en-US' } as const;
  const read = (text: string) =>
    findTimemlMentions(text, options).map((m) => [m.text, m.value, m.mod]);

  it('reads the 12th century as its first two digits, 11', () => {
    expect(read('The cathedral was built in the 12th century.')).toEqual([
      ['the 12th century', '11', undefined],
    ]);
  });

  it('writes the fifth century with two digits, 04, and keeps early as START', () => {
    expect(read('The early fifth century saw the empire split.')).toEqual([
      ['The early fifth century', '04', 'START'],
    ]);
  });

  it.each(['The fifth century BC saw the rise of Athens.', 'a 12th century B.C. tomb'])(
    'reads no century before the common era in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it('leaves a century out of the news reading, as before', () => {
    expect(findMentions('The cathedral was built in the 12th century.', options)).toEqual([]);
  });
});
