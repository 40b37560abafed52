import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

type Found = { text: string; value: string }[];
const decadeOf = (found: Found) => found.find((m) => /decade/.test(m.text))?.value;
const both = (text: string, published = '2026-03-30') => [
  decadeOf(findMentions(text, { published, locale: 'en-GB' })),
  decadeOf(findTimemlMentions(text, { published, locale: 'en-GB' })),
];

describe('"the decade" of a year a story names before it', () => {
  it.each([
    ['Born in 1938, she spent most of the decade in Canada before moving to Ohio.', '193X'],
    ['He joined the band in 1971 and left before the decade was out.', '197X'],
    ['She moved to Paris in 1962 and stayed for much of the decade.', '196X'],
    ['The team won the title in 1955 and twice more during the decade.', '195X'],
    ['He graduated in 1967 and spent the decade organizing farm workers.', '196X'],
    ['The mill opened in 1884 and ran throughout the decade.', '188X'],
  ])('reads %j as that decade in both readings', (text, value) => {
    expect(both(text)).toEqual([value, value]);
  });

  it.each([
    ['She spent most of the decade abroad.'],
    ['Elected in 2019, she will spend much of the decade in office.'],
    ['Founded in 1975, the band split during the decade of disco.'],
    ['Born in 1938, she spent most of the decade’s summers in Maine.'],
    ['Born in 1938, she spent most of the decade-long war in Canada.'],
    ['He won in 1971 and lost during the decade after.'],
    ['He won in 1971 and lost during the decade before.'],
    ['He won in 1971 and spent the decade that followed in exile.'],
    ['He won in 1971 and spent the decade which followed in exile.'],
    ['He won in 1971 and spent the decade to 1990 in exile.'],
    ['He won in 1971 and spent the decade since in exile.'],
    ['He won in 1971 and spent the decade when punk arrived in exile.'],
    ['He won in 1971 and spent the decade ago in exile.'],
  ])('does not read "the decade" in %j as a decade', (text) => {
    expect(both(text).filter((value) => value?.endsWith('X'))).toEqual([]);
  });

  it.each([
    ['Elected in 2009, he spent the decade fighting cuts to the city budget.', '200X'],
    ['The band formed in 1969 and toured throughout the decade.', '196X'],
  ])('leaves %j, its year the last of a decade, unread rather than %s', (text, value) => {
    expect(both(text)).not.toContain(value);
  });

  it('leaves "throughout the decade since" to the span it is', () => {
    const found = findMentions('He moved to Rome in 1983 and wrote throughout the decade since.', {
      published: '2026-03-30',
      locale: 'en-US',
    });
    expect(found.map((m) => m.value)).not.toContain('198X');
  });
});
