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

describe('a reservation that is no ruling held ahead', () => {
  const readUs = (text: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published: '2026-05-06', locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
    );

  it('keeps "Fans who reserved seats waited until Friday for news" the Friday gone by', () => {
    expect(readUs('Fans who reserved seats waited until Friday for news.')).toEqual([
      ['Friday = 2026-05-01'],
      ['Friday = 2026-05-01'],
    ]);
  });

  it('keeps "All the tables were reserved by Friday" the Friday gone by', () => {
    expect(readUs('All the tables were reserved by Friday, the owner said.')).toEqual([
      ['Friday = 2026-05-01'],
      ['Friday = 2026-05-01'],
    ]);
  });

  it('keeps "He reserved his position until Monday, when he backed the deal" gone by', () => {
    expect(readUs('He reserved his position until Monday, when he backed the deal.')).toEqual([
      ['Monday = 2026-05-04'],
      ['Monday = 2026-05-04'],
    ]);
  });
});
