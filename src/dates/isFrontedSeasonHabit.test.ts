import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrontedSeasonHabit } from './isFrontedSeasonHabit.ts';

const at = (published: string, locale: 'en-GB' | 'en-US' = 'en-GB') =>
  ({ published, locale }) as const;
const seasonValue = (found: { text: string; value: string }[], nth = 0) =>
  found.filter((m) => /winter|summer|spring|fall|autumn/i.test(m.text))[nth]?.value;
const news = (text: string, published: string, nth = 0) =>
  seasonValue(findMentions(text, at(published)), nth);
const timeml = (text: string, published: string, nth = 0) =>
  seasonValue(findTimemlMentions(text, at(published)), nth);

describe('a season opening a sentence in the present, a habit of every such season', () => {
  it.each([
    [
      'In winter the harbour freezes over and the fishing boats stay ashore.',
      '2026-03-11',
      'XXXX-WI',
    ],
    [
      "In summer the island's population doubles as tourists arrive by ferry.",
      '2026-05-20',
      'XXXX-SU',
    ],
    ['In autumn the deer come down from the hills to graze in the park.', '2026-07-08', 'XXXX-FA'],
    ['In winter the village shop opens only on weekday mornings.', '2026-04-28', 'XXXX-WI'],
    ['In winter the mountain pass is often closed for days at a time.', '2026-01-20', 'XXXX-WI'],
    ['In winter several hundred people sleep in the church hall.', '2026-03-11', 'XXXX-WI'],
  ])('reads %j, said on %s, as %s', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it('reads "In winter the ice rink opens at 7am; in summer it becomes a market hall" as two habits', () => {
    const text = 'In winter the ice rink opens at 7am; in summer it becomes a market hall.';
    expect(news(text, '2026-06-17')).toBe('XXXX-WI');
    expect(news(text, '2026-06-17', 1)).toBe('XXXX-SU');
    expect(timeml(text, '2026-06-17', 1)).toBe('XXXX-SU');
  });

  it('reads "During the winter the shelter typically houses 120 people a night" as a habit', () => {
    const text = 'During the winter the shelter typically houses 120 people a night.';
    expect(news(text, '2026-02-26')).toBe('XXXX-WI');
    expect(timeml(text, '2026-02-26')).toBe('XXXX-WI');
  });

  it('reads "In the spring the lanes usually flood" as a habit, a word of habit after "In the"', () => {
    expect(news('In the spring the lanes usually flood.', '2026-02-17')).toBe('XXXX-SP');
  });

  it('does not read "In the winter the shelter houses 120 people a night", with no word of habit, as a habit', () => {
    expect(news('In the winter the shelter houses 120 people a night.', '2026-02-26')).not.toBe(
      'XXXX-WI',
    );
  });

  it.each([
    ['In spring the council opens its new library on Market Street.', '2026-01-15', '2026-SP'],
    ['In summer the festival returns after two years away.', '2026-03-11', '2026-SU'],
    ['In winter the government faces its toughest test yet.', '2026-09-01', '2026-WI'],
    ['In spring the club celebrates its 150th anniversary.', '2026-10-05', '2027-SP'],
  ])(
    'does not read one occasion told in the present, %j said on %s, as a habit (%s)',
    (text, published, value) => {
      expect(news(text, published)).toBe(value);
      expect(timeml(text, published)).toBe(value);
    },
  );

  it('does not read "In summer the tournament moves to Qatar for the first time" as a habit', () => {
    const text = 'In summer the tournament moves to Qatar for the first time.';
    expect(news(text, '2026-02-01')).not.toBe('XXXX-SU');
    expect(timeml(text, '2026-02-01')).not.toBe('XXXX-SU');
  });

  it.each([
    ['In summer the plant will close for three weeks of repairs.', '2026-04-14', '2026-SU'],
    ['In spring the council would consult residents on the plan.', '2026-03-11', '2026-SP'],
    ['In winter the council had cut the grant.', '2026-03-11', '2025-WI'],
    ['In winter the harbour froze over.', '2026-03-11', '2025-WI'],
    ['In summer the plant closed for good.', '2026-10-14', '2026-SU'],
    ['In winter the river was frozen for a month.', '2026-03-11', '2025-WI'],
  ])(
    'does not read %j, one season by a modal or a past verb, as a habit',
    (text, published, value) => {
      expect(news(text, published)).toBe(value);
      expect(timeml(text, published)).toBe(value);
    },
  );

  it.each([
    'In spring the city is planning to repave the road.',
    'In summer the firm is set to open a new plant.',
    'In summer the park hosts the festival for the first time this year.',
    'In winter the museum shows its 1887 collection.',
  ])('does not read %j, a plan or a year, as a habit', (text) => {
    expect(news(text, '2026-03-11')).not.toBe(
      `XXXX-${/spring/.test(text) ? 'SP' : /summer/.test(text) ? 'SU' : 'WI'}`,
    );
  });

  it('does not read "Fares rise in winter, the operator says", a season not opening its sentence, as a habit', () => {
    const text = 'Fares rise in winter, the operator says.';
    const season = text.indexOf('in winter');
    expect(isFrontedSeasonHabit(text, season, season + 9)).toBe(false);
  });

  it('does not read "During the winter the shelter will house 120 people" as a habit', () => {
    const text = 'During the winter the shelter will usually house 120 people a night.';
    expect(isFrontedSeasonHabit(text, 7, 17)).toBe(false);
  });
});

describe('a fronted season habit set against one season in another clause', () => {
  it.each([
    [
      'In winter the shop usually closes at 4pm, but this winter it will stay open until 6pm.',
      '2026-10-15',
    ],
    ['In winter the harbour freezes over, but last winter it stayed open.', '2026-03-11'],
    [
      'In summer the festival usually draws 40,000 people, though organisers expect fewer this year.',
      '2026-03-11',
    ],
  ])(
    'reads the fronted season of %j, said on %s, as a habit in both readings',
    (text, published) => {
      const value = /^In winter/.test(text) ? 'XXXX-WI' : 'XXXX-SU';
      expect(news(text, published)).toBe(value);
      expect(timeml(text, published)).toBe(value);
    },
  );

  it('still reads "In winter the council usually grits the roads and will hire more drivers" as this winter', () => {
    const text = 'In winter the council usually grits the roads and will hire more drivers.';
    expect(news(text, '2026-10-15')).toBe('2026-WI');
    expect(timeml(text, '2026-10-15')).toBe('2026-WI');
  });

  it('reads "In spring, though, ministers changed course" as this spring: the "though" is an aside', () => {
    const text = 'In spring, though, ministers changed course and scrapped the plan.';
    expect(news(text, '2026-09-10')).toBe('2026-SP');
    expect(timeml(text, '2026-09-10')).toBe('2026-SP');
  });
});
