import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 3 December 2026.
const DECEMBER = '2026-12-03';

const values = (text: string) =>
  findMentions(text, { published: DECEMBER, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const timemlValues = (text: string) =>
  findTimemlMentions(text, { published: DECEMBER, locale: 'en-US' }).map(
    (m) => `${m.text} = ${m.value}`,
  );

describe('a bare "fall" after a preposition opening the sentence', () => {
  it.each([
    ["By fall we'll know.", 'fall'],
    ['By fall, the plant will close.', 'fall'],
    ['Until fall, rents will stay frozen.', 'fall'],
    ['By Fall, his memoir will be out.', 'Fall'],
  ])('reads %j as the coming fall, in both readings', (text, words) => {
    expect(values(text)).toEqual([`${words} = 2027-FA`]);
    expect(timemlValues(text)).toEqual([`${words} = 2027-FA`]);
  });

  it('reads no season in a fall that is no season or a clause that does not look ahead', () => {
    expect(values('Prices fall by fall.')).toEqual([]);
    expect(values('By fall we knew.')).toEqual([]);
    expect(values('By the fall of the city, the army had fled.')).toEqual([]);
  });

  it('reads no season in "During fall, the museum extends its hours.", a habit of every fall', () => {
    const text = 'During fall, the museum extends its hours.';
    const published = '2013-05-08';
    expect(findMentions(text, { published, locale: 'en-US' })).toEqual([]);
    expect(findTimemlMentions(text, { published, locale: 'en-US' })).toEqual([]);
  });
});
