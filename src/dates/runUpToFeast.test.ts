import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { runUpToFeast } from './runUpToFeast.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a feast named as the end of its run-up', () => {
  it('reads "Supermarkets want longer opening hours in the run-up to Christmas" as the coming Christmas', () => {
    expect(
      read('Supermarkets want longer opening hours in the run-up to Christmas.', '2026-11-20'),
    ).toEqual([['Christmas = 2026-12-25'], ['Christmas = 2026-12-25']]);
  });

  it('reads "Shops usually take on extra staff in the build-up to Easter" as the coming Easter', () => {
    expect(
      read('Shops usually take on extra staff in the build-up to Easter.', '2026-02-10'),
    ).toEqual([['Easter = 2026-04-05'], ['Easter = 2026-04-05']]);
  });

  it('reads "Sales in the run-up to Christmas are up 5%", said in January, as the Christmas just gone by', () => {
    expect(read('Sales in the run-up to Christmas are up 5%, the BRC says.', '2027-01-12')).toEqual(
      [['Christmas = 2026-12-25'], ['Christmas = 2026-12-25']],
    );
  });

  it('keeps the Christmas gone by in "Retail sales rose in the run-up to Christmas", a past', () => {
    expect(read('Retail sales rose in the run-up to Christmas.', '2027-01-10')).toEqual([
      ['Christmas = 2026-12-25'],
      ['Christmas = 2026-12-25'],
    ]);
  });

  it('keeps the coming Christmas in "Councils will offer free parking in the run-up to Christmas", said in June, a future', () => {
    expect(
      read('Councils will offer free parking in the run-up to Christmas.', '2026-06-10'),
    ).toEqual([['Christmas = 2026-12-25'], ['Christmas = 2026-12-25']]);
  });

  it('finds the run-up only right before the feast', () => {
    const text = 'The countdown to Diwali has begun.';
    expect(runUpToFeast(text, text.indexOf('Diwali'))).toBe(true);
    const apart = 'The run-up was long, and Christmas sales were strong.';
    expect(runUpToFeast(apart, apart.indexOf('Christmas'))).toBe(false);
  });

  it('reads "Footfall fell 5% in the run-up to Christmas, the survey found", said in September, as the Christmas gone by', () => {
    expect(
      read('Footfall fell 5% in the run-up to Christmas, the survey found.', '2026-09-15'),
    ).toEqual([['Christmas = 2025-12-25'], ['Christmas = 2025-12-25']]);
  });
});
