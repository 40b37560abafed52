import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 12 January 2000: the Friday gone by is the 7th, the coming one the 14th.
const WEDNESDAY = { published: '2000-01-12', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY).map((m) => `${m.text.replace(/^(?:on|at) /, '')} = ${m.value}`),
  );

describe('an instruction to come back or to appear, told in the past', () => {
  it('reads "The judge told jurors to return at 9 a.m. Friday to begin deliberations", said on 12 January 2000, as 2000-01-14T09:00', () => {
    expect(
      read('The judge told jurors to return at 9 a.m. Friday to begin deliberations.'),
    ).toEqual([['9 a.m. Friday = 2000-01-14T09:00'], ['9 a.m. Friday = 2000-01-14T09:00']]);
  });

  it('reads "He was ordered to appear in court Monday", said on 12 January 2000, as 2000-01-17', () => {
    expect(read('He was ordered to appear in court Monday.')).toEqual([
      ['Monday = 2000-01-17'],
      ['Monday = 2000-01-17'],
    ]);
  });

  it('reads "The judge told the jury to come back Friday", said on 12 January 2000, as 2000-01-14', () => {
    expect(read('The judge told the jury to come back Friday.')).toEqual([
      ['Friday = 2000-01-14'],
      ['Friday = 2000-01-14'],
    ]);
  });

  it('keeps "The judge told jurors he returned Friday", said on 12 January 2000, as the Friday gone by (no infinitive)', () => {
    expect(read('The judge told jurors he returned Friday.')[0]).toEqual(['Friday = 2000-01-07']);
  });

  it('keeps "Police asked him to resign on Monday", said on 12 January 2000, as the Monday gone by (no verb of attending)', () => {
    expect(read('Police asked him to resign on Monday.')[0]).toEqual(['Monday = 2000-01-10']);
  });

  it('keeps "The witness returned to court Friday", said on 12 January 2000, as the Friday gone by', () => {
    expect(read('The witness returned to court Friday.')[0]).toEqual(['Friday = 2000-01-07']);
  });

  it('still reads "The defendant, who was ordered to appear Monday, pleaded not guilty", said on 12 January 2000, as 2000-01-10', () => {
    expect(read('The defendant, who was ordered to appear Monday, pleaded not guilty.')).toEqual([
      ['Monday = 2000-01-10'],
      ['Monday = 2000-01-10'],
    ]);
  });
});
