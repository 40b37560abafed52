import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { seasonOver } from './seasonOver.ts';

const published = '1990-01-09';
const options = { published, locale: 'en-US' } as const;
const year = Number(published.slice(0, 4));
// The Christmas just gone and the coming one.
const gone = `${year - 1}-12-25`;
const coming = `${year}-12-25`;
const christmas = (text: string, said = published) =>
  findMentions(text, { ...options, published: said }).find((m) => m.text.includes('Christmas'))
    ?.value;

describe('seasonOver', () => {
  it('finds a season told in the present as ended', () => {
    expect(seasonOver(' season is over, and the discounting continues.')).toBe(true);
    expect(seasonOver(' selling season is now behind us.')).toBe(true);
  });

  it('leaves a season under way or to come', () => {
    expect(seasonOver(' season is off to a slow start.')).toBe(false);
    expect(seasonOver(' season is overdue for a rebound.')).toBe(false);
  });
});

describe('a feast season told as over just after it', () => {
  it(`reads "The Christmas season is over, and the discounting continues", said on 9 January 1990, as ${gone} (was ${coming})`, () => {
    const text = 'The Christmas season is over, and the discounting continues.';
    expect(christmas(text)).toBe(gone);
    expect(findTimemlMentions(text, options).find((m) => m.text.includes('Christmas'))?.value).toBe(
      gone,
    );
  });

  it(`keeps "Retailers are already planning for the next Christmas season" on ${coming}`, () => {
    expect(christmas('Retailers are already planning for the next Christmas season.')).toBe(coming);
  });

  it('keeps a season told as over far from its feast as read before', () => {
    const said = `${year}-06-12`;
    expect(christmas('The Christmas season is over, and the discounting continues.', said)).toBe(
      christmas('The Christmas season is under way, and the discounting continues.', said),
    );
  });
});
