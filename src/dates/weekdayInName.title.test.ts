import { previousFriday, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const names = (found: string[], word: string) => found.filter((m) => m.includes(word));

describe("a weekday in a work's title", () => {
  it('reads no day in "The horror film Friday the 13th opened in 1980", said on 16 October 1989', () => {
    const text = 'The horror film Friday the 13th opened in 1980 to scathing reviews.';
    expect(names(read(text, '1989-10-16'), 'Friday')).toEqual([]);
    expect(names(readTimeml(text, '1989-10-16'), 'Friday')).toEqual([]);
    expect(read(text, '1989-10-16')).toContain('1980 = 1980');
  });

  it('reads no day in "Paramount\'s Friday the 13th Part VIII opened", said on 7 August 1989', () => {
    const text =
      "Paramount's Friday the 13th Part VIII: Jason Takes Manhattan opened to weak receipts.";
    expect(names(read(text, '1989-08-07'), 'Friday')).toEqual([]);
  });

  it('reads no day in "the song Manic Monday" nor in "the novel Tuesday\'s Child"', () => {
    expect(read('The song Manic Monday was a hit for the Bangles.', '1989-10-20')).toEqual([]);
    expect(read("The novel Tuesday's Child sold 100,000 copies.", '1990-01-15')).toEqual([]);
    expect(read('The movie Black Sunday was a hit for Paramount.', '1990-03-12')).toEqual([]);
  });

  it('keeps "Paramount released the film Friday in 1,200 theaters", said on 16 October 1989, as the Friday gone by', () => {
    const published = new Date(1989, 9, 16);
    const friday = format(previousFriday(published), 'yyyy-MM-dd');
    expect(
      read(
        'Paramount released the film Friday in 1,200 theaters.',
        format(published, 'yyyy-MM-dd'),
      ),
    ).toContain(`Friday = ${friday}`);
    expect(
      read('Since Friday the 13th, the Dow has regained half its loss.', '1989-10-17'),
    ).toContain(`Friday the 13th = ${format(previousFriday(new Date(1989, 9, 17)), 'yyyy-MM-dd')}`);
  });

  it('keeps "Warner released the movie Batman Friday in 2,200 theaters", said on 26 June 1989, as the Friday gone by', () => {
    const published = new Date(1989, 5, 26);
    const friday = format(previousFriday(published), 'yyyy-MM-dd');
    for (const text of [
      'Warner released the movie Batman Friday in 2,200 theaters.',
      'Warner released the movie Batman Friday, the studio said.',
    ])
      expect(read(text, format(published, 'yyyy-MM-dd'))).toContain(`Friday = ${friday}`);
  });

  it('keeps "Warner Bros. released the movie Batman Friday nationwide", said on 26 June 1989, as the Friday gone by', () => {
    const published = new Date(1989, 5, 26);
    const friday = format(previousFriday(published), 'yyyy-MM-dd');
    for (const text of [
      'Warner Bros. released the movie Batman Friday nationwide.',
      'Paramount opened the thriller Batman Friday across the country.',
      'Warner said the movie Batman Friday became the fastest picture to pass $100 million.',
    ])
      expect(read(text, format(published, 'yyyy-MM-dd'))).toContain(`Friday = ${friday}`);
  });

  it('reads no day in "The album Blue Monday sold two million copies" nor in "the song Blue Monday by New Order"', () => {
    expect(
      names(read('The album Blue Monday sold two million copies.', '1990-02-05'), 'Monday'),
    ).toEqual([]);
    expect(
      names(
        read('Radio stations still play the song Blue Monday by New Order.', '1990-02-05'),
        'Monday',
      ),
    ).toEqual([]);
  });
});
