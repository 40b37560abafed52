import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const first = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' })[0]?.value;
const year = (published: string, amount: number) => String(Number(published.slice(0, 4)) + amount);

describe('a plan told in the past after a fronted day and month', () => {
  it('reads "On 9 September, the trust\'s board was to meet in Leeds", said on 15 February 2006, as the coming September', () => {
    const published = '2006-02-15';
    expect(first("On 9 September, the trust's board was to meet in Leeds.", published)).toBe(
      `${year(published, 0)}-09-09`,
    );
  });

  it('reads "On 21 August, the museum\'s restored gallery was to reopen to the public, the trustees said", said on 9 May 2001, as the coming August', () => {
    const published = '2001-05-09';
    expect(
      first(
        "On 21 August, the museum's restored gallery was to reopen to the public, the trustees said.",
        published,
      ),
    ).toBe(`${year(published, 0)}-08-21`);
  });

  it('keeps a day a few weeks gone: "On 9 January, the trust\'s board was to meet in Leeds", said on 15 February 2006', () => {
    const published = '2006-02-15';
    expect(first("On 9 January, the trust's board was to meet in Leeds.", published)).toBe(
      `${year(published, 0)}-01-09`,
    );
  });

  it('keeps a plan that came to nothing gone by: "On 21 August, the museum\'s restored gallery was to have reopened, but the work ran late"', () => {
    const published = '2001-05-09';
    expect(
      first(
        "On 21 August, the museum's restored gallery was to have reopened, but the work ran late.",
        published,
      ),
    ).toBe(`${year(published, -1)}-08-21`);
  });

  it('keeps a deed gone by: "On 9 September, the trust\'s board met in Leeds"', () => {
    const published = '2006-02-15';
    expect(first("On 9 September, the trust's board met in Leeds.", published)).toBe(
      `${year(published, -1)}-09-09`,
    );
  });

  it('keeps a plan undone gone by: "On 9 September, the board was to meet but the meeting was cancelled", said on 15 February 2006', () => {
    const published = '2006-02-15';
    expect(
      first('On 9 September, the board was to meet but the meeting was cancelled.', published),
    ).toBe(`${year(published, -1)}-09-09`);
  });
});
