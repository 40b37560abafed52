import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { maskedMayArticle } from './articleBeforeMayEvent.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('"the May" before the noun of what happens in the month', () => {
  it('reads "Pupils return after the May half-term on 1 June" as the May before that day', () => {
    expect(read('Pupils return after the May half-term on 1 June.', '2026-05-12')).toEqual([
      ['May = 2026-05', 'on 1 June = 2026-06-01'],
      ['May = 2026-05', '1 June = 2026-06-01'],
    ]);
  });

  it.each([
    ['Turnout in the May primary is expected to be low.', '2026-02-10', 'May = 2026-05'],
    ['The party lost 300 seats in the May local elections.', '2026-06-15', 'May = 2026-05'],
    ['The company missed the May deadline to file its report.', '2026-03-02', 'May = 2025-05'],
    [
      'The May jobs report showed employers added 139,000 positions.',
      '2026-07-08',
      'May = 2026-05',
    ],
    ['Board members approved the change at the May meeting.', '2026-10-05', 'May = 2026-05'],
    ['The May deadline was missed by most councils.', '2026-06-10', 'May = 2026-05'],
    ['The May deadline was not met.', '2026-06-10', 'May = 2026-05'],
    ['The May primary will be close.', '2026-06-10', 'May = 2027-05'],
    ['Roads will be busy over the May bank holiday.', '2026-04-20', 'May = 2026-05'],
    ['Schools closed for the May half-term.', '2026-06-10', 'May = 2026-05'],
    ['The May timetable change will add 40 trains.', '2026-03-11', 'May = 2026-05'],
    ['The May rail strikes cost the industry £100m.', '2026-07-11', 'May = 2026-05'],
    ['The May walkout will go ahead, the union confirmed.', '2026-03-11', 'May = 2026-05'],
  ])('reads the month alone in "%s", in both readings', (text, published, expected) => {
    expect(read(text, published)).toEqual([[expected], [expected]]);
  });

  it.each([
    ['The May family has run the bakery for three generations.'],
    ['Critics of the May government said it had failed.'],
    ['Critics of the May government budget said it had failed the north.'],
    ['Aides said the May cabinet meeting had been tense.'],
    ['Theresa May said the May vote would go ahead.'],
    ['Theresa May said the May rail strikes were unjustified.'],
    ['Allies say the May camp strikes a more conciliatory tone.'],
    ['He said the may vote would be close.'],
  ])('reads no month in "%s" (no such noun, the person, or a verb)', (text) => {
    expect(read(text, '2026-04-01')).toEqual([[], []]);
  });

  it('cuts the article only where it was written as "in"', () => {
    expect(maskedMayArticle('in  May primary', 'the May primary')).toBe(4);
    expect(maskedMayArticle('the May primary', 'the May primary')).toBe(0);
  });
});

describe('"for May delivery" is the month of a futures contract', () => {
  it.each([
    ['Brent crude for May delivery fell 1.1% on Friday.', 'May = 2026-05'],
    ['Natural gas for May delivery settled at $3.10.', 'May = 2026-05'],
  ])('reads "%s", said in March, as %s in both readings', (text, value) => {
    const [news, timeml] = read(text, '2026-03-09');
    expect(news![0]).toBe(value);
    expect(timeml![0]).toBe(value);
  });

  it('does not read "for May" before anything but delivery', () => {
    expect(read('Reserve a table for May and her guests.', '2026-03-09')).toEqual([[], []]);
    expect(read('Cargoes for May loading were offered at a discount.', '2026-03-09')).toEqual([
      [],
      [],
    ]);
  });

  it('cuts "for" from the month\'s words', () => {
    expect(maskedMayArticle('in  May delivery', 'for May delivery')).toBe(4);
  });
});

describe('"the May contract" is read as the other months\' contracts are', () => {
  it('reads a traded May contract, said in April, as the coming May', () => {
    const [news, timeml] = read('The May contract fell 3% on Monday.', '2026-04-14');
    expect(news![0]).toBe('May = 2026-05');
    expect(timeml![0]).toBe('May = 2026-05');
  });

  it('reads a May contract of a deal by the tense, as "the September contract" is', () => {
    const [news] = read('Workers ratified the May contract after a long strike.', '2026-10-14');
    expect(news).toEqual(['May = 2026-05']);
  });
});

describe('"the May half-term" is read as the other months\' half-terms are', () => {
  it('reads "Pupils return to school on Monday after the May half-term", said on 29 May, as this May', () => {
    expect(
      read('Pupils return to school on Monday after the May half-term.', '2026-05-29').map((m) =>
        m.filter((t) => t.endsWith('2026-05')),
      ),
    ).toEqual([['May = 2026-05'], ['May = 2026-05']]);
  });

  it('reads "Pupils go back after the May half term on 1 June", said in April, as the May to come', () => {
    for (const mentions of read(
      'Pupils go back after the May half term on 1 June.',
      '2026-04-20',
    ).map((m) => m.map((t) => t.replace(/^on /, ''))))
      expect(mentions).toEqual(['May = 2026-05', '1 June = 2026-06-01']);
  });

  it('reads no month in "Theresa May spent the May half-term in Wales", a text that names her', () => {
    expect(read('Theresa May spent the May half-term in Wales.', '2026-04-20')).toEqual([[], []]);
  });
});
