import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isContractMonth } from './isContractMonth.ts';

const NOVEMBER = '2025-11-07';

/** `text`'s news-reading mentions as "words = value". */
function values(text: string): string[] {
  return findMentions(text, { published: NOVEMBER, locale: 'en-US' }).map(
    (m) => `${m.text} = ${m.value}`,
  );
}

describe('a month before a traded commodity', () => {
  it('reads "December crude", said in November, as the coming December in both readings', () => {
    const text =
      'December crude fell 62 cents to $59.43 a barrel on the New York Mercantile Exchange.';
    expect(values(text)).toEqual(['December = 2025-12']);
    expect(
      findTimemlMentions(text, { published: NOVEMBER, locale: 'en-US' }).map((m) => m.value),
    ).toEqual(['2025-12']);
  });

  it('reads "March gold" and "the July wheat contract" as months to come', () => {
    expect(values('March gold rose $12 to $4,020 an ounce.')).toEqual(['March = 2026-03']);
    expect(values('The July wheat contract gained 3 cents.')).toEqual(['July = 2026-07']);
  });

  it("does not read a month's figures of the commodity as a contract", () => {
    expect(values("China's October crude imports rose 5%.")).toEqual(['October = 2025-10']);
    expect(values('U.S. October natural gas inventories fell.')).toEqual(['October = 2025-10']);
  });

  it('does not read a thing named by the commodity, or a bare "the January contract", as a contract', () => {
    expect(values('The December corn harvest was the largest on record.')).toEqual([
      'December = 2024-12',
    ]);
    expect(values('The March silver rally added 9%.')).toEqual(['March = 2025-03']);
    expect(values('The union ratified the January contract, which raised wages 4%.')).toEqual([
      'January = 2025-01',
    ]);
    expect(isContractMonth('', ' natural gas bills jumped')).toBe(false);
    expect(isContractMonth('the ', ' Brent contract expires')).toBe(true);
  });

  it('does not read a deal of a month, or a month after "in", as a contract', () => {
    expect(values('The union signed a January contract.')).toEqual(['January = 2025-01']);
    expect(values('In October crude fell 5%.')).toEqual(['October = 2025-10']);
    expect(isContractMonth('its ', ' crude output')).toBe(false);
    expect(isContractMonth('The ', ' gold medal win lifted the shares')).toBe(false);
  });
});

describe('"the" and a month before a contract whose price moves', () => {
  it('reads "The December contract fell 2%", said in November, as the coming December', () => {
    expect(values('The December contract fell 2%.')).toEqual(['December = 2025-12']);
    expect(values('The January gas contract traded at 80p a therm.')).toEqual([
      'January = 2026-01',
    ]);
    expect(values('The front-month December contract rose 3 cents.')).toEqual([
      'December = 2025-12',
    ]);
    expect(
      findTimemlMentions('The January contract settled at $3.10.', {
        published: NOVEMBER,
        locale: 'en-US',
      }).map((m) => m.value),
    ).toEqual(['2026-01']);
  });

  it('does not read a deal whose terms the verb tells, nor one that expires, as traded', () => {
    expect(values('The October contract raised wages 4%.')).toEqual(['October = 2025-10']);
    expect(values('The October contract gained support from members.')).toEqual([
      'October = 2025-10',
    ]);
    expect(values('The October contract ended at midnight.')).toEqual([
      'October = 2025-10',
      'midnight = 2025-11-07T00:00',
    ]);
    expect(values('The October contract expired last week.')).toEqual([
      'October = 2025-10',
      'last week = 2025-W44',
    ]);
  });
});

describe('"the" and a month before a contract for a traded commodity', () => {
  const OCTOBER_1989 = { published: '1989-10-30', locale: 'en-US' } as const;
  const both = (text: string): string[][] => [
    findMentions(text, OCTOBER_1989).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, OCTOBER_1989).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "The December contract for gold settled at $377.80 an ounce", said on 30 October 1989, as 1989-12', () => {
    const [news, timeml] = both('The December contract for gold settled at $377.80 an ounce.');
    expect(news).toEqual(['December = 1989-12']);
    expect(timeml).toEqual(['December = 1989-12']);
  });

  it('reads "The March contract for soybeans" and "The June contract for Treasury bonds", said on 30 October 1989, as months to come', () => {
    expect(both('The March contract for soybeans rose 4.5 cents to $5.72 a bushel.')[0]).toEqual([
      'March = 1990-03',
    ]);
    expect(both('The June contract for Treasury bonds fell 13/32 to 95 13/32.')[1]).toEqual([
      'June = 1990-06',
    ]);
  });

  it('reads "The December bond contract lost 10/32", said on 30 October 1989, as 1989-12', () => {
    expect(both('The December bond contract lost 10/32 on the Chicago Board of Trade.')[0]).toEqual(
      ['December = 1989-12'],
    );
  });

  it('does not read "the January contract for nurses" or "a March contract for gold" as a futures contract', () => {
    expect(both('The union approved the January contract for nurses.')[0]).toEqual([
      'January = 1989-01',
    ]);
    expect(isContractMonth('signed a ', ' contract for gold mining rights')).toBe(false);
    expect(isContractMonth('The ', ' bond contract lost support')).toBe(false);
  });
});

describe('"the" and a month before a contract for a commodity that is a deal, or that has expired', () => {
  it('reads "The Soviet Union canceled the March contract for sugar it had signed with Cuba", said on 13 November 1989, as 1989-03', () => {
    const options = { published: '1989-11-13', locale: 'en-US' } as const;
    const text = 'The Soviet Union canceled the March contract for sugar it had signed with Cuba.';
    expect(findMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'March = 1989-03',
    ]);
    expect(findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'March = 1989-03',
    ]);
  });

  it('reads "The December contract for gold expired last week at $401 an ounce", said on 3 January 1990, as 1989-12', () => {
    const options = { published: '1990-01-03', locale: 'en-US' } as const;
    const text = 'The December contract for gold expired last week at $401 an ounce.';
    expect(findMentions(text, options).map((m) => `${m.text} = ${m.value}`)).toContain(
      'December = 1989-12',
    );
    expect(isContractMonth('The ', ' contract for live cattle expires today.')).toBe(true);
    expect(isContractMonth('The ', ' contract for sugar rose in the final session.')).toBe(true);
  });
});
