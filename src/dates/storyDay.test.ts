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
