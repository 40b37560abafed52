import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 16 October 1989.
const read = (text: string, published = '1989-10-16') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('"the full year" before "to be"', () => {
  it('reads "The company said it expects results for the full year to be below 1988\'s", said on 16 October 1989, as 1989', () => {
    expect(
      read("The company said it expects results for the full year to be below 1988's."),
    ).toEqual([
      ['the full year=1989', '1988=1988'],
      ['the full year=1989', '1988=1988'],
    ]);
  });

  it('still reads "Profit for the year to March rose 8%", said on 16 October 1989, as no year 1989: a year ending in March 1989-03, a length P1Y in TimeML mode', () => {
    expect(read('Profit for the year to March rose 8%.')).toEqual([
      ['March=1989-03'],
      ['the year=P1Y', 'March=1989-03'],
    ]);
  });

  // The year of publication, from the date the copy carries.
  const yearOf = (published: string) => published.slice(0, 4);

  it('reads "Analysts expect the full year to be weaker than 1988", said on 16 October 1989, as the year of publication', () => {
    const published = '1989-10-16';
    const [news, timeml] = read('Analysts expect the full year to be weaker than 1988.', published);
    expect(news).toContain(`the full year=${yearOf(published)}`);
    expect(timeml).toContain(`the full year=${yearOf(published)}`);
  });

  it('reads "Executives expect the full year to be the best since 1984", said on 23 April 1990, as the year of publication', () => {
    const published = '1990-04-23';
    const [news, timeml] = read(
      'Executives expect the full year to be the best since 1984.',
      published,
    );
    expect(news).toContain(`the full year=${yearOf(published)}`);
    expect(timeml).toContain(`the full year=${yearOf(published)}`);
  });

  it('reads nothing in "Analysts expect the full range of products to be available", said on 16 October 1989', () => {
    expect(read('Analysts expect the full range of products to be available.')).toEqual([[], []]);
  });

  it('reads nothing in "Executives expected the full year to end with a loss", said on 23 April 1990: "to" not before "be"', () => {
    expect(read('Executives expected the full year to end with a loss.', '1990-04-23')).toEqual([
      [],
      [],
    ]);
  });

  it('reads nothing for "the full year" in "In January 1988, analysts expected the full year to be strong", said on 16 October 1989: the year expected is the one named before', () => {
    const [news = [], timeml = []] = read(
      'In January 1988, analysts expected the full year to be strong.',
    );
    expect(news.filter((m) => m.startsWith('the full year'))).toEqual([]);
    expect(timeml.filter((m) => m.startsWith('the full year'))).toEqual([]);
  });

  it('still reads "Analysts now expect the full year to be weaker than 1988", said on 16 October 1989, as the year of publication: the year named comes after', () => {
    const published = '1989-10-16';
    const [news] = read('Analysts now expect the full year to be weaker than 1988.', published);
    expect(news).toContain(`the full year=${yearOf(published)}`);
  });
});
