import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-GB' }) as const;
const read = (text: string, published: string) =>
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`);

describe('"this winter" told in the past in spring', () => {
  it('reads "This winter was the wettest in England since records began in 1836", said in March, as the winter just gone', () => {
    const text = 'This winter was the wettest in England since records began in 1836.';
    expect(read(text, '2026-03-11')).toEqual(['This winter = 2025-WI', '1836 = 1836']);
    expect(readTimeml(text, '2026-03-11')).toEqual(['This winter = 2025-WI', '1836 = 1836']);
  });

  it('reads "Heating bills were higher this winter than last", said in April, as the winter just gone', () => {
    expect(read('Heating bills were higher this winter than last.', '2026-04-02')).toContain(
      'this winter = 2025-WI',
    );
  });

  it('reads "this winter" told ahead, said in March, as the coming winter', () => {
    expect(read('Forecasters say this winter will be cold.', '2026-03-11')).toContain(
      'this winter = 2026-WI',
    );
  });

  it('reads "The ski company said this winter would be its busiest yet", said in April, as the coming winter', () => {
    const text = 'The ski company said this winter would be its busiest yet.';
    expect(read(text, '2026-04-15')).toEqual(['this winter = 2026-WI']);
    expect(readTimeml(text, '2026-04-15')).toEqual(['this winter = 2026-WI']);
  });

  it('reads "Officials said this winter could have been far worse", said in April, as the winter just gone', () => {
    expect(read('Officials said this winter could have been far worse.', '2026-04-15')).toEqual([
      'this winter = 2025-WI',
    ]);
  });

  it('reads "This summer was the hottest on record", said in September, as this year\'s summer', () => {
    expect(read('This summer was the hottest on record.', '2025-09-10')).toEqual([
      'This summer = 2025-SU',
    ]);
  });

  it('reads "This winter has been mild so far", said in January, as the current winter', () => {
    expect(read('This winter has been mild so far.', '2026-01-06')).toEqual([
      'This winter = 2025-WI',
    ]);
  });
});

describe('"this winter" told in the past outside spring', () => {
  it('reads "This winter has been mild so far", said in December, as the winter begun', () => {
    expect(read('This winter has been mild so far.', '2025-12-20')).toEqual([
      'This winter = 2025-WI',
    ]);
  });

  it('reads "Utilities stocked up on gas for this winter", said in October, as the coming winter', () => {
    expect(read('Utilities stocked up on gas for this winter.', '2025-10-14')).toEqual([
      'this winter = 2025-WI',
    ]);
  });
});

describe('"for this winter" in a past clause said in spring', () => {
  it('reads "Ministers said they had secured enough gas for this winter", said in May, as the coming winter', () => {
    expect(
      read('Ministers said they had secured enough gas for this winter.', '2026-05-20'),
    ).toEqual(['this winter = 2026-WI']);
  });
});

describe('"this summer" in a past clause said in spring', () => {
  it('reads "Protesters pledged to join the road protests this summer", said in March, as the coming summer', () => {
    expect(read('Protesters pledged to join the road protests this summer.', '2026-03-22')).toEqual(
      ['this summer = 2026-SU'],
    );
  });
});
