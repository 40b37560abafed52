import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { seasonComing } from './seasonComing.ts';

const at = (published: string) => ({ published, locale: 'en-GB' }) as const;
const seasonValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /winter|summer|spring|fall|autumn/i.test(m.text))?.value;
const news = (text: string, published: string) => seasonValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  seasonValue(findTimemlMentions(text, at(published)));
const comingOf = (text: string) => {
  const season = /(?:the\s+)?(?:winter|summer|spring|fall|autumn)\b/i.exec(text)!;
  return seasonComing(text, season.index, season.index + season[0].length);
};

describe('a season after a conjunction of time, the subject of a verb of its coming', () => {
  it.each([
    ['Shelters are adding beds as winter approaches.', '2026-10-14', '2026-WI'],
    ['Energy bills will climb as winter draws in.', '2026-09-09', '2026-WI'],
    ['Rough sleepers face a hard time as winter closes in.', '2026-11-25', '2026-WI'],
    ['Tourism chiefs expect bookings to rise as summer approaches.', '2026-05-27', '2026-SU'],
    ['The pool will close after summer ends.', '2026-07-22', '2026-SU'],
    ['Councils are stocking up on grit as the winter approaches.', '2026-10-14', '2026-WI'],
  ])('reads %j, said on %s, as the coming season %s', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it('reads "The family returned home after summer ended", said on 1 September, as the summer gone by', () => {
    const text = 'The family returned home after summer ended.';
    expect(news(text, '2026-09-01')).toBe('2026-SU');
    expect(timeml(text, '2026-09-01')).toBe('2026-SU');
    expect(news('The shop shut after winter ended.', '2026-10-14')).toBe('2025-WI');
  });

  it.each([
    ['She was born in Ohio in 1990, just as spring began.', '1990-SP'],
    ['The regiment left Kabul in 2001, as winter set in.', '2001-WI'],
    ['In 1995 the river flooded the town when spring came.', '1995-SP'],
    ['He was last seen as summer ended in 2019.', '2019-SU'],
  ])('reads %j, a season gone by, in the past year its story names, %s', (text, value) => {
    expect(news(text, '2026-03-11')).toBe(value);
    expect(timeml(text, '2026-03-11')).toBe(value);
  });

  it.each([
    ['The firm, founded in 1990, cut 200 jobs as winter set in.', '2025-WI'],
    ['Born in 1985, she left home as winter set in.', '2025-WI'],
  ])('reads %j, a year only in a side clause, as the season gone by, %s', (text, value) => {
    expect(news(text, '2026-03-11')).toBe(value);
    expect(timeml(text, '2026-03-11')).toBe(value);
  });

  it('reads "Enrolment fell after summer ended last year", said on 1 September, as last year\'s summer', () => {
    expect(news('Enrolment fell after summer ended last year.', '2026-09-01')).toBe('2025-SU');
    expect(timeml('Enrolment fell after summer ended last year.', '2026-09-01')).toBe('2025-SU');
  });

  it.each([
    ['Farmers bring the cattle indoors when winter sets in.', 'XXXX-WI'],
    ['When fall arrives, the trail closes to cyclists.', 'XXXX-FA'],
    ['Hedgehogs wake once spring arrives, the trust says.', 'XXXX-SP'],
  ])('reads %j as a habit of every such season', (text, value) => {
    expect(news(text, '2026-08-25')).toBe(value);
    expect(timeml(text, '2026-08-25')).toBe(value);
  });

  it('reads "When winter arrives, the camps will need fuel" as the one to come, no habit', () => {
    const text = 'When winter arrives, the camps will need fuel.';
    expect(news(text, '2026-10-14')).toBe('2026-WI');
    expect(timeml(text, '2026-10-14')).toBe('2026-WI');
    expect(comingOf(text)).toEqual({ tense: 'future', habit: false });
  });

  it('takes "as" for no habit ("Farmers bring the cattle indoors as winter sets in")', () => {
    expect(comingOf('Farmers bring the cattle indoors as winter sets in.')).toEqual({
      tense: 'future',
      habit: false,
    });
  });

  it.each([
    // no conjunction right before the season
    'Shelters are adding beds and winter approaches.',
    // a noun the season names, no verb of its coming after it
    'Councils are worried as winter storms approach.',
    'Tourists flock to the coast when summer heat returns.',
    // "sets", "closes" and "draws" only before "in"
    'The board meets as winter draws to a close.',
  ])('reads no season in %j', (text) => {
    expect(comingOf(text)).toBeUndefined();
  });

  it('leaves "as winter storms approach" and "when summer heat returns" unread in both readings', () => {
    expect(news('Councils are worried as winter storms approach.', '2026-10-14')).toBeUndefined();
    expect(
      timeml('Tourists flock to the coast when summer heat returns.', '2026-10-14'),
    ).toBeUndefined();
  });

  it.each([
    'Fans cheered as Summer arrived on stage in a silver dress.',
    'After Summer ends its run at the Old Vic, the cast will tour the production.',
  ])('reads no season in %j: a capitalised one is a name or a title', (text) => {
    expect(comingOf(text)).toBeUndefined();
    expect(news(text, '2026-06-10')).toBeUndefined();
    expect(timeml(text, '2026-06-10')).toBeUndefined();
  });
});
