import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { seasonExpected } from './seasonExpected.ts';

const published = '1989-11-13';
const options = { published, locale: 'en-US' } as const;
const year = Number(published.slice(0, 4));
// This year's Christmas, still ahead, and the one gone by.
const coming = `${year}-12-25`;
const gone = `${year - 1}-12-25`;
const christmas = (text: string) =>
  findMentions(text, options).find((m) => m.text.includes('Christmas'))?.value;
const timemlChristmas = (text: string) =>
  findTimemlMentions(text, options).find((m) => m.text.includes('Christmas'))?.value;
const at = (text: string) => {
  const start = text.indexOf('Christmas');
  return [text, start, start + 'Christmas'.length] as const;
};

// Christmas as both readings read it, said on `on`, and the Christmas `yearsBack` years before
// that year, as both would read it.
const christmasSaid = (text: string, on: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text === 'Christmas')?.value,
  );
const christmasOf = (on: string, yearsBack: number) => {
  const value = `${Number(on.slice(0, 4)) - yearsBack}-12-25`;
  return [value, value];
};

describe('seasonExpected', () => {
  it('finds a season expected, forecast, hoped for or prepared for', () => {
    for (const text of [
      'Retailers said they expected a strong Christmas season.',
      'Analysts predicted a sluggish Christmas season for department stores.',
      'Analysts forecast flat sales for the Christmas season.',
      'Merchants hoped for a strong Christmas season.',
      'Merchants said they were counting on the Christmas season to lift results.',
      'The retailer said it planned to hire 5,000 temporary workers for the Christmas season.',
      'Economists warned that the Christmas season could be the weakest since 1982.',
    ])
      expect(seasonExpected(...at(text))).toBe(true);
  });

  it('leaves a season told as it went, another year before it and an expectation held before', () => {
    for (const text of [
      'Retailers said the Christmas season was the worst since 1982.',
      'Economists said that the Christmas season was the weakest since 1982.',
      'Last year, retailers said they expected a strong Christmas season.',
      'Retailers said they had expected a strong Christmas season.',
      'Retailers said they had expected strong sales at Christmas.',
      'Retailers said sales at Christmas were the worst since 1982.',
    ])
      expect(seasonExpected(...at(text))).toBe(false);
  });
});

describe('a feast season expected, told in the past before it comes', () => {
  it(`reads "Retailers said they expected a strong Christmas season", said on 13 November 1989, as ${coming} (was ${gone})`, () => {
    const text = 'Retailers said they expected a strong Christmas season.';
    expect(christmas(text)).toBe(coming);
    expect(timemlChristmas(text)).toBe(coming);
  });

  it(`reads "Analysts predicted a sluggish Christmas season" and "Bankers said they feared a bleak Christmas season" as ${coming}`, () => {
    expect(christmas('Analysts predicted a sluggish Christmas season for department stores.')).toBe(
      coming,
    );
    expect(christmas('Bankers said they feared a bleak Christmas season in Texas.')).toBe(coming);
  });

  it(`keeps "Retailers said they had expected a strong Christmas season" and "Last year, retailers said they expected a strong Christmas season" on ${gone}`, () => {
    expect(christmas('Retailers said they had expected a strong Christmas season.')).toBe(gone);
    expect(christmas('Last year, retailers said they expected a strong Christmas season.')).toBe(
      gone,
    );
    expect(christmas('Retailers said the Christmas season was the worst since 1982.')).toBe(gone);
  });
});

describe('an expecting verb after a "said that"', () => {
  it(`reads "Analysts said that retailers expected a strong Christmas season", said on 13 November 1989, as ${coming} (was ${gone})`, () => {
    const text = 'Analysts said that retailers expected a strong Christmas season.';
    expect(christmas(text)).toBe(coming);
    expect(timemlChristmas(text)).toBe(coming);
  });

  it(`keeps "Economists said that the Christmas season was the weakest since 1982" on ${gone}`, () => {
    expect(christmas('Economists said that the Christmas season was the weakest since 1982.')).toBe(
      gone,
    );
  });

  it(`reads "Retailers expected Christmas-season sales to rise 5%, the group said", said on 13 November 1989, as ${coming} (was ${gone} once the hyphened season was read)`, () => {
    const text = 'Retailers expected Christmas-season sales to rise 5%, the group said.';
    expect(christmas(text)).toBe(coming);
    expect(timemlChristmas(text)).toBe(coming);
    expect(christmas('The Christmas-season sales fell 3%, the group said.')).toBe(gone);
  });

  it(`reads "Retailers said they expected strong sales at Christmas", said on 13 November 1989, as ${coming} (was ${gone}): a feast's sales are its season's`, () => {
    for (const text of [
      'Retailers said they expected strong sales at Christmas.',
      'Retailers said they expected Christmas sales to be weak.',
      'Analysts predicted weak spending at Christmas.',
    ]) {
      expect(christmas(text)).toBe(coming);
      expect(timemlChristmas(text)).toBe(coming);
    }
    for (const text of [
      'Retailers said Christmas sales were the worst since 1982.',
      'Retailers reported strong sales at Christmas.',
      'Retailers said they had expected strong sales at Christmas.',
    ])
      expect(christmas(text)).toBe(gone);
  });
});

describe('a feast season expected long before it comes', () => {
  const june = { published: '1990-06-20', locale: 'en-US' } as const;
  const juneYear = Number(june.published.slice(0, 4));
  const read = (text: string, options: { published: string; locale: 'en-US' }) =>
    [findMentions, findTimemlMentions].map(
      (find) => find(text, options).find((m) => /Christmas|Halloween/.test(m.text))?.value,
    );

  it(`reads "Toy makers said they expected a strong Christmas season", said on 20 June 1990, as ${juneYear}-12-25 (was ${juneYear - 1}-12-25)`, () => {
    expect(read('Toy makers said they expected a strong Christmas season.', june)).toEqual([
      `${juneYear}-12-25`,
      `${juneYear}-12-25`,
    ]);
  });

  it(`reads "Candy makers said they expected a strong Halloween season", said on 2 April 1990, as ${juneYear}-10-31 (was ${juneYear - 1}-10-31)`, () => {
    const april = { published: '1990-04-02', locale: 'en-US' } as const;
    expect(read('Candy makers said they expected a strong Halloween season.', april)[0]).toBe(
      `${juneYear}-10-31`,
    );
  });

  it(`keeps the season gone by when said in the quarter after its feast, and with another year or "had expected" before it`, () => {
    const january = { published: '1990-01-20', locale: 'en-US' } as const;
    expect(read('Toy makers said they expected a strong Christmas season.', january)[0]).toBe(
      `${juneYear - 1}-12-25`,
    );
    for (const text of [
      'Last year, retailers said they expected a strong Christmas season.',
      'Toy makers said they had expected a strong Christmas season.',
      'Retailers said the Christmas season was the worst since 1982.',
    ])
      expect(read(text, june)[0]).toBe(`${juneYear - 1}-12-25`);
  });
});

describe('a feast season expected, with what came of it told after it', () => {
  const may = '1990-05-15';
  const lastYear = Number(may.slice(0, 4)) - 1;

  for (const text of [
    'The retailer said it stocked up heavily for a Christmas season that never came.',
    'Retailers said they expected a strong Christmas season, but shoppers stayed home.',
    'Toys R Us said it braced for a weak Christmas season that turned out strong.',
    'Analysts predicted a sluggish Christmas season, but sales were flat.',
  ])
    it(`reads "${text}", said on 15 May 1990, as the season gone by, ${lastYear}-12-25 (was ${lastYear + 1}-12-25)`, () => {
      expect(christmasSaid(text, may)).toEqual(christmasOf(may, 1));
    });

  it('finds no result in a "but" with no subject of its own, nor in a clause of the present', () => {
    for (const text of [
      'Toy makers said they expected a strong Christmas season but worried about costs.',
      'Toy makers said they expected a strong Christmas season that will lift profits.',
    ])
      expect(seasonExpected(text, text.indexOf('Christmas'), text.indexOf(' season'))).toBe(true);
  });
});

describe('a season expected, then what came of it told by "and"', () => {
  it('reads "Analysts predicted a sluggish Christmas season, and they were right", said on 10 May 1990, as the Christmas gone by', () => {
    const on = '1990-05-10';
    const text = 'Analysts predicted a sluggish Christmas season, and they were right.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 1));
  });

  it('reads "Department stores predicted a dismal Christmas season, and it was", said on 22 May 1990, as the Christmas gone by', () => {
    const on = '1990-05-22';
    const text = 'Department stores predicted a dismal Christmas season, and it was.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 1));
  });

  it('keeps "Retailers said they expected a strong Christmas season, and they hired 5,000 workers", said on 13 November 1989, the coming one', () => {
    const text =
      'Retailers said they expected a strong Christmas season, and they hired 5,000 workers.';
    expect(seasonExpected(...at(text))).toBe(true);
    expect([christmas(text), timemlChristmas(text)]).toEqual([coming, coming]);
  });
});

describe('a season expected in a fall told before the sentence', () => {
  it('reads "Last fall, toy makers said they expected a strong Christmas season", said on 12 April 1990, as the Christmas gone by', () => {
    const on = '1990-04-12';
    const text = 'Last fall, toy makers said they expected a strong Christmas season.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 1));
  });

  it('reads "Last October, analysts said they expected a flat Christmas season", said on 3 April 1990, as the Christmas gone by', () => {
    const on = '1990-04-03';
    const text = 'Last October, analysts said they expected a flat Christmas season.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 1));
  });

  it('keeps "In September, retailers said they expected a strong Christmas season", said on 15 November 1989, the coming one', () => {
    const on = '1989-11-15';
    const text = 'In September, retailers said they expected a strong Christmas season.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 0));
  });

  it('keeps "Toy makers said they expected a strong Christmas season", said on 12 April 1990, the coming one', () => {
    const on = '1990-04-12';
    const text = 'Toy makers said they expected a strong Christmas season.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 0));
  });
});

describe('a season expected, then "turned out" after it', () => {
  it('reads "Merchants expected a dismal Christmas season, and it turned out that way", said on 2 April 1990, as the Christmas gone by', () => {
    const on = '1990-04-02';
    const text = 'Merchants expected a dismal Christmas season, and it turned out that way.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 1));
  });

  it('keeps "Toy makers said they expected a strong Christmas season, and they turned out two million dolls to meet it", said on 1 May 1990, the coming one', () => {
    const on = '1990-05-01';
    const text =
      'Toy makers said they expected a strong Christmas season, and they turned out two million dolls to meet it.';
    expect(christmasSaid(text, on)).toEqual(christmasOf(on, 0));
  });
});
