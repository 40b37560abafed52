import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_2011 = { published: '2011-03-17', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, MARCH_2011).map((m) => [m.text, m.value]);

describe('a day and month told in the past after a sentence set in a month of a year gone by', () => {
  it('reads "Lister was arrested on 24 July" after "discovered in June 2006" as 24 July 2006', () => {
    expect(read('The fraud was discovered in June 2006. Lister was arrested on 24 July.')).toEqual([
      ['June 2006', '2006-06'],
      ['on 24 July', '2006-07-24'],
    ]);
  });

  it('reads "on March 3" after "in the summer of 1998" in TimeML mode too', () => {
    expect(
      findTimemlMentions(
        'The plant was sold in the summer of 1998. Its new owner shut it on Sept. 3.',
        MARCH_2011,
      ).map((m) => [m.text, m.value]),
    ).toEqual([
      ['the summer of 1998', '1998-SU'],
      ['Sept. 3', '1998-09-03'],
    ]);
  });

  it('leaves a day told ahead, and a year a span runs from, to the calendar', () => {
    expect(read('The firm was founded in 1998. It will close on 24 July.')).toEqual([
      ['1998', '1998'],
      ['on 24 July', '2011-07-24'],
    ]);
    expect(read('Shares have doubled since 1990. The firm was sold on 3 February.')).toEqual([
      ['1990', '1990'],
      ['on 3 February', '2011-02-03'],
    ]);
  });

  it('leaves a year in the day\'s own sentence to its clause: "approved in 1987 … through Sept. 29"', () => {
    expect(read('Under a plan approved in 1987, it had bought shares through Sept. 29.')).toEqual([
      ['1987', '1987'],
      ['Sept. 29', '2010-09-29'],
    ]);
  });

  it('leaves "It cut 300 jobs on 4 July" after a bare year ("founded in 1998") to the calendar', () => {
    expect(read('The company was founded in 1998. It cut 300 jobs on 4 July.')).toEqual([
      ['1998', '1998'],
      ['on 4 July', '2010-07-04'],
    ]);
  });

  it.each([
    ['The company was founded in March 1998. It cut 300 jobs on 4 July.', '2010-07-04'],
    ['She was born in May 1960. She joined the board on 2 June.', '2010-06-02'],
    [
      'The bridge was built in the summer of 1931. It was closed to lorries on 3 August.',
      '2010-08-03',
    ],
  ])('leaves "%s" (a founding, a birth or a building before it) to the calendar', (text, day) => {
    expect(read(text).at(-1)?.[1]).toBe(day);
  });

  it('reads "Its main engine fired for 22 minutes on 2 February" after "launched in October 2019" as this February', () => {
    const text =
      'Halcyon was launched from French Guiana in October 2019 and used two fly-bys of Earth to pick up speed. Its main engine fired for 22 minutes on 2 February.';
    expect(
      findMentions(text, { published: '2026-02-14', locale: 'en-GB' })
        .filter((m) => m.text === 'on 2 February')
        .map((m) => m.value),
    ).toEqual(['2026-02-02']);
  });

  it('reads "rail staff plan a stoppage on March 18" after "The last strike, in 1989, lasted nine days" as the coming March 18', () => {
    const text =
      'The last strike, in 1989, lasted nine days. Dutch dock workers held a 24-hour strike in January, and rail staff plan a stoppage on March 18.';
    expect(
      findMentions(text, { published: '2019-03-04', locale: 'en-GB' })
        .filter((m) => m.text === 'March 18')
        .map((m) => m.value),
    ).toEqual(['2019-03-18']);
  });

  it("leaves a day of publication's year, and a day many months on from the month named, to the calendar", () => {
    expect(read('The firm was founded in June 2006. It cut 300 jobs on 4 February.')).toEqual([
      ['June 2006', '2006-06'],
      ['on 4 February', '2011-02-04'],
    ]);
    expect(read('The firm was founded in March 2006. It cut 300 jobs on 4 December.')).toEqual([
      ['March 2006', '2006-03'],
      ['on 4 December', '2010-12-04'],
    ]);
  });
});

describe('a day and month after a year that sets no sentence in it', () => {
  it.each([
    [
      '2026-08-06',
      'Power was cut in 1800 homes. Engineers restored supplies on 4 August.',
      'on 4 August',
      '2026-08-04',
    ],
    [
      '2026-05-20',
      'The cottage cost £40,000 in 1975 money. It sold at auction on 12 May.',
      'on 12 May',
      '2026-05-12',
    ],
    [
      '2026-04-08',
      'Based on 2019 figures, the town has lost 40 pubs. Three more closed on 31 March.',
      'on 31 March',
      '2026-03-31',
    ],
    [
      '2026-04-08',
      'Revenue fell 4% in 2024 prices. The results were published on 2 April.',
      'on 2 April',
      '2026-04-02',
    ],
    [
      '2026-05-09',
      'Turnout was 62 per cent, up from 58 per cent in 2021. Counting ended on 7 May.',
      'on 7 May',
      '2026-05-07',
    ],
    [
      '2026-03-10',
      'Tourism chiefs said the city is back to levels last seen in 2007. Hotels were full on 14 February.',
      'on 14 February',
      '2026-02-14',
    ],
    [
      '2026-08-05',
      'The club has not won the league since its last title in 1998. It lost to Leeds on 2 August.',
      'on 2 August',
      '2026-08-02',
    ],
    [
      '2026-07-14',
      'Unemployment is at its highest level since records began in 1971. The figures were published on 10 July.',
      'on 10 July',
      '2026-07-10',
    ],
    [
      '2026-10-14',
      'The fund lost money in the summer of 2008. Its manager resigned on Monday 12 October.',
      'on Monday 12 October',
      '2026-10-12',
    ],
  ])('on %s reads the day of %j in the year of publication', (published, text, day, value) => {
    expect(
      findMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]),
    ).toContainEqual([day, value]);
  });
});

describe('a day and month told in the past after a day or month of "last year" in the paragraph', () => {
  const JUNE_2024 = { published: '2024-06-13', locale: 'en-US' } as const;
  const readJune = (text: string) => findMentions(text, JUNE_2024).map((m) => [m.text, m.value]);

  it.each([
    [
      'On Jan. 11 last year, the ship sank. On Jan. 25, divers reached it.',
      'Jan. 25',
      '2023-01-25',
    ],
    ['In March last year, the plant closed. Workers marched on April 4.', 'April 4', '2023-04-04'],
    [
      'On Jan. 11 last year, the ship sank. All 30 crew died. On Jan. 25, divers reached it.',
      'Jan. 25',
      '2023-01-25',
    ],
    [
      'The ship sank on 11 January last year. Divers reached it on 2 February.',
      'on 2 February',
      '2023-02-02',
    ],
  ])('reads "%s" with the day in that year', (text, words, value) => {
    expect(readJune(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('reads "On Jan. 11 last year, the ship sank. On Jan. 25, divers reached it.", said on 13 June 2024, in TimeML mode as 2023-01-11 and 2023-01-25', () => {
    const found = findTimemlMentions(
      'On Jan. 11 last year, the ship sank. On Jan. 25, divers reached it.',
      JUNE_2024,
    );
    expect(found.map((m) => m.value)).toEqual(['2023-01-11', '2023-01-25']);
  });

  it.each([
    [
      'On Jan. 25 last year, the ship sank. On Jan. 11, divers reached it.',
      'Jan. 11',
      '2024-01-11',
    ],
    ['Sales fell last year. On Jan. 25, the firm cut jobs.', 'Jan. 25', '2024-01-25'],
    [
      'On Jan. 11 last year, the ship sank. The inquiry opened this week. On Jan. 25, divers reached it.',
      'Jan. 25',
      '2024-01-25',
    ],
    [
      'On Jan. 11 last year, the ship sank.\n\nAll 30 crew died. On Jan. 25, divers reached it.',
      'Jan. 25',
      '2024-01-25',
    ],
    [
      'On Jan. 11 last year, the ship sank. Divers will reach it on Jan. 25.',
      'Jan. 25',
      '2025-01-25',
    ],
  ])(
    'leaves "%s" (a day before the story\'s, a bare "last year", another time between, a new paragraph, a day ahead) to the calendar',
    (text, words, value) => {
      expect(readJune(text).find(([w]) => w === words)?.[1]).toBe(value);
    },
  );

  it('reads "On April 2" after "Engineers have since rebuilt the dam" as this year\'s: "have since" brings the story up to now', () => {
    const found = findMentions(
      'In March last year, the river burst its banks. Engineers have since rebuilt the dam. On April 2, the town held a festival.',
      { published: '2024-06-20', locale: 'en-US' },
    );
    expect(found.find((m) => m.text.includes('April 2'))?.value).toBe('2024-04-02');
  });

  it('still reads "On April 2" as last year\'s after a sentence with no "have since"', () => {
    const found = findMentions(
      'In March last year, the river burst its banks. Engineers rebuilt the dam. On April 2, the town held a festival.',
      { published: '2024-06-20', locale: 'en-US' },
    );
    expect(found.find((m) => m.text.includes('April 2'))?.value).toBe('2023-04-02');
  });
});
