import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { deadlineStillAhead } from './deadlineStillAhead.ts';

// The value both readings give the first mention of `phrase` in a sentence said on `on`.
const readBoth = (text: string, on: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(phrase))?.value,
  );
// The day `md` ("06-30") of the year `shift` years after the year of `on`, twice.
const dayOf = (on: string, md: string, shift: number) => {
  const day = `${Number(on.slice(0, 4)) + shift}-${md}`;
  return [day, day];
};

// The offsets of `phrase` in `text`.
const spanOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { text, start, end: start + phrase.length };
};

describe('deadlineStillAhead', () => {
  it('takes the next such day for a deadline a present clause after "and" speaks of', () => {
    const text = 'June 30 became the deadline, and lawmakers now want to delay it.';
    expect(
      deadlineStillAhead({
        ...spanOf(text, 'June 30'),
        month: 6,
        day: 30,
        published: '1990-05-10',
      }),
    ).toBe('1990-06-30');
  });

  it('leaves a deadline day just gone by, nearer than the next, to the tense', () => {
    const text = 'June 30 became the deadline, and lawmakers now want to delay it.';
    expect(
      deadlineStillAhead({
        ...spanOf(text, 'June 30'),
        month: 6,
        day: 30,
        published: '1990-07-02',
      }),
    ).toBeUndefined();
  });

  it('leaves a day that is no deadline, a day after other words, and a past after "and"', () => {
    const other = 'June 30 became a holiday, and workers now want it moved.';
    expect(
      deadlineStillAhead({
        ...spanOf(other, 'June 30'),
        month: 6,
        day: 30,
        published: '1990-05-10',
      }),
    ).toBeUndefined();
    const inside = 'On June 30 the deadline passed, and lawmakers now want another.';
    expect(
      deadlineStillAhead({
        ...spanOf(inside, 'June 30'),
        month: 6,
        day: 30,
        published: '1990-05-10',
      }),
    ).toBeUndefined();
    const met = 'March 1 became the deadline, and most banks met it.';
    expect(
      deadlineStillAhead({ ...spanOf(met, 'March 1'), month: 3, day: 1, published: '1990-03-19' }),
    ).toBeUndefined();
  });
});

describe('a deadline still to come told with a count of years back in another clause', () => {
  it('reads "June 30 became the deadline under a law passed two years ago, and lawmakers now want to delay it", said on 10 May 1990, as the coming June 30 (was 1989-06-30)', () => {
    const on = '1990-05-10';
    const text =
      'June 30 became the deadline under a law passed two years ago, and lawmakers now want to delay it.';
    expect(readBoth(text, on, 'June 30')).toEqual(dayOf(on, '06-30', 0));
  });

  it('reads "Jan. 1 became the deadline under rules adopted two years ago, and banks are still not ready", said on 14 November 1989, as 1990-01-01 (was 1989-01-01)', () => {
    const on = '1989-11-14';
    const text =
      'Jan. 1 became the deadline under rules adopted two years ago, and banks are still not ready.';
    expect(readBoth(text, on, 'Jan. 1')).toEqual(dayOf(on, '01-01', 1));
  });

  it('reads "Oct. 1 became the deadline under a law enacted three years ago, and regulators say they cannot meet it", said on 19 March 1990, as the coming Oct. 1', () => {
    const on = '1990-03-19';
    const text =
      'Oct. 1 became the deadline under a law enacted three years ago, and regulators say they cannot meet it.';
    expect(readBoth(text, on, 'Oct. 1')).toEqual(dayOf(on, '10-01', 0));
  });

  it('keeps "March 1 became the deadline under a law passed two years ago, and most banks met it", said on 19 March 1990, the March 1 gone by', () => {
    const on = '1990-03-19';
    const text =
      'March 1 became the deadline under a law passed two years ago, and most banks met it.';
    expect(readBoth(text, on, 'March 1')).toEqual(dayOf(on, '03-01', 0));
  });

  it('keeps "Two years ago, Oct. 19 became Black Monday", said on 18 October 1989, 1987-10-19', () => {
    const on = '1989-10-18';
    expect(readBoth('Two years ago, Oct. 19 became Black Monday.', on, 'Oct. 19')).toEqual(
      dayOf(on, '10-19', -2),
    );
  });

  it('keeps "Oct. 19 became the deadline for the offer, and analysts say the bid is dead", said on 25 October 1989, the Oct. 19 just gone by (was 1990-10-19)', () => {
    const on = '1989-10-25';
    const text = 'Oct. 19 became the deadline for the offer, and analysts say the bid is dead.';
    expect(readBoth(text, on, 'Oct. 19')).toEqual(dayOf(on, '10-19', 0));
  });

  it('keeps "Jan. 15 became the deadline for the tender offer, and holders are still tendering shares", said on 22 January 1990, the Jan. 15 just gone by (was 1991-01-15)', () => {
    const on = '1990-01-22';
    const text =
      'Jan. 15 became the deadline for the tender offer, and holders are still tendering shares.';
    expect(readBoth(text, on, 'Jan. 15')).toEqual(dayOf(on, '01-15', 0));
  });

  it('keeps "Sept. 30 became the deadline two years ago", said on 10 May 1990, with no clause after it, to the count', () => {
    const on = '1990-05-10';
    const text = 'Sept. 30 became the deadline two years ago.';
    expect(readBoth(text, on, 'Sept. 30')).toEqual(dayOf(on, '09-30', -2));
  });

  it('reads "July 1 became the effective date, and banks say they are ready for it", said on 2 May 1990, as the coming July 1 (was 1989-07-01)', () => {
    const on = '1990-05-02';
    const text = 'July 1 became the effective date, and banks say they are ready for it.';
    expect(readBoth(text, on, 'July 1')).toEqual(dayOf(on, '07-01', 0));
  });

  it('reads "Jan. 1 became the effective date, and insurers expect to raise rates", said on 11 September 1989, as the coming Jan. 1 (was 1989-01-01)', () => {
    const on = '1989-09-11';
    const text = 'Jan. 1 became the effective date, and insurers expect to raise rates.';
    expect(readBoth(text, on, 'Jan. 1')).toEqual(dayOf(on, '01-01', 1));
  });

  it('keeps "July 1 became the effective date last year", said on 2 May 1990, the July 1 gone by', () => {
    const on = '1990-05-02';
    const text = 'July 1 became the effective date last year.';
    expect(readBoth(text, on, 'July 1')).toEqual(dayOf(on, '07-01', -1));
  });

  it('keeps "July 1 became the effective date, and banks say compliance has gone smoothly since", said on 10 September 1990, the July 1 just gone by', () => {
    const on = '1990-09-10';
    const text =
      'July 1 became the effective date, and banks say compliance has gone smoothly since.';
    expect(readBoth(text, on, 'July 1')).toEqual(dayOf(on, '07-01', 0));
  });

  it('keeps "July 1 became the effective date last year, and banks say they are ready", said on 2 May 1990, the July 1 gone by', () => {
    const on = '1990-05-02';
    const text = 'July 1 became the effective date last year, and banks say they are ready.';
    expect(readBoth(text, on, 'July 1')).toEqual(dayOf(on, '07-01', -1));
  });

  it('keeps "June 30 became the deadline two years ago, and lawmakers now want to move it", said on 10 May 1990, the June 30 gone by', () => {
    const text = 'June 30 became the deadline two years ago, and lawmakers now want to move it.';
    expect(
      deadlineStillAhead({
        ...spanOf(text, 'June 30'),
        month: 6,
        day: 30,
        published: '1990-05-10',
      }),
    ).toBe(undefined);
  });
});
