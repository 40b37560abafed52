import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';

const said = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, said(published)).map((m) => [m.text, m.value] as const),
  );
const CRASH = '1987-10-19';

describe('readBlackMondayCrash', () => {
  it('reads "Friday\'s 190-point plunge was the worst since Black Monday", said on 16 October 1989, as the crash of 1987', () => {
    for (const read of both(
      'Friday’s 190-point plunge was the worst since Black Monday.',
      '1989-10-16',
    ))
      expect(read).toContainEqual(['Black Monday', CRASH]);
  });

  it('reads "Black Monday, the 1987 crash, still haunts many small investors", said on 16 October 1989, as the crash, not that Monday', () => {
    for (const read of both(
      'Black Monday, the 1987 crash, still haunts many small investors.',
      '1989-10-16',
    )) {
      expect(read).toContainEqual(['Black Monday', CRASH]);
      expect(read.map(([, value]) => value)).not.toContain('1989-10-16');
    }
  });

  it('reads "blamed by many for Black Monday" and "the Black Monday of 1987", said in 1989, as the crash', () => {
    for (const read of both(
      'Program trading, blamed by many for Black Monday, came under fire.',
      '1989-10-23',
    ))
      expect(read).toContainEqual(['Black Monday', CRASH]);
    for (const read of both(
      'Brokers said the Black Monday of 1987 was on everyone’s mind.',
      '1989-10-16',
    ))
      expect(read).toContainEqual(['Black Monday of 1987', CRASH]);
  });

  it('reads "Traders marked Black Monday\'s anniversary quietly", said on 16 October 1989, as the crash (its nouns after a verb)', () => {
    for (const read of both('Traders marked Black Monday’s anniversary quietly.', '1989-10-16'))
      expect(read).toEqual([['Black Monday', CRASH]]);
  });

  it('reads no date in "another Black Monday", "a Black Monday could still occur" or "the next Black Monday"', () => {
    for (const text of [
      'Traders said another Black Monday was unlikely.',
      'Regulators fear a Black Monday could still occur in the futures pits.',
      'Investors are asking whether this will be the next Black Monday.',
    ])
      for (const read of both(text, '1989-10-16')) expect(read).toEqual([]);
  });

  it('reads "Economists still argue over what caused Black Monday", said on 16 October 1989, and "which studied Black Monday", said on 6 November 1989, as the crash (a verb of an event before it)', () => {
    for (const read of both('Economists still argue over what caused Black Monday.', '1989-10-16'))
      expect(read).toEqual([['Black Monday', CRASH]]);
    for (const read of both(
      'The Brady commission, which studied Black Monday, recommended circuit breakers.',
      '1989-11-06',
    ))
      expect(read).toEqual([['Black Monday', CRASH]]);
  });

  it('leaves "Prosecutors questioned Black Monday about the boxes", said on 14 March 2007, the Monday a surname\'s', () => {
    const published = '2007-03-14';
    const monday = weekdayByTense(1, published, 'past');
    for (const read of both('Prosecutors questioned Black Monday about the boxes.', published))
      expect(read).toEqual([['Monday', monday]]);
  });

  it('leaves "The judge told Black Monday that …" (a surname), a Black Monday of another year, and copy of 2015', () => {
    const said = '1989-10-18';
    const monday = weekdayByTense(1, said, 'past');
    for (const read of both('The judge told Black Monday that he could not leave.', said))
      expect(read).toEqual([['Monday', monday]]);
    for (const read of both('Stocks fell more than on the Black Monday of 1929.', said))
      expect(read.map(([, value]) => value)).toEqual(['1929']);
    for (const read of both('Since Black Monday, the Dow has recovered.', '2015-08-26'))
      expect(read.map(([, value]) => value)).not.toContain(CRASH);
    for (const read of both('Since Black Monday, the Dow has recovered.', '1987-10-18'))
      expect(read.map(([, value]) => value)).not.toContain(CRASH);
  });

  it('leaves "Shareholders sued Conrad Black Monday over the collapse of Hollinger International", said on 17 November 2003, on that Monday: the crash noun is another thing\'s', () => {
    const published = '2003-11-17';
    for (const read of both(
      'Shareholders sued Conrad Black Monday over the collapse of Hollinger International.',
      published,
    )) {
      expect(read).toContainEqual(['Monday', published]);
      expect(read.map(([, value]) => value)).not.toContain(CRASH);
    }
  });

  it('reads "Analysts still study the Black Monday crash", said on 12 March 1990, as the crash', () => {
    for (const read of both('Analysts still study the Black Monday crash.', '1990-03-12'))
      expect(read).toContainEqual(['Black Monday', CRASH]);
  });

  it('leaves the Black Monday of another year, told before it or after its noun: "the Black Monday crash of 1929", "the 1929 Black Monday crash"', () => {
    for (const text of [
      'Some traders compared the slide to the Black Monday crash of 1929.',
      'Some traders compared the slide to the 1929 Black Monday crash.',
    ])
      for (const read of both(text, '1989-10-16'))
        expect(read.map(([, value]) => value)).not.toContain(CRASH);
  });

  it('still reads "the Black Monday crash of 1987", said on 16 October 1989, as the crash', () => {
    for (const read of both('Few forget the Black Monday crash of 1987.', '1989-10-16'))
      expect(read.map(([, value]) => value)).toContain(CRASH);
  });
});

describe('another day given the crash nickname', () => {
  const published = '1989-10-17'; // a Tuesday
  const monday = weekdayByTense(1, published, 'past');
  const overlapsName = (text: string) => (m: readonly [string, string]) =>
    text.indexOf(m[0]) <= text.indexOf('Black Monday') + 'Black Monday'.length &&
    text.indexOf(m[0]) + m[0].length > text.indexOf('Black Monday');

  it(`reads "Oct. 16 became Tokyo's Black Monday as the Nikkei index fell 1.8%", said on 17 October 1989, with no crash (was ${CRASH})`, () => {
    const text = "Oct. 16 became Tokyo's Black Monday as the Nikkei index fell 1.8%.";
    for (const read of both(text, published)) expect(read.filter(overlapsName(text))).toEqual([]);
  });

  it(`reads "For London's brokers, Oct. 16 was their own Black Monday" with no day in the name (was Monday ${monday})`, () => {
    const text = "For London's brokers, Oct. 16 was their own Black Monday.";
    for (const read of both(text, published)) expect(read.filter(overlapsName(text))).toEqual([]);
  });

  it(`reads "Monday became Frankfurt's Black Monday as the DAX fell 12.8%" as Monday ${monday} alone`, () => {
    for (const read of both(
      "Monday became Frankfurt's Black Monday as the DAX fell 12.8%.",
      published,
    ))
      expect(read).toEqual([['Monday', monday]]);
  });

  it('keeps the crash in "Oct. 19, 1987, became known as Black Monday" and "Wall Street\'s Black Monday wiped out billions"', () => {
    for (const read of both('Oct. 19, 1987, became known as Black Monday.', published))
      expect(read).toContainEqual(['Black Monday', CRASH]);
    for (const read of both("Wall Street's Black Monday wiped out billions.", published))
      expect(read).toContainEqual(['Black Monday', CRASH]);
  });
});

describe('the crash\'s own day that "became" Black Monday', () => {
  const published = '1989-10-19'; // a Thursday, two years on
  const monday = weekdayByTense(1, published, 'past');

  it(`reads "Oct. 19, 1987, became Black Monday, the worst day in the market's history", said on 19 October 1989, as the crash alone (was Monday ${monday} beside the date)`, () => {
    const text = "Oct. 19, 1987, became Black Monday, the worst day in the market's history.";
    for (const read of both(text, published))
      expect(read).toEqual([
        ['Oct. 19, 1987', CRASH],
        ['Black Monday', CRASH],
      ]);
  });

  it(`reads "Two years ago, Oct. 19 became Black Monday" with the crash in the name (was Monday ${monday})`, () => {
    for (const read of both('Two years ago, Oct. 19 became Black Monday.', published))
      expect(read).toContainEqual(['Black Monday', CRASH]);
  });

  it(`reads no day in "The day became Black Monday for brokers" or "Oct. 16 became Black Monday for Tokyo" (was Monday ${monday})`, () => {
    for (const read of both('The day became Black Monday for brokers.', published))
      expect(read).toEqual([]);
    for (const read of both('Oct. 16 became Black Monday for Tokyo.', published))
      expect(read).toEqual([['Oct. 16', `${published.slice(0, 4)}-10-16`]]);
  });

  it('still reads "Traders said Tokyo\'s Black Monday was worse", said on 17 October 1989, as the crash, an owner alone being a place\'s share of it', () => {
    for (const read of both("Traders said Tokyo's Black Monday was worse.", '1989-10-17'))
      expect(read).toEqual([['Black Monday', CRASH]]);
  });
});
