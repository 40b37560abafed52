import {
  addDays,
  addYears,
  format,
  nextMonday,
  parseISO,
  previousMonday,
  previousSaturday,
  previousSunday,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { findMentions } from './findMentions.ts';
import { pastEventVerbBefore } from './pastEventVerbBefore.ts';
import { shiftTimex } from './shiftTimex.ts';

const US = { published: '2025-08-06', locale: 'en-US' } as const; // a Wednesday
const GB = { published: '2025-08-07', locale: 'en-GB' } as const;

/** The mention whose text contains `words`, checked against the schema and its offsets. */
function mention(
  text: string,
  words: string,
  options: { published: string; locale: 'en-US' | 'en-GB' } = US,
): Mention {
  const all = findMentions(text, options);
  for (const m of all) {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  const found = all.find((m) => m.text.includes(words));
  if (!found)
    throw new Error(`no mention with "${words}" in ${JSON.stringify(all.map((m) => m.text))}`);
  return found;
}

describe('findMentions: weekdays by tense', () => {
  it('reads a bare weekday as the latest one on or before publication', () => {
    expect(mention('The envoy met Putin on Monday.', 'Monday').value).toBe('2025-08-04');
    expect(mention('The envoy met Putin on Wednesday.', 'Wednesday').value).toBe('2025-08-06');
  });

  it('reads a weekday in a future sentence as the next one on or after publication', () => {
    expect(mention('The envoy will meet Putin on Monday.', 'Monday').value).toBe('2025-08-11');
    expect(mention('Russia has until Friday to agree.', 'Friday').value).toBe('2025-08-08');
  });

  it('takes last and next weekdays strictly before and after publication', () => {
    expect(mention('They spoke last Wednesday.', 'Wednesday').value).toBe('2025-07-30');
    expect(mention('They will speak next Wednesday.', 'Wednesday').value).toBe('2025-08-13');
  });

  it('does not mistake a passive participle after will be for past tense', () => {
    expect(mention('Markets will be closed on Friday.', 'Friday').value).toBe('2025-08-08');
  });

  it('types a clock time on a weekday as TIME', () => {
    expect(mention('Polls will close at 8pm on Friday.', 'Friday')).toMatchObject({
      type: 'TIME',
      value: '2025-08-08T20:00',
    });
  });

  it('leaves a closing parenthesis out of a time in parentheses', () => {
    const text = 'He will leave at dawn (4 a.m. EDT Friday), an aide said.';
    expect(mention(text, 'Friday')).toMatchObject({
      text: '4 a.m. EDT Friday',
      value: '2025-08-08T04:00',
    });
  });
});

describe('findMentions: months and numerals', () => {
  it('chooses the year of a bare month by tense', () => {
    expect(mention('Prices rose in October.', 'October').value).toBe('2024-10');
    expect(mention('The vote will be held in October.', 'October').value).toBe('2025-10');
    expect(mention('Prices rose in August.', 'August').value).toBe('2025-08');
  });

  it('keeps month granularity for a month and year', () => {
    expect(mention('Biden met Putin in June 2021.', 'June')).toMatchObject({
      value: '2021-06',
      granularity: 'month',
    });
  });

  it('reads numerals day-first under en-GB and month-first under en-US', () => {
    expect(mention('The talks on 6/8 ended.', '6/8', GB).value).toBe('2025-08-06');
    expect(mention('The talks on 6/8 ended.', '6/8', US).value).toBe('2025-06-08');
  });

  it('splits a range into its two dates', () => {
    const text = 'The match moved from 9/3 to 16/3.';
    expect(mention(text, '9/3', { published: '2024-03-14', locale: 'en-GB' }).value).toBe(
      '2024-03-09',
    );
    expect(mention(text, '16/3', { published: '2024-03-14', locale: 'en-GB' }).value).toBe(
      '2024-03-16',
    );
  });

  it('marks early, mid and late as START, MID and END', () => {
    expect(mention('Talks began in mid-July.', 'July')).toMatchObject({
      value: '2025-07',
      mod: 'MID',
    });
    expect(mention('It opened in early 2019.', '2019')).toMatchObject({
      value: '2019',
      mod: 'START',
    });
    expect(mention('Sales fell at the end of last year.', 'year')).toMatchObject({
      value: '2024',
      mod: 'END',
    });
  });
});

describe('findMentions: weeks, years, decades, seasons and quarters', () => {
  it('reads the season or quarter a thing is put off to as one not gone by, "the fall" included', () => {
    // Published in August, in the third quarter and in summer.
    const year = Number(US.published.slice(0, 4));
    expect(mention('The project was delayed to the second quarter.', 'quarter').value).toBe(
      `${year + 1}-Q2`,
    );
    expect(mention('The project was delayed to the third quarter.', 'quarter').value).toBe(
      `${year}-Q3`,
    );
    expect(mention('The launch was pushed to the fall.', 'fall').value).toBe(`${year}-FA`);
    expect(mention('The launch was pushed back to the spring.', 'spring').value).toBe(
      `${year + 1}-SP`,
    );
    expect(findMentions('The fall of the city was swift.', US)).toEqual([]);
    expect(findMentions('Reforms were delayed until the fall of the government.', US)).toEqual([]);
  });

  it('lets a past clause after the season or quarter a thing was put off to say it is gone by', () => {
    // Published in August: last spring and this year's second quarter are gone by.
    const year = Number(US.published.slice(0, 4));
    expect(
      mention('The launch, delayed to the second quarter, went ahead on time.', 'quarter').value,
    ).toBe(`${year}-Q2`);
    expect(mention('The festival, pushed to the spring, was a success.', 'spring').value).toBe(
      `${year}-SP`,
    );
  });

  it('keeps week granularity for next week, last week and the weekend', () => {
    expect(mention('They may meet next week.', 'week')).toMatchObject({
      value: '2025-W33',
      granularity: 'week',
    });
    expect(mention('They met last week.', 'week').value).toBe('2025-W31');
    expect(mention('Crowds gathered over the weekend.', 'weekend').value).toBe('2025-W31-WE');
  });

  it('reads "the weekend" a verb spends or a stretch runs into as the weekend, not its Saturday', () => {
    const gone = mention('Crowds gathered over the weekend.', 'weekend');
    const coming = mention('The family will gather over the weekend.', 'weekend');
    for (const text of ['He spent the weekend at home.', 'The talks ran into the weekend.'])
      expect(mention(text, 'weekend')).toMatchObject({ value: gone.value, granularity: 'week' });
    expect(mention('She will spend the weekend in Paris.', 'weekend').value).toBe(coming.value);
  });

  it('reads "the weekend" after "will spend" as the coming one, with a participle after it', () => {
    const options = { published: '2025-03-12', locale: 'en-US' } as const;
    const coming = mention('She will spend the weekend in Paris.', 'weekend', options);
    for (const text of [
      'Fans will spend the weekend camped outside the stadium.',
      'Ministers will spend the weekend locked in talks.',
      'Supporters will spend the weekend stranded at the airport.',
      'The family will gather over the weekend camped outside.',
    ])
      expect(mention(text, 'weekend', options).value).toBe(coming.value);
    const gone = mention('Fans spent the weekend camped outside the stadium.', 'weekend', options);
    expect(gone.value).not.toBe(coming.value);
  });

  it('reads "this weekend" said on a weekday as the coming one unless the sentence is past', () => {
    expect(mention('Rain is forecast for this weekend.', 'weekend').value).toBe('2025-W32-WE');
    expect(mention('Crowds gathered this weekend.', 'weekend').value).toBe('2025-W31-WE');
  });

  it('counts weekends back from "last weekend", which is one weekend ago, said on a weekday or at the weekend', () => {
    for (const published of [US.published, '2025-08-10']) {
      const options = { published, locale: 'en-US' } as const;
      const last = mention('They met last weekend.', 'weekend', options);
      expect(mention('They met a weekend ago.', 'weekend', options).value).toBe(last.value);
      expect(mention('They met two weekends ago.', 'weekends', options)).toMatchObject({
        value: shiftTimex(last.value, { amount: -1, unit: 'week' }),
        granularity: 'week',
      });
    }
    expect(mention('They met two weekends ago.', 'weekends').value).toBe('2025-W30-WE');
  });

  it('reads "the weekend before last" as the weekend before last weekend, said on a weekday or at the weekend', () => {
    for (const published of [US.published, '2025-08-10']) {
      const options = { published, locale: 'en-US' } as const;
      const last = mention('They met last weekend.', 'weekend', options);
      expect(mention('They met the weekend before last.', 'weekend', options)).toMatchObject({
        text: 'the weekend before last',
        value: shiftTimex(last.value, { amount: -1, unit: 'week' }),
        granularity: 'week',
      });
    }
  });

  it('reads "the weekend after next" as the weekend after next weekend', () => {
    for (const published of [US.published, '2025-08-10']) {
      const options = { published, locale: 'en-US' } as const;
      const next = mention('They meet next weekend.', 'weekend', options);
      expect(mention('They meet the weekend after next.', 'weekend', options)).toMatchObject({
        text: 'the weekend after next',
        value: shiftTimex(next.value, { amount: 1, unit: 'week' }),
      });
    }
  });

  it('keeps "the weekend" before "last" a weekend of its own when "last" is no weekend ("the weekend before last year\'s race")', () => {
    expect(mention('They met the weekend before last year’s race.', 'weekend').text).not.toBe(
      'the weekend before last',
    );
  });

  it('hears "will" after a subject ending in -ly, as in "The family will gather"', () => {
    expect(mention('The family will gather over the weekend.', 'weekend').value).toBe(
      '2025-W32-WE',
    );
    expect(mention('The rally will start on Friday.', 'Friday').value).toBe('2025-08-08');
  });

  it('reads this year, last year and bare years', () => {
    expect(mention('He returned to office this year.', 'year')).toMatchObject({
      value: '2025',
      granularity: 'year',
    });
    expect(mention('Output fell last year.', 'year').value).toBe('2024');
    expect(mention('They last met in 2019.', '2019').value).toBe('2019');
    expect(mention('The club was founded in 1892.', '1892').value).toBe('1892');
  });

  it('does not read a newspaper called The Sun as Sunday', () => {
    expect(findMentions('The Sun reported the deal.', US)).toEqual([]);
  });

  it('does not read money or percentages as years', () => {
    expect(findMentions('It cost $2019 and rose 2020%.', US)).toEqual([]);
  });

  it('reads decades as 199X', () => {
    expect(mention('The plant closed in the 1990s.', '1990s')).toMatchObject({
      value: '199X',
      granularity: 'decade',
    });
  });

  it('reads seasons and quarters', () => {
    expect(mention('Work began in spring 2022.', 'spring')).toMatchObject({
      value: '2022-SP',
      granularity: 'season',
    });
    expect(mention('Profit rose in the third quarter.', 'quarter')).toMatchObject({
      value: '2025-Q3',
      granularity: 'quarter',
    });
    expect(mention('Profit rose in the fourth quarter.', 'quarter').value).toBe('2024-Q4');
  });
});

describe('findMentions: references and durations', () => {
  it('tags recently, now and the coming weeks as references', () => {
    expect(mention('Tariffs were recently imposed.', 'recently').value).toBe('PAST_REF');
    expect(mention('The war, now in its fourth year, goes on.', 'now').value).toBe('PRESENT_REF');
    expect(mention('A deal may come in the coming weeks.', 'coming').value).toBe('FUTURE_REF');
  });

  it('does not read as soon as next week as soon', () => {
    expect(findMentions('They could meet as soon as next week.', US).map((m) => m.value)).toEqual([
      '2025-W33',
    ]);
  });

  it('reads "for the full year" and "nine months of the year" as the year of publication', () => {
    const news = { published: '1989-10-30', locale: 'en-US' } as const;
    expect(mention('It forecast higher profit for the full year.', 'year', news)).toMatchObject({
      text: 'the full year',
      value: '1989',
    });
    expect(
      mention('Sales fell in the first nine months of the year.', 'the year', news).value,
    ).toBe('1989');
    expect(findMentions('Net rose for the year ended June 30.', news).map((m) => m.text)).toEqual([
      'June 30',
    ]);
  });

  it('does not read soon in a past narrative as a time to come', () => {
    expect(findMentions('He was soon released.', US)).toEqual([]);
    expect(findMentions('A trickle of cash soon became a flood.', US)).toEqual([]);
    // Any irregular past tense the tense rules know, not only a few.
    expect(findMentions('The villagers soon fled the valley.', US)).toEqual([]);
    expect(findMentions('The price will soon rise.', US).map((m) => m.value)).toEqual([
      'FUTURE_REF',
    ]);
    expect(mention('Sales will soon grow.', 'soon').value).toBe('FUTURE_REF');
  });

  it('types counted spans as durations', () => {
    expect(mention('Talks lasted three hours.', 'hours')).toMatchObject({
      type: 'DURATION',
      value: 'PT3H',
      granularity: 'span',
    });
    expect(mention('It took eight months.', 'months').value).toBe('P8M');
    expect(mention('The three-year-old war goes on.', 'year').value).toBe('P3Y');
    expect(mention('Talks lasted about three hours.', 'hours').mod).toBe('APPROX');
  });

  it('types rates as SET', () => {
    expect(mention('The board meets twice a month.', 'month')).toMatchObject({
      type: 'SET',
      value: 'P1M',
    });
  });
});

describe('findMentions: expressions relative to the mention before them', () => {
  it('reads two days later from the date before it', () => {
    const m = mention('She was arrested on July 28 and charged two days later.', 'later');
    expect(m).toMatchObject({ value: '2025-07-30', offset: { amount: 2, unit: 'day' } });
    expect(m.anchor).toEqual({ kind: 'mention', text: 'July 28', start: 20, value: '2025-07-28' });
  });

  it('reads the following day and the day before', () => {
    expect(
      mention('The plant shut on Aug. 1 and reopened the following day.', 'following').value,
    ).toBe('2025-08-02');
    expect(
      mention('The quake struck on Aug. 1. The day before, residents felt tremors.', 'day before')
        .value,
    ).toBe('2025-07-31');
  });

  it('reads eight months before a noun as that noun’s date, with the signed offset', () => {
    expect(
      mention('Biden met Putin in June 2021, eight months before the invasion.', 'eight'),
    ).toMatchObject({
      value: '2022-02',
      offset: { amount: -8, unit: 'month' },
    });
  });

  it('reads in two days and three weeks ago from the publication date', () => {
    expect(mention('Sanctions take effect in two days.', 'two days').value).toBe('2025-08-08');
    expect(mention('The vote was three weeks ago.', 'weeks').value).toBe('2025-W29');
  });

  it('reads minutes later as the day of the mention before it', () => {
    expect(
      mention('Talks ended on Monday. Minutes later, sanctions were announced.', 'Minutes').value,
    ).toBe('2025-08-04');
  });

  it.each([
    ['Two days later, the minister resigned.', 'Two days later'],
    ['Days later, the minister resigned.', 'Days later'],
    ['The following day, the minister resigned.', 'The following day'],
  ])(
    'reads %j, counted on from no date told and past, as the past, not a day ahead',
    (text, words) => {
      expect(findMentions(text, US)).toEqual([
        expect.objectContaining({ text: words, value: 'PAST_REF' }),
      ]);
    },
  );

  it('still counts a count on to come from publication when nothing comes before', () => {
    const published = parseISO(US.published);
    expect(mention('Two days later, the results will be certified.', 'later').value).toBe(
      format(addDays(published, 2), 'yyyy-MM-dd'),
    );
  });

  it('falls back to the publication date when nothing comes before', () => {
    expect(mention('Two days later, the talks resumed.', 'later').anchor).toEqual({
      kind: 'published',
      date: '2025-08-06',
    });
  });
});

describe('findMentions: input', () => {
  it('returns no mentions for empty text', () => {
    expect(findMentions('', US)).toEqual([]);
  });

  it('refuses a publication date that does not exist', () => {
    expect(() =>
      findMentions('on Friday', { ...US, published: '2025-02-30' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected the publication date as a real calendar date YYYY-MM-DD, found "2025-02-30"]`,
    );
  });
});

describe('findMentions: bounds, present tense for plans, vague relatives', () => {
  const of = (
    text: string,
    words: string,
    options: { published: string; locale: 'en-US' | 'en-GB' } = US,
  ) => {
    const m = mention(text, words, options);
    return { text: m.text, value: m.value, granularity: m.granularity, mod: m.mod };
  };

  it('reads as soon as, as early as and no earlier than as at the earliest (mod AFTER)', () => {
    expect(of('Trump could meet Putin as soon as next week.', 'next week')).toEqual({
      text: 'as soon as next week',
      value: '2025-W33',
      granularity: 'week',
      mod: 'AFTER',
    });
    expect(of('They may meet as early as next week.', 'next week').mod).toBe('AFTER');
    expect(of('A deal is possible no earlier than next month.', 'next month')).toMatchObject({
      text: 'no earlier than next month',
      value: '2025-09',
      mod: 'AFTER',
    });
    expect(of('They could meet on Monday at the earliest.', 'Monday')).toMatchObject({
      text: 'on Monday at the earliest',
      mod: 'AFTER',
    });
  });

  it('reads no later than as at the latest (mod BEFORE) but leaves by and until without a mod', () => {
    expect(of('Results are due no later than Friday.', 'Friday')).toMatchObject({
      text: 'no later than Friday',
      value: '2025-08-08',
      mod: 'BEFORE',
    });
    expect(of('Russia must agree by 8/8.', '8/8')).toMatchObject({
      value: '2025-08-08',
      mod: undefined,
    });
    expect(of('Russia has until Friday to agree.', 'Friday')).toMatchObject({
      value: '2025-08-08',
      mod: undefined,
    });
  });

  it('keeps a mod the words already give ("as early as late 2025" is END)', () => {
    expect(of('A deal could come as early as late 2025.', '2025').mod).toBe('END');
  });

  it('counts N hours before a noun from publication when the head verb is present tense', () => {
    const text =
      'Trump could meet Putin as soon as next week. It comes 48 hours before the deadline.';
    expect(of(text, '48 hours')).toEqual({
      text: '48 hours before',
      value: '2025-08-08',
      granularity: 'day',
      mod: undefined,
    });
    expect(mention(text, '48 hours').anchor).toEqual({ kind: 'published', date: '2025-08-06' });
  });

  it('reads "The law bans ads 45 days before the election" with no date before it as no date of its own, and as P45D in TimeML', () => {
    const march = { published: '2025-03-12', locale: 'en-US' } as const;
    for (const text of [
      'The law bans ads 45 days before the election.',
      'Voters must register 30 days before the election.',
    ]) {
      expect(findMentions(text, march), text).toEqual([]);
    }
    const timeml = findTimemlMentions('The law bans ads 45 days before the election.', march);
    expect(timeml.map((m) => [m.text, m.value])).toEqual([['45 days', 'P45D']]);
    // Near misses: a day named before it, a present head that counts from publication, and the
    // event's date named after it.
    expect(
      of('The vote was held on 3 March. It came two days before the deadline.', 'two days', GB)
        .value,
    ).toBe('2025-03-05');
    expect(
      findMentions('It comes 48 hours before the deadline.', march).map((m) => m.value),
    ).toEqual(['2025-03-14']);
    expect(
      findMentions('Ads were banned 45 days before the election on Nov. 4, 2025.', march).map(
        (m) => m.value,
      ),
    ).toEqual(['2025-11-04', '2025-11-04']);
  });

  it('still counts N days before a noun from the date mentioned before in a past sentence', () => {
    const text = 'The vote was held on 3 March. It came two days before the deadline.';
    expect(of(text, 'two days', GB).value).toBe('2025-03-05');
  });

  it('reads a count after "for" or a verb of lasting as a length, not the day of what came after', () => {
    for (const [text, words, value] of [
      ['The truce held for 72 hours before fighting resumed.', '72 hours', 'PT72H'],
      ['He waited three hours before calling the police.', 'three hours', 'PT3H'],
      ['The ceasefire lasted two days before collapsing.', 'two days', 'P2D'],
      ['It took a week after the storm to restore power.', 'a week', 'P1W'],
    ] as const) {
      expect(of(text, words)).toMatchObject({ text: words, value });
      expect(mention(text, words).type).toBe('DURATION');
    }
  });

  it('still reads a count "for" a time set before or after a noun as a date, not a length', () => {
    for (const text of [
      'The meeting was scheduled for two days before the election.',
      'The vote is set for three days after the summit.',
      'The party was planned for a week before the wedding.',
    ]) {
      // With a day named before it to count from: with none, it is no date of its own.
      expect(findMentions(`Talks began on Aug. 1. ${text}`, US)[1]!.type).toBe('DATE');
    }
  });

  it('gives a value a granularity that matches it when the anchor is coarser', () => {
    expect(of('The talks began in 2019. Two days later they stalled.', 'Two days')).toMatchObject({
      value: '2019',
      granularity: 'year',
    });
  });

  it('reads hours after, hours later, minutes later and later that day as the anchor day', () => {
    // As with "48 hours before", the noun after "after" names an event, not a time.
    for (const [words, span] of [
      ['Hours after the blast', 'Hours after'],
      ['Hours after Mr Smith’s envoy met the mayor', 'Hours after'],
      ['Hours later', 'Hours later'],
      ['Minutes later', 'Minutes later'],
      ['Later that day', 'Later that day'],
    ] as const) {
      const text = `The blast hit the plant on Tuesday. ${words}, police arrived.`;
      expect(of(text, span)).toEqual({
        text: span,
        value: '2025-08-05',
        granularity: 'day',
        mod: undefined,
      });
    }
  });

  it('keeps "hours later" apart from a clock time with no day before it', () => {
    for (const [text, later] of [
      ['The blast came at 11 p.m. Hours later, police arrived.', 'Hours later'],
      ['The blast came at 2 a.m. Minutes later, sirens sounded.', 'Minutes later'],
    ] as const) {
      const found = findMentions(text, { published: '2025-03-12', locale: 'en-US' });
      expect(found.map((m) => m.text)).toEqual([text.match(/at \d+ [ap]\.m/)![0], later]);
    }
  });

  it('keeps "hours later" apart from the clock time it is read from, across a full stop or a comma', () => {
    for (const [text, clock, after] of [
      [
        'The fire broke out at 11 p.m. on Saturday. Hours later, crews left.',
        'at 11 p.m. on Saturday',
        'Hours later',
      ],
      [
        'The president spoke at 9 p.m. on Monday, hours after the vote.',
        'at 9 p.m. on Monday',
        'hours after',
      ],
    ] as const) {
      const found = findMentions(text, { published: '2025-03-12', locale: 'en-US' });
      expect(found.map((m) => m.text)).toEqual([clock, after]);
      expect(found[1]!.value).toBe(found[0]!.value.slice(0, 10));
    }
  });

  it('reads days later and weeks later as after the anchor, at the coarser of the two precisions', () => {
    const text =
      'The offensive began on 3 March. Days later, troops withdrew. Weeks later, they returned.';
    expect(of(text, 'Days later', GB)).toMatchObject({
      value: '2025-03-03',
      granularity: 'day',
      mod: 'AFTER',
    });
    expect(of(text, 'Weeks later', GB)).toMatchObject({
      value: '2025-W10',
      granularity: 'week',
      mod: 'AFTER',
    });
  });

  it('does not take a bare later for a date', () => {
    const all = findMentions('He met Putin on Monday. He later said the talks went well.', US);
    expect(all.map((m) => m.text)).toEqual(['on Monday']);
  });

  it('reads a weekday or month after a present-tense scheduling verb as the next one', () => {
    expect(of('Polls open on Thursday.', 'Thursday').value).toBe('2025-08-07');
    expect(of('The summit opens Monday.', 'Monday').value).toBe('2025-08-11');
    expect(of('The console goes on sale in February.', 'February').value).toBe('2026-02');
    expect(of('Voters head to the polls on Thursday.', 'Thursday').value).toBe('2025-08-07');
    expect(of('The company said on Thursday it had cut jobs.', 'Thursday').value).toBe(
      '2025-07-31',
    );
  });

  it('keeps the article before early in a decade', () => {
    expect(of('Prices have climbed since the early 2010s.', '2010s')).toMatchObject({
      text: 'the early 2010s',
      value: '201X',
      mod: 'START',
    });
  });
});

describe('findMentions: rules from news in TimeML corpora', () => {
  it('reads a possessive weekday as past even where the sentence speaks of what will come', () => {
    const text = 'The relatives said they would look for ways to get around Wednesday’s ruling.';
    expect(mention(text, 'Wednesday', { published: '2000-01-07', locale: 'en-US' }).value).toBe(
      '2000-01-05',
    );
  });

  it('reads "a year after" a month as that month a year on', () => {
    const text = 'The deal was signed in June 2021. A year later it collapsed.';
    expect(mention(text, 'A year later').value).toBe('2022-06');
  });
});

describe('findMentions: prices, halves and spans looked over', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;
  const read = (text: string) =>
    findMentions(text, NOV_1989).map((m) => [m.text, m.type, m.value] as const);

  it('does not read a stock price in eighths as a day and month', () => {
    expect(read('Intel eased 1/8 to 31 7/8. Notes pay 12 3/4%.')).toEqual([]);
  });

  it('reads a half in wire style as part of the duration', () => {
    expect(read('The talks lasted 5 1/2 hours.')).toEqual([['5 1/2 hours', 'DURATION', 'PT5H30M']]);
    expect(read('He spent 2 1/2 years in camps.')).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
  });

  it('reads "the future" without "in" as FUTURE_REF', () => {
    expect(read('Questions remain about the future.')).toEqual([
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('reads "the future" before a verb such as "holds" as FUTURE_REF, as before "is"', () => {
    expect(read('Nobody knows what the future holds.')).toEqual([
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
    expect(read('Investors watched the futures markets.')).toEqual([]);
  });

  it('reads "the past few weeks" as PAST_REF, not as a day', () => {
    expect(read('Shares fell in the past few weeks.')).toEqual([
      ['in the past few weeks', 'DATE', 'PAST_REF'],
    ]);
  });

  it("reads 'the past few decades' as PAST_REF and 'the coming decades' as FUTURE_REF, as their years are", () => {
    expect(read('Coastal towns have shrunk over the past few decades.')).toEqual([
      ['over the past few decades', 'DATE', 'PAST_REF'],
    ]);
    expect(read('Sea levels will keep rising in the coming decades.')).toEqual([
      ['in the coming decades', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it("keeps 'the past two decades' a counted length", () => {
    expect(read('Coastal towns have shrunk over the past two decades.')).toEqual([
      ['two decades', 'DURATION', 'P20Y'],
    ]);
  });

  it('reads "in the near term" as FUTURE_REF', () => {
    expect(read('Profits will fall in the near term.')).toEqual([
      ['in the near term', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('does not read "in the past" as PAST_REF when a count of units follows', () => {
    expect(read('Sales fell in the past 20 months.')).toEqual([['20 months', 'DURATION', 'P20M']]);
  });
});

describe('findMentions: months and seasons with this, last and next', () => {
  const MARCH_1998 = { published: '1998-03-22', locale: 'en-US' } as const;

  it('reads "this summer" in March as the coming summer of the same year', () => {
    expect(mention('The team was seen this summer.', 'summer', MARCH_1998).value).toBe('1998-SU');
  });

  it.each([
    ['The museum reopens next summer.', 'next summer', '1998-04-15', '1999-SU'],
    ['The pool opens next summer, officials said.', 'next summer', '1998-05-20', '1999-SU'],
  ])(
    'reads %j, summer said in spring, as the one after "this summer"',
    (text, words, published, value) => {
      expect(mention(text, words, { published, locale: 'en-US' }).value).toBe(value);
    },
  );

  it.each([
    ['The museum reopens this summer.', 'this summer', '1998-04-15', '1998-SU'],
    ['Fares rise next winter.', 'next winter', '1998-04-15', '1998-WI'],
    ['The line opens next spring.', 'next spring', '1998-01-15', '1998-SP'],
    ['The line opens next summer.', 'next summer', '1998-09-15', '1999-SU'],
    ['Students who enroll next fall get a laptop.', 'next fall', '1998-06-03', '1998-FA'],
    ['The school will open next fall.', 'next fall', '1998-07-20', '1998-FA'],
    ['Heating bills will rise next winter.', 'next winter', '1998-10-10', '1998-WI'],
    ['Fares rise next winter.', 'next winter', '1998-11-05', '1998-WI'],
  ])(
    'still reads %j, "this" or a season further ahead, as the coming one',
    (text, words, published, value) => {
      expect(mention(text, words, { published, locale: 'en-US' }).value).toBe(value);
    },
  );

  it('reads "this September" as the September of the publication year, words included', () => {
    const found = mention('He went home this September.', 'September', MARCH_1998);
    expect([found.text, found.value]).toEqual(['this September', '1998-09']);
  });

  it('takes "last" into the extent of a month', () => {
    expect(mention('They met last February.', 'February', MARCH_1998).text).toBe('last February');
  });

  it('does not read a lower-case "march" as a month', () => {
    expect(findMentions('They joined a protest march.', MARCH_1998)).toEqual([]);
  });
});

describe('findMentions: clock times', () => {
  const AUG_1998 = { published: '1998-08-08', locale: 'en-US' } as const;

  it('reads a clock time alone on the day mentioned before it', () => {
    const text = 'The bomb went off on Friday. He was shot at 10 p.m. in his home.';
    const found = mention(text, '10 p.m', AUG_1998);
    expect([found.type, found.value]).toEqual(['TIME', '1998-08-07T22:00']);
  });

  it('keeps the full stop of "a.m." inside a sentence and leaves it at its end', () => {
    expect(mention('It occurred at 10:35 a.m. (0735 GMT).', '10:35', AUG_1998).text).toBe(
      'at 10:35 a.m.',
    );
    expect(mention('It occurred at 10:35 a.m. Police came.', '10:35', AUG_1998).text).toBe(
      'at 10:35 a.m',
    );
  });

  it('does not read a price or a count as a clock time', () => {
    expect(findMentions('Earnings were $2.46 a share, up 4 a year.', AUG_1998)).toEqual([]);
  });
});

describe('findMentions: tense cues and uncounted spans', () => {
  const APR_2000 = { published: '2000-04-03', locale: 'en-US' } as const; // a Monday

  it('reads a weekday after "as soon as" as the next one', () => {
    const text = 'The group would be ready to leave as soon as Tuesday, Castro said.';
    expect(mention(text, 'Tuesday', APR_2000).value).toBe('2000-04-04');
  });

  it('does not take "next to" as a sign of the future', () => {
    const text = 'A bomb ripped through a building next to the embassy Friday morning.';
    expect(mention(text, 'Friday', APR_2000).value).toBe('2000-03-31');
  });

  it('takes "planning to" as a sign of the future', () => {
    const text = 'They were planning to drive around the airport on Monday.';
    expect(mention(text, 'Monday', { published: '2000-01-07', locale: 'en-US' }).value).toBe(
      '2000-01-10',
    );
  });

  it('reads "for weeks" and "in the years that followed" as uncounted durations', () => {
    expect(mention('For weeks the government has held rallies.', 'weeks').value).toBe('PXW');
    expect(mention('In the years that followed, he fought.', 'years').value).toBe('PXY');
  });
});

describe('findMentions: abbreviations that are names', () => {
  it('does not read "a Sun spokesman" as a Sunday', () => {
    expect(findMentions('"We are fine," said a Sun spokesman.', US)).toEqual([]);
  });

  it('does not read a first name that is a month as the month', () => {
    const texts = (text: string) => findMentions(text, US).map((m) => m.text);
    expect(texts("The theater staged August Wilson's play on Monday.")).not.toContain('August');
    expect(texts('June Carter said on Monday that she would sing.')).toEqual(['on Monday']);
    expect(texts('April Ryan said she asked in May about the plan.')).toEqual(['May']);
  });

  it.each([
    ['April Ryan asked the press secretary about the tariffs.'],
    ['June Almeida wrote that the virus was new.'],
    ['August Pfluger added that the vote would be close.'],
  ])(
    "does not read a first name that is a month before another verb of saying in %j ('April Ryan asked') as the month",
    (text) => {
      expect(findMentions(text, US)).toEqual([]);
    },
  );

  it.each([
    ['A January Gallup poll found support falling.', 'January'],
    ['An August Reuters/Ipsos poll showed him ahead.', 'August'],
    ["Trump's April Liberation Day announcement rattled markets.", 'April'],
    ['A February Fed meeting left rates unchanged.', 'February'],
    ['After a December Senate vote, the bill stalled.', 'December'],
    ['Her March Visit to Kyiv was cut short.', 'March'],
    ['After August Congress returned from recess.', 'August'],
    ['September Jobs Report Beats Forecasts', 'September'],
    ['Since his January Inauguration, he has signed orders.', 'January'],
    ['June Sales, Orders Rise as Consumers Return', 'June'],
    ['August Payrolls, Wages Beat Forecasts', 'August'],
    ['The ruling came in April. June Hearings, lawmakers said, will follow.', 'June'],
    ['In April Congress asked the agency for the files.', 'April'],
  ])('keeps the month in %j, where no first name is', (text, month) => {
    expect(findMentions(text, US).map((m) => m.text)).toContainEqual(
      expect.stringContaining(month),
    );
  });

  it('still reads a month after a word that takes one, whatever comes after it', () => {
    const texts = (text: string) => findMentions(text, US).map((m) => m.text);
    expect(texts('In August Congress returned from recess.')).toEqual(['August']);
    expect(texts('Last June Jones resigned.')).toEqual(['Last June']);
    // Told in the past, in August: the April just gone, "Fools" being no surname.
    expect(
      findMentions("Pranks peaked on April Fools' Day.", US).map((m) => [m.text, m.value]),
    ).toEqual([['April', `${US.published.slice(0, 4)}-04`]]);
  });
});

describe('findMentions: recurring days and months', () => {
  it('reads "each Thursday", "on Mondays", "Tuesday nights" and "every July" as SETs', () => {
    const text =
      'Flights leave each Thursday and on Mondays, and on Tuesday nights; every July it rains.';
    expect(findMentions(text, US).map((m) => [m.text, m.type, m.value])).toEqual([
      ['each Thursday', 'SET', 'XXXX-WXX-4'],
      ['Mondays', 'SET', 'XXXX-WXX-1'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
      ['every July', 'SET', 'XXXX-07'],
    ]);
  });
});

describe('findMentions: parts of day before a date, and numbers after a clock word', () => {
  it('reads the date in "the night of Aug. 2"', () => {
    const m = mention('He was shot on the night of Aug. 2 at home.', 'Aug');
    expect([m.text, m.value]).toEqual(['Aug. 2', '2025-08-02']);
  });

  it('does not take "at 1" of "at 1,015 francs" for a clock time', () => {
    const m = mention('It may buy a stake after Jan. 1, 1990 at 1,015 francs a share.', 'Jan');
    expect([m.text, m.type, m.value]).toEqual(['Jan. 1, 1990', 'DATE', '1990-01-01']);
  });
});

describe('findMentions: "the future" before a verb', () => {
  it('reads "in the future" followed by "is" as FUTURE_REF', () => {
    const m = mention('Whether this helps society in the future is yet to be seen.', 'future');
    expect([m.text, m.value]).toEqual(['in the future', 'FUTURE_REF']);
  });
});

describe('findMentions: plural units after past', () => {
  it('reads "in past years" as PAST_REF, not as last year', () => {
    const m = mention('There were sell programs in past years, too.', 'years');
    expect([m.text, m.value]).toEqual(['in past years', 'PAST_REF']);
  });
});

describe('findMentions: May with last, next or this', () => {
  it('reads "last May" and "next May", which chrono-node alone leaves out', () => {
    const last = mention('The committee appointed last May met.', 'May');
    expect([last.text, last.value]).toEqual(['last May', '2025-05']);
    const next = mention('The vote is set for next May.', 'May');
    expect([next.text, next.value]).toEqual(['next May', '2026-05']);
  });
});

describe('findMentions: midday and hours in the morning', () => {
  it('reads "midday" and "4 in the morning" as clock times on the day last mentioned', () => {
    const midday = mention('He was to appear before a judge at midday.', 'midday');
    expect([midday.type, midday.value]).toEqual(['TIME', '2025-08-06T12:00']);
    const four = mention('He met the envoy on Monday and left at 4 in the morning.', 'morning');
    expect([four.type, four.value]).toEqual(['TIME', '2025-08-04T04:00']);
  });
});

describe('findMentions: halves of units, trading days, quarters, year-end', () => {
  const value = (text: string, words: string) => mention(text, words, US).value;

  it('reads "and a half" after a count as half a unit more', () => {
    expect(value('The answer took a minute and a half.', 'minute')).toBe('PT1M30S');
    expect(value('The war lasted two years and a half.', 'years')).toBe('P2Y6M');
  });

  it('reads "1 hour and 42 minutes" and "two years and three months" as one length in TimeML mode', () => {
    const timeml = (text: string) =>
      findTimemlMentions(text, US).map((m) => `${m.text} = ${m.value}`);
    expect(timeml('The film runs 1 hour and 42 minutes.')).toEqual([
      '1 hour and 42 minutes = PT1H42M',
    ]);
    expect(timeml('The flight took 3 hours 20 minutes.')).toEqual(['3 hours 20 minutes = PT3H20M']);
    expect(timeml('He served two years and three months in prison.')).toEqual([
      'two years and three months = P2Y3M',
    ]);
    expect(timeml('The trial took 3 years and 4 days of hearings.')).toEqual([
      '3 years and 4 days = P3Y4D',
    ]);
    expect(timeml('He served 4 days and 3 years.')).toEqual(['4 days = P4D', '3 years = P3Y']);
  });

  it('keeps each count of "1 hour and 42 minutes" its own mention in the news reading', () => {
    const found = findMentions('The film runs 1 hour and 42 minutes.', US);
    expect(found.map((m) => `${m.text} = ${m.value}`)).toEqual([
      '1 hour = PT1H',
      '42 minutes = PT42M',
    ]);
  });

  it('reads "four second-half minutes" as four minutes, not four seconds', () => {
    expect(mention('Two goals in four second-half minutes won it.', 'four')).toMatchObject({
      text: 'four second-half minutes',
      value: 'PT4M',
    });
    expect(value('The 30-second ad ran for 10 seconds.', '10 seconds')).toBe('PT10S');
    expect(findMentions('He lost two second-round votes.', US)).toEqual([]);
  });

  it('keeps "two seconds" before a hyphened word a count of seconds ("two seconds-flat")', () => {
    expect(mention('He won in two seconds-flat.', 'two')).toMatchObject({
      text: 'two seconds',
      type: 'DURATION',
      value: 'PT2S',
    });
  });

  it('reads trading and business days as a count of days', () => {
    expect(mention('Eight trading days after the crash, it recovered.', 'days')).toMatchObject({
      text: 'Eight trading days',
      type: 'DURATION',
      value: 'P8D',
    });
  });

  it('reads counted quarters looked over as durations, and coming quarters as the future', () => {
    expect(value('Profit fell in the past two quarters.', 'quarters')).toBe('P2Q');
    expect(value('It lost money for four consecutive quarters.', 'quarters')).toBe('P4Q');
    expect(value('Profit should rise in coming quarters.', 'quarters')).toBe('FUTURE_REF');
  });

  it('does not read a quarter of something as a duration', () => {
    expect(findMentions('A quarter of the shares and three quarters of the vote.', US)).toEqual([]);
  });

  it('reads hourly and every quarter as SETs', () => {
    expect(mention('Prices are posted hourly.', 'hourly')).toMatchObject({
      type: 'SET',
      value: 'PT1H',
    });
    expect(mention('It pays a dividend every quarter.', 'quarter')).toMatchObject({
      type: 'SET',
      value: 'P1Q',
    });
  });

  it('reads by year-end as the end of the publication year, but not a year-end bonus', () => {
    expect(mention('The deal should close by year-end.', 'year')).toMatchObject({
      text: 'year-end',
      value: '2025',
      mod: 'END',
    });
    expect(mention('Rules will be in place by year’s end.', 'year').value).toBe('2025');
    expect(findMentions('Year-end bonuses fell.', US)).toEqual([]);
  });

  it('reads by midyear and at mid-month as the middle of the publication year or month, but not a midyear review', () => {
    expect(mention('Economists expect rates to reach 10% by midyear.', 'midyear')).toMatchObject({
      text: 'midyear',
      type: 'DATE',
      value: '2025',
      mod: 'MID',
    });
    expect(mention('Prices will peak at mid-month.', 'mid-month')).toMatchObject({
      value: '2025-08',
      mod: 'MID',
    });
    expect(
      findTimemlMentions('Economists expect rates to reach 10% by midyear.', US).map((m) => [
        m.text,
        m.value,
        m.mod,
      ]),
    ).toEqual([['midyear', '2025', 'MID']]);
    expect(findMentions('The midyear review found gaps.', US)).toEqual([]);
  });

  it("reads 'Prices eased at mid-month', said on 2 April, as the middle of March", () => {
    const april = { published: '2025-04-02', locale: 'en-US' } as const;
    for (const text of [
      'Prices eased at mid-month, the survey showed.',
      'Retail prices rose at mid-month before easing, the survey showed.',
    ]) {
      const found = findMentions(text, april).find((m) => m.text === 'mid-month');
      expect(found).toMatchObject({ value: '2025-03', mod: 'MID' });
    }
    const late = { published: '2025-04-20', locale: 'en-US' } as const;
    const eased = findMentions('Prices eased at mid-month.', late).find(
      (m) => m.text === 'mid-month',
    );
    expect(eased).toMatchObject({ value: '2025-04', mod: 'MID' });
  });

  it('reads this past spring as the last spring, this coming winter as the next', () => {
    expect(value('Sales fell this past spring.', 'spring')).toBe('2025-SP');
    expect(value('Sales will rise this coming winter.', 'winter')).toBe('2025-WI');
  });

  it('reads "It rained all summer" as the summer, by tense, in both readings; "Prices all fall" names no season', () => {
    const october = { published: '2025-10-07', locale: 'en-US' } as const;
    for (const find of [findMentions, findTimemlMentions]) {
      expect(find('It rained all summer.', october).map((m) => [m.text, m.value])).toEqual([
        ['all summer', '2025-SU'],
      ]);
      expect(find('The team trained all winter.', october).map((m) => m.value)).toEqual([
        '2024-WI',
      ]);
      expect(find('When rates rise, prices all fall.', october)).toEqual([]);
    }
  });

  it.each([
    ['She worked at the cannery all summer 2019.', '2025-10-10', [['summer 2019', '2019-SU']]],
    ['Their problems all spring from the same source, the report said.', '2025-10-10', []],
    ['The monarchs all winter in the same Mexican forests.', '2025-10-10', []],
    ["All spring training games will be streamed on the team's app.", '2025-03-01', []],
    [
      'Take 30 percent off all summer dresses this weekend.',
      '2025-06-10',
      [['this weekend', '2025-W24-WE']],
    ],
  ])(
    'reads no "all" and season in %j: a year, a noun or a verb follows it',
    (text, published, expected) => {
      for (const find of [findMentions, findTimemlMentions]) {
        expect(find(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value])).toEqual(
          expected,
        );
      }
    },
  );
});

describe('findMentions: decades in words, more units, titles, later dates', () => {
  it('reads the nineties and the early sixties as decades, not an age or a temperature', () => {
    expect(mention('The boom of the nineties ended.', 'nineties').value).toBe('199X');
    expect(mention('It began in the early sixties.', 'sixties')).toMatchObject({
      value: '196X',
      mod: 'START',
    });
    expect(findMentions('He is in his sixties.', US)).toEqual([]);
    expect(findMentions('Temperatures were in the low nineties.', US)).toEqual([]);
  });

  it('reads no decade in words after a word of heat in its sentence, but a decade after one in the sentence before', () => {
    expect(
      findMentions('Temperatures will stay below freezing, then climb into the forties.', US),
    ).toEqual([]);
    expect(findTimemlMentions('Highs will be in the sixties.', US)).toEqual([]);
    expect(mention('Prices fell in the forties. Temperatures were low.', 'forties').value).toBe(
      '194X',
    );
  });

  it("reads 'the worst since the fifties' as the decade after a word of heat: 'since' names a time", () => {
    const text = 'Forecasters said the heat wave was the worst since the fifties.';
    expect(mention(text, 'fifties').value).toBe('195X');
    const risen = 'Temperatures have risen steadily since the seventies, the report said.';
    expect(mention(risen, 'seventies').value).toBe('197X');
  });

  it('reads two more weeks and an additional year as durations', () => {
    expect(mention('He stays two more weeks.', 'weeks').value).toBe('P2W');
    expect(mention('It may run an additional year.', 'year').value).toBe('P1Y');
  });

  it('does not read a capitalised unit inside a sentence, a title, as a duration', () => {
    expect(findMentions('He appeared on 60 Minutes with her.', US)).toEqual([]);
  });

  it('reads an uncounted span used as an adjective as a duration', () => {
    expect(mention('A decades-long feud ended.', 'decades')).toMatchObject({
      text: 'decades-long',
      type: 'DURATION',
      value: 'PXE',
    });
  });

  it('reads a later date and will one day as the future', () => {
    expect(mention('The talks resume at a later date.', 'date').value).toBe('FUTURE_REF');
    expect(mention('Islam will one day be the second religion.', 'day').value).toBe('FUTURE_REF');
    expect(mention('It took one day.', 'day').value).toBe('P1D');
  });
});

describe('findMentions: words chrono-node takes for dates', () => {
  it('does not read Sun followed by a comma, a company, as Sunday', () => {
    expect(findMentions('Sun, Hewlett-Packard and others say Intel is not to blame.', US)).toEqual(
      [],
    );
    expect(mention('The fair opens Sun., Aug. 10.', 'Aug').value).toBe('2025-08-10');
  });

  it('does not read the end of a price in fractions as a time', () => {
    expect(findMentions('LIN surged 4 5/8 to 112 5/8; Intel eased.', US)).toEqual([]);
  });

  it('does not read cut in half as a clock time', () => {
    expect(findMentions('Magna cut its dividend in half and the shares fell.', US)).toEqual([]);
  });
});

describe('findMentions: decimals and leading commas', () => {
  it('does not read an index change such as 6.43 as a clock time', () => {
    expect(mention('The index fell 1.4%, or 6.43, on Friday, to 437.68.', 'Friday')).toMatchObject({
      text: 'on Friday',
      type: 'DATE',
      value: '2025-08-01',
    });
  });

  it('still reads a dotted clock time after at or before a.m.', () => {
    expect(mention('We meet at 6.30 on Friday.', 'Friday')).toMatchObject({
      type: 'TIME',
      value: '2025-08-08T06:30',
    });
    expect(mention('Trains left at 10.15 a.m. Monday.', 'Monday').value).toBe('2025-08-04T10:15');
  });
});

describe('findMentions: uncounted times back', () => {
  it('reads several years ago as before publication at year precision, not a guessed year', () => {
    expect(mention('Support rose from 35 percent several years ago.', 'years')).toMatchObject({
      text: 'several years ago',
      value: '2025',
      mod: 'BEFORE',
    });
    expect(mention('A few weeks ago it fell.', 'weeks')).toMatchObject({
      value: '2025-W32',
      mod: 'BEFORE',
    });
  });

  it('still counts two weeks ago', () => {
    expect(mention('Two weeks ago it rose.', 'weeks').value).toBe('2025-W30');
  });

  it('reads a count with or so before ago or later as that date, approximately', () => {
    expect(mention('A week or so ago, the general picked Saturday.', 'week')).toMatchObject({
      text: 'A week or so ago',
      value: '2025-W31',
      mod: 'APPROX',
    });
    expect(mention('The plant closed ten days or so ago.', 'days')).toMatchObject({
      text: 'ten days or so ago',
      value: '2025-07-27',
      mod: 'APPROX',
    });
    expect(
      mention('The talks began on March 3. A month or so later they failed.', 'month'),
    ).toMatchObject({ text: 'A month or so later', value: '2025-04', mod: 'APPROX' });
  });
});

describe('findMentions: months with the year after them, and marches', () => {
  it('reads October this year and April next year as one month each', () => {
    expect(mention('They join in April next year.', 'April')).toMatchObject({
      text: 'April next year',
      value: '2026-04',
      granularity: 'month',
    });
    expect(mention('It was approved in early October this year.', 'October')).toMatchObject({
      value: '2025-10',
      mod: 'START',
    });
  });

  it('does not read the March of a name as the month', () => {
    expect(findMentions('She led the March of the Combatant Mothers.', US)).toEqual([]);
    expect(findMentions('They joined the March for Life.', US)).toEqual([]);
    expect(mention('Sales rose in March of 2024.', 'March').value).toBe('2024-03');
  });
});

describe('findMentions: modifiers and uncounted units as classes', () => {
  it('takes "this past" and "this coming" into a weekday or a month', () => {
    expect(mention('This past Sunday the choir sang.', 'Sunday')).toMatchObject({
      text: 'This past Sunday',
      value: '2025-08-03',
    });
    expect(mention('The fair opens this coming Saturday.', 'Saturday')).toMatchObject({
      text: 'this coming Saturday',
      value: '2025-08-09',
    });
    expect(mention('The bridge closed this past March.', 'March')).toMatchObject({
      text: 'this past March',
      value: '2025-03',
    });
  });

  it('reads "coming Monday" as the next Monday', () => {
    expect(mention('The ferry sails coming Monday.', 'Monday')).toMatchObject({
      text: 'coming Monday',
      value: '2025-08-11',
    });
  });

  it('reads decades ago as before publication at a year precision, as years ago', () => {
    expect(mention('The mill shut decades ago.', 'decades')).toMatchObject({
      text: 'decades ago',
      value: '2025',
      mod: 'BEFORE',
    });
  });

  it('marks an hours-long or minutes-long span as an uncounted clock duration', () => {
    expect(mention('An hours-long siege ended at dawn.', 'hours')).toMatchObject({
      text: 'hours-long',
      type: 'DURATION',
      value: 'PTXH',
    });
    expect(mention('After a minutes-long delay the train left.', 'minutes').value).toBe('PTXM');
  });
});

describe('findMentions: fortnights, centuries and the verb lasts', () => {
  it('reads a fortnight as two weeks, counted or looked back', () => {
    expect(mention('Voters go to the polls in a fortnight.', 'fortnight')).toMatchObject({
      text: 'in a fortnight',
      value: '2025-W34',
    });
    expect(mention('He left a fortnight ago.', 'fortnight').value).toBe('2025-W30');
    expect(mention('The tour lasts a fortnight.', 'fortnight')).toMatchObject({
      text: 'a fortnight',
      type: 'DURATION',
      value: 'P2W',
    });
  });

  it('reads a century ago as the year a hundred years back', () => {
    expect(mention('The company was founded a century ago.', 'century')).toMatchObject({
      text: 'a century ago',
      type: 'DATE',
      value: '1925',
    });
  });

  it('reads a count written with thousands separators (a 1,000-day siege)', () => {
    expect(mention('The 1,000-day mark passed.', 'day')).toMatchObject({
      text: '1,000-day',
      value: 'P1000D',
    });
  });

  it('does not read a day word after the as a day when it is capitalised, a title', () => {
    expect(findMentions('The Today programme aired it.', US)).toEqual([]);
    expect(findMentions('The Tonight Show returned.', US)).toEqual([]);
    expect(mention('Today, the vote passed.', 'Today').value).toBe('2025-08-06');
  });

  it("does not read 'Today' or 'Tonight' before a capitalised 'Show' or 'Programme' as a day, a title without 'the'", () => {
    expect(findMentions('Tonight Show host Jimmy Fallon joked about it.', US)).toEqual([]);
    expect(findMentions('She told NBC’s Today Show she would run.', US)).toEqual([]);
    expect(mention('Tonight, show organisers will meet.', 'Tonight').value).toBe(US.published);
    expect(mention('Today the show goes on.', 'Today').value).toBe(US.published);
  });

  it('reads a clock time written without spaces or points (3am, 2.30pm) as one', () => {
    expect(mention('The fire broke out at 3am.', '3am', GB)).toMatchObject({
      text: 'at 3am',
      type: 'TIME',
      value: '2025-08-07T03:00',
    });
    expect(mention('He was arrested at 2.30pm on Tuesday.', 'pm', GB).value).toBe(
      '2025-08-05T14:30',
    );
    expect(mention('Shares closed at 4pm GMT.', '4pm', GB).value).toBe('2025-08-07T16:00');
  });

  it('reads a day owning an event as past unless the event is awaited or will act', () => {
    expect(mention('Markets rallied ahead of Friday’s jobs report.', 'Friday').value).toBe(
      '2025-08-08',
    );
    expect(mention('Investors await Friday’s jobs report.', 'Friday').value).toBe('2025-08-08');
    expect(mention('Friday’s vote will decide it.', 'Friday').value).toBe('2025-08-08');
    expect(mention('Monday’s attack killed 12.', 'Monday').value).toBe('2025-08-04');
    expect(mention('They will study Monday’s attack.', 'Monday').value).toBe('2025-08-04');
  });

  it('does not read a year-over-year or day-to-day comparison as a duration', () => {
    expect(findMentions('A year-over-year comparison showed growth.', US)).toEqual([]);
    expect(findMentions('It was a day-to-day struggle.', US)).toEqual([]);
    expect(mention('The war lasted a year.', 'year').value).toBe('P1Y');
  });

  it('does not read the verb lasts as a time', () => {
    expect(findMentions('The show lasts an hour.', US).map((m) => m.text)).toEqual(['an hour']);
  });
});

describe('findMentions: compounds read whole', () => {
  const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, JAN_2000).map((m) => [m.text, m.value]);

  it('reads half an hour as thirty minutes, not an hour', () => {
    expect(read('It took half an hour.')).toEqual([['half an hour', 'PT30M']]);
  });

  it("reads 'the next half hour' and 'a half-hour' as thirty minutes, not the day of publication", () => {
    expect(read('Coming up in the next half hour, a look at schools.')).toEqual([
      ['the next half hour', 'PT30M'],
    ]);
    expect(read('The past half-hour was calm.')).toEqual([['The past half-hour', 'PT30M']]);
    expect(read('We waited a half-hour, then left.')).toEqual([['a half-hour', 'PT30M']]);
    const timeml = findTimemlMentions('Over the last half hour prices fell.', JAN_2000);
    expect(timeml.map((m) => [m.text, m.type, m.value])).toEqual([
      ['the last half hour', 'DURATION', 'PT30M'],
    ]);
    // Near misses: a half-hour show is the show's length as its adjective; the first half hour
    // is an ordinal half.
    expect(read('It is a half-hour show.')).toEqual([]);
    expect(read('In the first half hour he scored.')).toEqual([]);
  });

  it("leaves 'the next half-hour episode' and 'the last half-hour segment' unread, the length being the noun's adjective", () => {
    expect(read('The next half-hour episode airs on Friday.')).toEqual([
      ['on Friday', '2000-01-07'],
    ]);
    expect(read('She hosts the last half-hour segment of the show.')).toEqual([]);
    // Near miss: the span itself, with a verb after it, is still thirty minutes.
    expect(read('The past half-hour was calm.')).toEqual([['The past half-hour', 'PT30M']]);
  });

  it('reads a part of a year named before it in that year', () => {
    expect(read('Sales rose in 1999’s first quarter.')).toEqual([
      ['1999’s first quarter', '1999-Q1'],
    ]);
  });

  it('reads the spring of next year as one season of next year', () => {
    expect(read('The plant opens in the spring of next year.')).toEqual([
      ['the spring of next year', '2001-SP'],
    ]);
  });

  it('reads the day after a named day as the day beside it', () => {
    expect(read('He left the day after Christmas.')).toEqual([
      ['the day after Christmas', '1999-12-26'],
    ]);
  });

  it('reads a clock time before yesterday as a time of yesterday', () => {
    expect(read('He called at 3:15 p.m. yesterday.')).toEqual([
      ['3:15 p.m. yesterday', '2000-01-06T15:15'],
    ]);
  });

  it('reads "at 4.30pm yesterday", a clock with a full stop, as a time of yesterday', () => {
    expect(read('The bomb went off at 4.30pm yesterday.')).toEqual([
      ['4.30pm yesterday', '2000-01-06T16:30'],
    ]);
  });

  it('reads "yesterday at 4.30pm" as one time of yesterday', () => {
    expect(read('The bomb went off yesterday at 4.30pm.')).toEqual([
      ['yesterday at 4.30pm', '2000-01-06T16:30'],
    ]);
    expect(read('Police said the man died yesterday at 10 p.m.')).toEqual([
      ['yesterday at 10 p.m.', '2000-01-06T22:00'],
    ]);
  });

  it('reads the month after "from" in "up 3% in December from November" as the month before, a comparison', () => {
    expect(read('Exports were up 3% in December from November.')).toEqual([
      ['December', '1999-12'],
      ['November', '1999-11'],
    ]);
    expect(read('Prices rose 0.4 percent in December from November, the agency said.')).toEqual([
      ['December', '1999-12'],
      ['November', '1999-11'],
    ]);
  });

  it('reads the date of a release "due out" as ahead, whatever past the sentence tells', () => {
    expect(read('Her second album, due out in March, was recorded last summer.')).toEqual([
      ['March', '2000-03'],
      ['last summer', '1999-SU'],
    ]);
    expect(read('The film, due for release in June, was shot in Spain.')).toEqual([
      ['June', '2000-06'],
    ]);
  });

  it('keeps a release that "was due out" and a payment "due on Monday" in the past told', () => {
    expect(read('The album was due out in March but was delayed.')).toEqual([['March', '1999-03']]);
    expect(read('The payment, due on Monday, was never made.')).toEqual([
      ['on Monday', '2000-01-03'],
    ]);
  });

  it('keeps "from" a start still ahead where no month is compared ("Fares will rise from March")', () => {
    expect(read('Fares will rise from March.')).toEqual([['March', '2000-03']]);
    expect(read('The ban applies from November.')).toEqual([['November', '2000-11']]);
  });

  it('reads "at 10pm last night" as one time of the day before publication', () => {
    expect(read('Shots rang out at 10pm last night.')).toEqual([
      ['10pm last night', '2000-01-06T22:00'],
    ]);
    expect(read('Police arrived at 11.45 p.m. last night.')).toEqual([
      ['11.45 p.m. last night', '2000-01-06T23:45'],
    ]);
  });

  it('reads a clock before "this morning", "yesterday afternoon" or "tomorrow morning" as one time of that day', () => {
    expect(read('The alarm went off at 6am this morning.')).toEqual([
      ['6am this morning', '2000-01-07T06:00'],
    ]);
    expect(read('She called at 4pm yesterday afternoon.')).toEqual([
      ['4pm yesterday afternoon', '2000-01-06T16:00'],
    ]);
    expect(read('He lands at 9 a.m. tomorrow morning.')).toEqual([
      ['9 a.m. tomorrow morning', '2000-01-08T09:00'],
    ]);
  });

  it('reads "at 2am last night" as the small hours of the publication day', () => {
    expect(read('The blast came at 2am last night.')).toEqual([
      ['2am last night', '2000-01-07T02:00'],
    ]);
  });

  it('keeps "last night" and a clock told apart two mentions', () => {
    expect(read('He said last night that the mall shut at 10pm.')).toEqual([
      ['last night', '2000-01-06'],
      ['at 10pm', '2000-01-06T22:00'],
    ]);
  });

  it('keeps yesterday a day where the number after "at" is no clock', () => {
    expect(read('Shares closed yesterday at 4.30.')).toEqual([['yesterday', '2000-01-06']]);
    expect(read('The index closed yesterday at 4.30 points.')).toEqual([
      ['yesterday', '2000-01-06'],
    ]);
  });
});

describe('findMentions: decades named as periods', () => {
  it('reads this decade and the end of the decade as the publication decade', () => {
    expect(mention('Prices doubled this decade.', 'decade').value).toBe('202X');
    expect(mention('By the end of the decade, emissions must halve.', 'decade')).toMatchObject({
      text: 'the end of the decade',
      value: '202X',
      mod: 'END',
    });
  });

  it('reads the following decade from the decade named before it', () => {
    expect(
      mention('In the 1990s, prices fell. The following decade they rose.', 'following').value,
    ).toBe('200X');
  });
});

describe('findMentions: vague counts', () => {
  it('reads several years, a few months, several hours as durations of an unknown count', () => {
    expect(mention('It took several years to finish.', 'years')).toMatchObject({
      text: 'several years',
      type: 'DURATION',
      value: 'PXY',
    });
    expect(mention('He stayed a few months.', 'months').value).toBe('PXM');
    expect(mention('They waited several hours.', 'hours').value).toBe('PTXH');
    expect(mention('The deal could take several quarters.', 'quarters').value).toBe('PXQ');
  });

  it('counts a couple of weeks as two', () => {
    expect(mention('It took a couple of weeks.', 'weeks')).toMatchObject({
      text: 'a couple of weeks',
      value: 'P2W',
    });
  });

  it('leaves a vague count before ago, and some days, to their own readings', () => {
    expect(mention('He died a few days ago.', 'days').text).toBe('a few days ago');
    expect(findMentions('Some days it rains.', US)).toEqual([]);
  });
});

describe('findMentions: the past decade', () => {
  it('reads the past or the next decade as ten years looked over, not as the past', () => {
    expect(mention('Crime fell in the past decade.', 'decade')).toMatchObject({
      text: 'the past decade',
      type: 'DURATION',
      value: 'P10Y',
    });
    expect(mention('Wages grew over the last decade.', 'decade').value).toBe('P10Y');
    expect(mention('Prices may double in the next decade.', 'decade').value).toBe('P10Y');
    expect(findMentions('Crime fell in the past decade.', US).map((m) => m.value)).toEqual([
      'P10Y',
    ]);
  });
});

describe('findMentions: recurring parts of the day and the week', () => {
  it('reads every morning, each night and nightly as SETs of a part of the day', () => {
    expect(mention('The ferry leaves every morning.', 'morning')).toMatchObject({
      text: 'every morning',
      type: 'SET',
      value: 'XXXX-XX-XXTMO',
    });
    expect(mention('Guards patrol each night.', 'night').value).toBe('XXXX-XX-XXTNI');
    expect(mention('Sirens sounded nightly.', 'nightly').value).toBe('XXXX-XX-XXTNI');
  });

  it('reads every spring and each winter as SETs of the season, not this year’s', () => {
    expect(mention('The river floods every spring.', 'spring')).toMatchObject({
      text: 'every spring',
      type: 'SET',
      value: 'XXXX-SP',
    });
    expect(mention('Each winter the pass closes.', 'winter').value).toBe('XXXX-WI');
  });

  it('reads each season as the season last named, or once a year when none is', () => {
    const ski = 'The resort opens for the winter. Its lifts are serviced each season.';
    expect(mention(ski, 'season')).toMatchObject({ type: 'SET', value: 'XXXX-WI' });
    expect(mention('He scored 30 goals each season.', 'season')).toMatchObject({
      text: 'each season',
      type: 'SET',
      value: 'P1Y',
    });
  });

  it('reads every weekend as a SET, not the last weekend', () => {
    expect(mention('Crowds gather every weekend.', 'weekend')).toMatchObject({
      text: 'every weekend',
      type: 'SET',
      value: 'XXXX-WXX-WE',
    });
  });

  it('reads "every weekday" and "each weekday" as a SET of the working days, not one day', () => {
    for (const text of ['The ferry runs every weekday.', 'Services run each weekday from May.']) {
      expect(mention(text, 'weekday')).toMatchObject({
        text: text.match(/\b(?:every|each) weekday\b/)![0],
        type: 'SET',
        value: 'XXXX-WXX-WD',
      });
    }
  });

  it('keeps "each weekend" the recurring weekend beside "each weekday"', () => {
    expect(mention('Markets open each weekend.', 'weekend').value).toBe('XXXX-WXX-WE');
  });
});

describe('findMentions: now after a date', () => {
  it('keeps a date that chrono would join to the now of the next clause', () => {
    const text = 'The bill, which cleared the Senate on Monday, now goes to the House.';
    expect(mention(text, 'Monday')).toMatchObject({ text: 'on Monday', value: '2025-08-04' });
    expect(mention(text, 'now').value).toBe('PRESENT_REF');
  });
});

describe('findMentions: parts of the day read against the day before them', () => {
  it('reads the next morning, that night and the night before against the day last named', () => {
    const text =
      'The dam failed on March 3. The next morning, crews arrived. That night, it rained.';
    expect(mention(text, 'next morning')).toMatchObject({
      text: 'The next morning',
      value: '2025-03-04',
      anchor: { kind: 'mention', value: '2025-03-03' },
    });
    // The day last named is then the next morning's.
    expect(mention(text, 'That night').value).toBe('2025-03-04');
    expect(mention('He voted on March 3 and left the night before.', 'night').value).toBe(
      '2025-03-02',
    );
  });
});

describe('findMentions: yesterday and tomorrow with a part of the day', () => {
  it('takes the part of the day into tomorrow morning and yesterday evening', () => {
    expect(mention('The band plays tomorrow morning.', 'tomorrow')).toMatchObject({
      text: 'tomorrow morning',
      value: '2025-08-07',
    });
    expect(mention('Rebels attacked yesterday evening.', 'yesterday')).toMatchObject({
      text: 'yesterday evening',
      value: '2025-08-05',
    });
  });
});

describe('findMentions: rates and sets with a step', () => {
  it('does not read the unit of a rate of a measure as a duration', () => {
    expect(findMentions('Inflation ran at 3 percent a year.', US)).toEqual([]);
    expect(findMentions('The plant adds 5,000 jobs a year.', US)).toEqual([]);
    expect(mention('The siege lasted a year.', 'year').value).toBe('P1Y');
  });

  it('reads "an hour" after miles or kilometres as a speed, no length of time', () => {
    expect(findMentions('Winds reached 110 kilometres an hour.', US)).toEqual([]);
    expect(findMentions('The car was doing 90 miles an hour.', US)).toEqual([]);
    expect(findTimemlMentions('Gusts hit 60 miles an hour.', US)).toEqual([]);
    expect(mention('The crew walked 12 miles in an hour.', 'hour').value).toBe('PT1H');
    expect(mention('The storm stalled for an hour.', 'hour').value).toBe('PT1H');
  });

  it('reads every four years and every other day as SETs with their step', () => {
    expect(mention('The games are held every four years.', 'years')).toMatchObject({
      text: 'every four years',
      type: 'SET',
      value: 'P4Y',
    });
    expect(mention('She calls home every other day.', 'day').value).toBe('P2D');
  });
});

describe('findMentions: titles and idioms that name no time', () => {
  it('does not read a title with a capitalised unit as a date', () => {
    expect(
      findMentions('The minister, speaking on "Face the Nation This Week," said so.', US),
    ).toEqual([]);
    expect(mention('This week, the minister said so.', 'week').value).toBe('2025-W32');
  });

  it('does not read "a second before" or "a second after" as a clock time', () => {
    for (const text of [
      'He hesitated for a second before answering.',
      'A second after the blast, the lights went out.',
    ])
      expect(
        findMentions(text, US).filter((m) => m.type === 'TIME'),
        text,
      ).toEqual([]);
  });

  it('does not read a count of hours of something after "pre-" or "post-" as a clock time', () => {
    for (const text of [
      'Pilots must have pre-1500 hours of experience.',
      'Crews logged post-1200 hours of flight time.',
    ])
      expect(
        findMentions(text, US).filter((m) => m.type === 'TIME'),
        text,
      ).toEqual([]);
    expect(
      findMentions('The curfew runs post-1600 hours.', US).filter((m) => m.type === 'TIME'),
    ).toHaveLength(1);
  });

  it('does not read a second as a clock time of the publication day', () => {
    for (const text of [
      'Wait for a second.',
      'In a second, it was over.',
      'A second later, it fell.',
    ])
      expect(findMentions(text, US).filter((m) => m.type === 'TIME')).toEqual([]);
  });

  it.each([
    ['The city will host the Summer Olympics in 2032.', ['2032']],
    ['Tourists queued outside the Winter Palace.', []],
    ['Athletes arrived for the Winter Games.', []],
    ['The Spring Statement set out new cuts.', []],
    ['In the Summer Olympics she won gold.', []],
    ['During the Winter Games the city was full.', []],
  ])(
    "reads a capitalised season before a capitalised word in %j as a name ('the Summer Olympics')",
    (text, words) => {
      expect(findMentions(text, US).map((m) => m.text)).toEqual(words);
    },
  );

  it.each([
    ['Tourists flock to the coast in the summer.', 'the summer'],
    ['By Summer, the plant will reopen.', 'Summer'],
    ['Sales rose last Summer as prices fell.', 'last Summer'],
    ['The plant reopens in Summer 2027.', 'Summer 2027'],
    ['Sales Jump in the Summer As Prices Ease', 'the Summer'],
  ])('still reads the season in %j', (text, words) => {
    expect(findMentions(text, US).map((m) => m.text.replace(/^in /, ''))).toContain(words);
  });

  it.each([
    ['In Summer Congress usually takes a long recess.', 'In Summer'],
    ['In the Summer Trump hosted a summit at the resort.', 'the Summer'],
  ])(
    'still reads the season in %j, a preposition opening the sentence taking it',
    (text, words) => {
      expect(findMentions(text, US).map((m) => m.text)).toContain(words);
    },
  );

  it.each([
    ['At the Winter Garden the cast took a bow.'],
    ['For the Spring Festival Beijing hung lanterns.'],
  ])(
    'reads no season in %j: a preposition of a day opening the sentence leaves the name',
    (text) => {
      expect(findMentions(text, US)).toEqual([]);
    },
  );

  it.each([
    ['At the last minute, the senator changed his vote.'],
    ['He pulled out of the race at the last minute.'],
    ['The deal was saved at the very last minute.'],
  ])("reads no date in %j, 'the last minute' being the idiom", (text) => {
    expect(findMentions(text, US)).toEqual([]);
  });

  it('does not read high noon as a clock time', () => {
    expect(findMentions('For the rebels, high noon has come.', US)).toEqual([]);
    expect(mention('The rebels attacked at noon.', 'noon').type).toBe('TIME');
  });
});

describe('findMentions: the future of something', () => {
  it('does not read the future of a thing as a time to come', () => {
    expect(findMentions('The talks decide the future of the port.', US)).toEqual([]);
    expect(mention('Prices may rise in the future.', 'future').value).toBe('FUTURE_REF');
  });
});

describe('findMentions: a past verb right before a day and month', () => {
  const NOV = { published: '2025-11-20', locale: 'en-US' } as const;

  it('reads the day before publication', () => {
    expect(mention('In the fiscal year ended Jan. 31, sales rose.', 'Jan', NOV).value).toBe(
      '2025-01-31',
    );
    expect(mention('The suspect was arrested Jan. 5 in Ohio.', 'Jan', NOV).value).toBe(
      '2025-01-05',
    );
  });

  it('does not do so for the participle of a plan', () => {
    expect(mention('The vote is scheduled Jan. 31.', 'Jan', NOV).value).toBe('2026-01-31');
    expect(mention('The plant will be closed on Jan. 5.', 'Jan', NOV).value).toBe('2026-01-05');
  });
});

describe('findMentions: a past verb of an event with its object before a day and month', () => {
  // A Wednesday in December: next January's days are nearer than last January's.
  const DEC = { published: '2024-12-18', locale: 'en-US' } as const;
  const read = (text: string) => mention(text, 'Jan', DEC).value;

  it('reads the day before publication across a short object', () => {
    expect(read('Police arrested him on Jan. 20.')).toBe('2024-01-20');
    expect(read('The storm killed 40 people on Jan. 26.')).toBe('2024-01-26');
    expect(read('The storm that killed 40 people on Jan. 26 was the worst in years.')).toBe(
      '2024-01-26',
    );
    expect(read('The company fired its chief executive Jan. 30.')).toBe('2024-01-30');
  });

  it('reads the nearest day after a verb that sets or announces a later time', () => {
    for (const text of [
      'The president called an election on Jan. 20.',
      'The union announced a strike on Jan. 20.',
      'The parties agreed a ceasefire starting on Jan. 20.',
      'Activists planned a rally on Jan. 20.',
      'They agreed to hold talks on Jan. 20.',
      'The court scheduled a vote for Jan. 20.',
      'The company said it would release results on Jan. 20.',
      'Officials will present the revised budget on Jan. 20.',
      'The bank will buy back 2 million Series B preferred shares on Jan. 20.',
    ])
      expect(read(text), text).toBe('2025-01-20');
  });

  it('reads the nearest day after a verb whose object ends at an end point such as through, past, into or payable', () => {
    const JUL = { published: '2025-07-10', locale: 'en-US' } as const;
    expect(mention('The team signed him through Aug. 2.', 'Aug', JUL).value).toBe('2025-08-02');
    expect(mention('The court extended the stay past Aug. 2.', 'Aug', JUL).value).toBe(
      '2025-08-02',
    );
    expect(mention('The company raised its dividend payable Aug. 2.', 'Aug', JUL).value).toBe(
      '2025-08-02',
    );
    expect(
      mention('The club signed him through Jan. 10.', 'Jan', {
        published: '2025-01-08',
        locale: 'en-US',
      }).value,
    ).toBe('2025-01-10');
    expect(read('The ministry extended the ban into Jan. 20.')).toBe('2025-01-20');
  });

  it('reads the nearest day after an adjective in -ed when a modal or "to" stands earlier in the sentence, across a dash, "while" or "when"', () => {
    const MAR = { published: '2025-03-12', locale: 'en-US' } as const;
    for (const text of [
      'Shares will stay volatile while the bank publishes detailed data on March 20.',
      'The agency will – for the first time – publish detailed figures on March 20.',
      'Traders are watching to see when the bank publishes detailed figures on March 20.',
    ])
      expect(mention(text, 'March', MAR).value, text).toBe('2025-03-20');
  });

  it('reads the nearest day after a capitalised name in -ed at the start of a sentence or before a title', () => {
    for (const text of [
      'Fed officials on Jan. 20 raise rates, analysts say.',
      'Ted Cruz on Jan. 20: a look ahead.',
      'The markets wait. Fed officials on Jan. 20 raise rates.',
      'Allied Irish Banks on Jan. 20 reports results.',
    ])
      expect(read(text), text).toBe('2025-01-20');
  });

  it('does not take a known name in -ed such as Fed for a past verb', () => {
    for (const text of [
      'Fed Chair Jerome Powell on Jan. 20',
      'Ministers met. Fed officials on Jan. 20',
      'Analysts expect Fed officials on Jan. 20',
    ])
      expect(pastEventVerbBefore(text, text.indexOf('Jan.')), text).toBe(false);
    expect(read('Gold advanced 2 percent on Jan. 20.')).toBe('2024-01-20');
  });

  it('reads the nearest day when the date opens a range after from', () => {
    const JUL = { published: '2025-07-10', locale: 'en-US' } as const;
    const range = mention('He rented a cottage from July 20 to Aug. 2.', 'July', JUL);
    expect(range.value.startsWith('2025-07-20'), range.value).toBe(true);
    expect(mention('He rented a cottage on July 2.', 'July', JUL).value).toBe('2025-07-02');
    expect(pastEventVerbBefore('He rented a cottage from ', 25)).toBe(false);
  });

  it('reads the nearest day after a verb whose object is a cut, a walkout or flights', () => {
    for (const text of [
      'Investors priced in a cut on Jan. 20.',
      'The union backed a walkout on Jan. 20.',
      'The council backed a shutdown on Jan. 20.',
      'The airline resumed flights on Jan. 20.',
    ])
      expect(read(text), text).toBe('2025-01-20');
    const all = findMentions('The airline added flights on Jan. 20 and Jan. 21.', DEC);
    expect(all.map((m) => m.value.slice(0, 4))).toEqual(['2025', '2025']);
  });

  it('does not read a verb from a window that starts in the middle of a word', () => {
    const text =
      'Ministers rescheduled intergovernmental telecommunications consultations on Jan. 20.';
    const start = text.indexOf('Jan.');
    expect(start).toBeGreaterThan(60);
    expect(pastEventVerbBefore(text, start)).toBe(false);
    expect(read(text)).toBe('2025-01-20');
  });
});

describe('findMentions: this before a weekday', () => {
  it('reads this Thursday said on a Wednesday as the coming one', () => {
    expect(mention('The vote is this Thursday.', 'Thursday').value).toBe('2025-08-07');
    expect(mention('The vote is this Monday.', 'Monday').value).toBe('2025-08-11');
  });

  it('reads it as the last one in a past sentence', () => {
    expect(mention('The vote was this Monday.', 'Monday').value).toBe('2025-08-04');
  });
});

describe('findMentions: the time a thing is put off to', () => {
  const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday
  const published = toLocalDate(MARCH.published);
  const month = (years: number, mm: string) =>
    `${format(addYears(published, years), 'yyyy')}-${mm}`;

  it('reads a month a thing was put off or moved to as a coming one, not last year’s', () => {
    expect(mention('The ballot was pushed back to mid-May.', 'May', MARCH).value).toBe(
      month(0, '05'),
    );
    expect(mention('The final was moved to late April.', 'April', MARCH).value).toBe(
      month(0, '04'),
    );
    const text = 'The hearing, first set for March 28, was delayed to April.';
    expect(mention(text, 'April', MARCH).value).toBe(month(0, '04'));
  });

  it('keeps a month just gone by, and puts one gone by longer into next year', () => {
    expect(mention('The launch was postponed to February.', 'February', MARCH).value).toBe(
      month(0, '02'),
    );
    expect(mention('The launch was postponed to January.', 'January', MARCH).value).toBe(
      month(1, '01'),
    );
  });

  it('reads a day and month a thing was put off to as one not gone by more than a month', () => {
    const december = { published: '2025-12-10', locale: 'en-US' } as const;
    expect(mention('The trial was moved to Jan. 5.', 'Jan', december).value).toBe(
      `${format(addYears(toLocalDate(december.published), 1), 'yyyy')}-01-05`,
    );
    expect(mention('The trial was adjourned until Feb. 2.', 'Feb', MARCH).value).toBe(
      `${month(1, '02')}-02`,
    );
  });

  it('reads a weekday a thing was put off to as the coming one', () => {
    expect(mention('The vote was postponed to Monday.', 'Monday', MARCH).value).toBe(
      format(nextMonday(published), 'yyyy-MM-dd'),
    );
  });

  it('lets a past clause after the new time say it is gone by, a main verb or a when clause', () => {
    expect(
      mention('The vote, postponed to Sunday, went ahead without incident.', 'Sunday', MARCH).value,
    ).toBe(format(previousSunday(published), 'yyyy-MM-dd'));
    expect(
      mention('The hearing was moved to Monday, when the judge denied bail.', 'Monday', MARCH)
        .value,
    ).toBe(format(previousMonday(published), 'yyyy-MM-dd'));
    const held = 'The election, postponed to January, was finally held on Jan. 20.';
    expect(mention(held, 'January', MARCH).value).toBe(month(0, '01'));
    expect(
      mention('The vote was postponed to Monday, when it will be held.', 'Monday', MARCH).value,
    ).toBe(format(nextMonday(published), 'yyyy-MM-dd'));
  });

  it('keeps the new time ahead when the verb after a participle phrase tells what the putting off did', () => {
    expect(mention('The tax, delayed to April, angered farmers.', 'April', MARCH).value).toBe(
      month(0, '04'),
    );
    const summit = 'The summit, postponed to June, drew sharp criticism from allies.';
    expect(mention(summit, 'June', MARCH).value).toBe(month(0, '06'));
    const december = { published: '2024-12-30', locale: 'en-US' } as const;
    const launch = 'The launch, postponed to the spring, was criticised by investors.';
    expect(mention(launch, 'spring', december).value).toBe(
      `${Number(december.published.slice(0, 4)) + 1}-SP`,
    );
  });

  it('does not take attention shifting or moving to a time for a thing put off', () => {
    const text = 'The focus shifted to the weekend, when fans gathered.';
    expect(mention(text, 'weekend', MARCH).value).toBe(
      format(previousSaturday(published), 'yyyy-MM-dd'),
    );
  });

  it('leaves a month a thing was held in or put off from to its tense', () => {
    const june = { published: '2025-06-10', locale: 'en-US' } as const;
    const text = 'The vote, held in April, was postponed from March.';
    const year = format(toLocalDate(june.published), 'yyyy');
    expect(mention(text, 'April', june).value).toBe(`${year}-04`);
    expect(mention(text, 'March', june).value).toBe(`${year}-03`);
  });
});

describe('findMentions: numbers that are no dates', () => {
  it.each([
    ['He is 3/1 to win the race.'],
    ['The mare is a 5/2 favourite for the cup.'],
    ['Bookmakers offered odds of 7/2 on a home win.'],
    ['Bookmakers make Red Rum 9/2 to win the National.'],
    ['The horse was backed at 3/1 to win.'],
    ['About 2025 people attended the rally.'],
    ['Some 1500 workers walked out.'],
    ['The 1975 canceled the tour.'],
    ['The 1975 are playing in Dublin.'],
  ])('reads no date in %j, odds, a count or a name', (text) => {
    expect(findMentions(text, US)).toEqual([]);
  });

  it.each([
    ['The crisis hotline is staffed 24/7, officials said.'],
    ['Nurses work 24/7 to keep the ward open.'],
    ['The store is open 24/7/365.'],
  ])("reads '24/7' in %j as round the clock, not the 24th of July", (text) => {
    expect(findMentions(text, GB)).toEqual([]);
    expect(findMentions(text, US)).toEqual([]);
  });

  it.each([
    ['Police searched Room 1984 of the hotel.'],
    ['The firm rents Suite 1900 of the tower.'],
    ['Voters backed Proposition 2012 by a wide margin.'],
    ['The fire started in Apartment 2020 on the top floor.'],
  ])("reads no year in %j, a number after a capitalised noun it numbers ('Room 1984')", (text) => {
    expect(findMentions(text, US)).toEqual([]);
  });

  it.each([
    ['The rally is on 3/1.', '3/1'],
    ['Prices were set about 2025 levels.', '2025'],
    ['The 1975 election changed the country.', '1975'],
    ['The party won in 2019 and lost in 2024.', '2019'],
    ['By around 2040 students will learn to code from AI.', '2040'],
    ['In about 2030 voters will choose again.', '2030'],
    ['Registration opens 4/1 to win new voters, the clerk said.', '4/1'],
    ['The drive starts 3/2 to lift turnout.', '3/2'],
    ['The room was booked in 1984 by a reporter.', '1984'],
    ['The Flight 93 memorial opened in 2015.', '2015'],
    ['The law, passed in March 2019, takes effect today.', 'March 2019'],
  ])('still reads %j as a date', (text, words) => {
    expect(findMentions(text, US)).toContainEqual(expect.objectContaining({ text: words }));
  });

  it('still reads a day and month written 24/7 after a preposition of a day', () => {
    expect(mention('The vote is on 24/7.', '24/7', GB).value).toBe(
      `${GB.published.slice(0, 4)}-07-24`,
    );
  });

  it.each([
    ['The 2025 revised budget cuts spending.', '2025'],
    ['Under the 2024 amended rules, firms must report.', '2024'],
    ['The 2020 disputed election still divides voters.', '2020'],
    ['The 2026 planned expansion will add 500 jobs.', '2026'],
    ['The 1986 Red Sox lost the World Series.', '1986'],
    ['The 2019 Fed decision surprised markets.', '2019'],
    ['He recalled the 2016 United States election.', '2016'],
  ])('still reads %j as a year, an adjective or a name after it', (text, words) => {
    expect(findMentions(text, US)).toContainEqual(expect.objectContaining({ text: words }));
  });
});

describe('findMentions: "this" season or month gone by shortly before publication', () => {
  const SEPTEMBER = { published: '2025-09-25', locale: 'en-US' } as const;
  const thisYear = SEPTEMBER.published.slice(0, 4);

  it.each([
    ['Tourism data for this summer will be published next month.', 'this summer', `${thisYear}-SU`],
    ['The report will cover this August.', 'this August', `${thisYear}-08`],
    ['The pool will close this summer.', 'this summer', `${thisYear}-SU`],
  ])('reads %j as the publication year’s', (text, words, value) => {
    expect(findMentions(text, SEPTEMBER)).toContainEqual(
      expect.objectContaining({ text: words, value }),
    );
  });
});

describe('findMentions: a day and month with "this", "last" or "next year" after them', () => {
  const year = Number(US.published.slice(0, 4));

  it.each([
    ['Holi falls on 14 March this year.', '14 March this year', `${year}-03-14`],
    ['The vote was on 14 March last year.', '14 March last year', `${year - 1}-03-14`],
    ['The vote is on March 14 next year.', 'March 14 next year', `${year + 1}-03-14`],
    ['The fair opens on the 3rd of May next year.', '3rd of May next year', `${year + 1}-05-03`],
  ])('reads %j as that day of the year named', (text, words, value) => {
    expect(findMentions(text, US)).toContainEqual(expect.objectContaining({ text: words, value }));
  });
});

describe('findMentions: weekday as a word', () => {
  const SEPT_1998 = { published: '1998-09-11', locale: 'en-US' } as const; // a Friday

  it("reads no day in 'on weekday afternoons' or 'the weekday schedule', in both readings", () => {
    const text = 'The flights were running below target on weekday afternoons.';
    // The afternoons of every weekday, a SET (readWeekdayParts), and no one day.
    for (const found of [findMentions(text, SEPT_1998), findTimemlMentions(text, SEPT_1998)])
      expect(found.map((m) => [m.text, m.type, m.value])).toEqual([
        ['weekday afternoons', 'SET', 'XXXX-WXX-WDTAF'],
      ]);
    expect(findMentions('The weekday schedule changed.', SEPT_1998)).toEqual([]);
  });

  it('still reads a weekday named after it', () => {
    expect(
      findMentions('Trains run on weekdays and on Wednesday.', SEPT_1998).map((m) => m.text),
    ).toEqual(['on Wednesday']);
  });
});
