import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a weekday that names a kind of timetable or trading', () => {
  it('reads no Sunday in "Bus services will run a Sunday timetable on Good Friday and Easter Monday"', () => {
    for (const mentions of read(
      'Bus services will run a Sunday timetable on Good Friday and Easter Monday.',
      '2026-03-31',
    ))
      expect(mentions.map((m) => m.replace(/^on /, ''))).toEqual([
        'Good Friday = 2026-04-03',
        'Easter Monday = 2026-04-06',
      ]);
  });

  it('reads no Saturday in "Trains will run a Saturday service on Boxing Day"', () => {
    for (const mentions of read('Trains will run a Saturday service on Boxing Day.', '2026-12-20'))
      expect(mentions.map((m) => m.replace(/^on /, ''))).toEqual(['Boxing Day = 2026-12-26']);
  });

  it('reads no Sunday in "Supermarkets want Sunday trading laws relaxed"', () => {
    expect(read('Supermarkets want Sunday trading laws relaxed.', '2026-11-20')).toEqual([[], []]);
  });

  it('keeps the Sunday of "Gulf shares rose in Sunday trading", trading on a day', () => {
    expect(read('Gulf shares rose in Sunday trading.', '2026-11-20')).toEqual([
      ['Sunday = 2026-11-15'],
      ['Sunday = 2026-11-15'],
    ]);
  });

  it('reads no Sunday in "Ministers plan to relax Sunday trading", the trading a law allows', () => {
    expect(read('Ministers plan to relax Sunday trading.', '2026-11-20')).toEqual([[], []]);
  });

  it('keeps the Sunday of "Sunday trading in Riyadh was light", the trading of a day', () => {
    expect(read('Sunday trading in Riyadh was light, brokers said.', '2026-11-16')).toEqual([
      ['Sunday = 2026-11-15'],
      ['Sunday = 2026-11-15'],
    ]);
  });

  it('keeps the Sunday of "The Sunday service was cancelled because of snow", one service', () => {
    expect(read('The Sunday service was cancelled because of snow.', '2026-11-20')).toEqual([
      ['Sunday = 2026-11-15'],
      ['Sunday = 2026-11-15'],
    ]);
  });

  it('keeps the Sunday of "A gunman opened fire during a Sunday service at a church", a service held', () => {
    expect(
      read('A gunman opened fire during a Sunday service at a church in Texas.', '2026-11-16'),
    ).toEqual([['Sunday = 2026-11-15'], ['Sunday = 2026-11-15']]);
    expect(
      read('The suspect had attended a Saturday service at the synagogue.', '2026-11-16'),
    ).toEqual([['Saturday = 2026-11-14'], ['Saturday = 2026-11-14']]);
  });

  it('keeps the Friday of "Unions set a Friday deadline for a reply", a day', () => {
    expect(read('Unions set a Friday deadline for a reply.', '2026-11-17')).toEqual([
      ['Friday = 2026-11-20'],
      ['Friday = 2026-11-20'],
    ]);
  });

  it('reads "Saudi stocks edged higher during Sunday trading hours" as the Sunday gone by', () => {
    const [news, timeml] = read(
      'Saudi stocks edged higher during Sunday trading hours, brokers said.',
      '2026-11-16',
    );
    expect(news).toEqual(['Sunday = 2026-11-15']);
    expect(timeml).toEqual(['Sunday = 2026-11-15']);
  });
});
