import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const GB = { published: '2026-02-18', locale: 'en-GB' } as const;
const US = { published: '2026-02-18', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.type]);

describe('a date told as coming round every year', () => {
  it.each([
    ['Russia marks Victory Day every year on 9 May.', 'every year on 9 May', 'XXXX-05-09'],
    ['Veterans gather at the memorial on 9 May each year.', '9 May each year', 'XXXX-05-09'],
    [
      'The festival is held on the 9th of May every year.',
      'the 9th of May every year',
      'XXXX-05-09',
    ],
    ['Crowds gather at the memorial every Sept. 11.', 'every Sept. 11', 'XXXX-09-11'],
    ['The anniversary is marked annually on March 1.', 'annually on March 1', 'XXXX-03-01'],
    ['Each 24 February, Ukrainians light candles for the dead.', 'Each 24 February', 'XXXX-02-24'],
    ['Pilgrims arrive in the city every year in June.', 'every year in June', 'XXXX-06'],
    ['Pilgrims arrive in the city in June each year.', 'June each year', 'XXXX-06'],
    ['On 9 May each year, Russians march with portraits.', '9 May each year', 'XXXX-05-09'],
  ])('reads %j as one yearly set in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB))).toEqual([[words, value, 'SET']]);
  });

  it('reads the day of an American date the same way', () => {
    expect(read(findMentions('Survivors gather every year on Dec. 26 at the beach.', US))).toEqual([
      ['every year on Dec. 26', 'XXXX-12-26', 'SET'],
    ]);
  });

  it('does not take a date with its year for a recurrence', () => {
    expect(
      read(findMentions('Exports have grown every year since 9 May 2019.', GB)),
    ).toContainEqual(['9 May 2019', '2019-05-09', 'DATE']);
  });

  it('does not read a lower-case "may" as the month', () => {
    expect(read(findMentions('Prices rise every year in may and June.', GB))).not.toContainEqual(
      expect.arrayContaining(['XXXX-05']),
    );
  });

  it('does not read "semi-annually" or "bi-annually" before a date as a yearly date', () => {
    const found = read(
      findMentions('Interest is paid semi-annually on 1 March and 1 September.', GB),
    );
    expect(found).toContainEqual(['on 1 March', '2026-03-01', 'DATE']);
    expect(found).not.toContainEqual(expect.arrayContaining(['XXXX-03-01']));
    expect(read(findMentions('The fair is held bi-annually on 1 June.', GB))).toContainEqual([
      'on 1 June',
      '2026-06-01',
      'DATE',
    ]);
  });

  it("leaves the month of a weekday or week within it to that day's reading", () => {
    for (const find of [findMentions, findTimemlMentions]) {
      expect(
        read(find('The clocks go forward on the last Sunday in March each year.', GB)),
      ).toContainEqual(['the last Sunday in March', '2025-03-30', 'DATE']);
      expect(
        read(find('Parliament opens on the first Monday in June every year.', US)),
      ).toContainEqual(['the first Monday in June', '2026-06-01', 'DATE']);
    }
  });

  it('leaves a date with no yearly word to its own reading', () => {
    expect(read(findMentions('The talks resume on 9 May.', GB))).toEqual([
      ['on 9 May', '2026-05-09', 'DATE'],
    ]);
  });
});
