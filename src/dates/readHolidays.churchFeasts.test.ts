import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe("the Church's feasts", () => {
  it.each([
    ['Churches will hold special services on Epiphany.', '2026-12-16', 'Epiphany = 2027-01-06'],
    [
      'Palm Sunday processions will go ahead despite the rain.',
      '2026-03-11',
      'Palm Sunday = 2026-03-29',
    ],
    [
      'Shops will close early on All Saints\u2019 Day.',
      '2026-10-20',
      'All Saints\u2019 Day = 2026-11-01',
    ],
    ["The races are held on St Stephen's Day.", '2026-12-16', "St Stephen's Day = 2026-12-26"],
    ['Whit Monday falls late this year.', '2026-03-11', 'Whit Monday = 2026-05-25'],
    ['Offices will close on Ascension Day.', '2026-04-20', 'Ascension Day = 2026-05-14'],
  ])('reads "%s" as the feast\'s day', (text, published, found) => {
    expect(read(text, published).map((mentions) => mentions[0])).toEqual([found, found]);
  });

  it('reads no feast in the Whitsunday Islands, a place', () => {
    expect(read('Cyclone warnings were issued for the Whitsunday Islands.', '2026-02-10')).toEqual([
      [],
      [],
    ]);
  });

  it('reads no feast in a sudden insight written in lower case', () => {
    expect(read('She had an epiphany in the shower.', '2026-12-16')).toEqual([[], []]);
  });
});
