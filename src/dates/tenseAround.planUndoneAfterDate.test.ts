import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const first = (text: string, published: string, locale: 'en-US' | 'en-GB' = 'en-GB') =>
  findMentions(text, { published, locale })[0]?.value;
const year = (published: string, amount: number) => String(Number(published.slice(0, 4)) + amount);

describe('a plan told in the past before its date, undone after it', () => {
  it('reads "The plant was scheduled to close on 1 December, but it was reprieved", said on 10 April 2008, as the December gone by', () => {
    const published = '2008-04-10';
    expect(
      first('The plant was scheduled to close on 1 December, but it was reprieved.', published),
    ).toBe(`${year(published, -1)}-12-01`);
  });

  it('reads "The gallery was due to reopen on 21 August, but the work ran late", said on 9 May 2001, as the August gone by', () => {
    const published = '2001-05-09';
    expect(
      first('The gallery was due to reopen on 21 August, but the work ran late.', published),
    ).toBe(`${year(published, -1)}-08-21`);
  });

  it('reads "The plant was scheduled to close Nov. 15, but the union won a reprieve", said on 10 April 1991, as the November gone by', () => {
    const published = '1991-04-10';
    expect(
      first(
        'The plant was scheduled to close Nov. 15, but the union won a reprieve.',
        published,
        'en-US',
      ),
    ).toBe(`${year(published, -1)}-11-15`);
  });

  it('keeps "The gallery was due to reopen on 21 August", said on 9 May 2001, ahead', () => {
    const published = '2001-05-09';
    expect(first('The gallery was due to reopen on 21 August.', published)).toBe(
      `${year(published, 0)}-08-21`,
    );
  });

  it('keeps "The plant was scheduled to close on 1 December, but workers hope it will be saved", said on 10 April 2008, ahead', () => {
    const published = '2008-04-10';
    expect(
      first(
        'The plant was scheduled to close on 1 December, but workers hope it will be saved.',
        published,
      ),
    ).toBe(`${year(published, 0)}-12-01`);
  });

  it('keeps "The gallery was due to reopen on 21 August, but the date may slip", said on 9 May 2001, ahead', () => {
    const published = '2001-05-09';
    expect(
      first('The gallery was due to reopen on 21 August, but the date may slip.', published),
    ).toBe(`${year(published, 0)}-08-21`);
  });

  it.each([
    ['The stadium was scheduled to open on 1 December, but the opening was put back to 2009.'],
    ['The plant was due to close on 1 December, but the closure was postponed until next year.'],
    ['On 1 December, the stadium was scheduled to open, but the opening was pushed back to 2009.'],
  ])('keeps %j, said on 10 April 2008, ahead: the plan was put off to a later time', (text) => {
    const published = '2008-04-10';
    expect(first(text, published)).toBe(`${year(published, 0)}-12-01`);
  });
});

describe('a past of planning "for" a time, undone after it', () => {
  it('reads "Retailers planned for a strong Christmas season, but shoppers stayed home", said on 20 April 1990, as the Christmas gone by', () => {
    const published = '1990-04-20';
    expect(
      first(
        'Retailers planned for a strong Christmas season, but shoppers stayed home.',
        published,
        'en-US',
      ),
    ).toBe(`${year(published, -1)}-12-25`);
  });

  it('reads "The company planned for a Dec. 1 launch, but the rollout slipped", said on 12 March 1990, as the December gone by', () => {
    const published = '1990-03-12';
    expect(
      first(
        'The company planned for a Dec. 1 launch, but the rollout slipped.',
        published,
        'en-US',
      ),
    ).toBe(`${year(published, -1)}-12-01`);
  });

  it('keeps "Retailers planned for a strong Christmas season, but the earthquake may hurt sales", said on 20 November 1989, the coming one', () => {
    const published = '1989-11-20';
    expect(
      first(
        'Retailers planned for a strong Christmas season, but the earthquake may hurt sales.',
        published,
        'en-US',
      ),
    ).toBe(`${year(published, 0)}-12-25`);
  });

  it('keeps "Retailers are planning for a strong Christmas season", said on 20 April 1990, the coming one', () => {
    const published = '1990-04-20';
    expect(first('Retailers are planning for a strong Christmas season.', published, 'en-US')).toBe(
      `${year(published, 0)}-12-25`,
    );
  });
});
