import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a judgment reserved until a time', () => {
  it('reads "The judge reserved judgment until the autumn" as the coming autumn', () => {
    expect(read('The High Court judge reserved judgment until the autumn.', '2026-07-02')).toEqual([
      ['the autumn = 2026-FA'],
      ['the autumn = 2026-FA'],
    ]);
  });

  it('reads "The judge reserved judgment until Friday" as the coming Friday', () => {
    expect(read('The judge reserved judgment until Friday.', '2026-07-02')).toEqual([
      ['Friday = 2026-07-03'],
      ['Friday = 2026-07-03'],
    ]);
  });

  it('reads "The judges reserved their decision until January" as the coming January', () => {
    expect(read('The judges reserved their decision until January.', '2026-07-02')).toEqual([
      ['January = 2027-01'],
      ['January = 2027-01'],
    ]);
  });

  it('keeps "She reserved a seat and waited until Friday" the Friday gone by', () => {
    expect(read('She reserved a seat and waited until Friday.', '2026-07-02')).toEqual([
      ['Friday = 2026-06-26'],
      ['Friday = 2026-06-26'],
    ]);
  });
});
