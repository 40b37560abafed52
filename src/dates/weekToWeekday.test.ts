import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { WEEK_TO_WEEKDAY } from './weekToWeekday.ts';

const TUESDAY = { published: '2026-11-24', locale: 'en-US' } as const;
const BRITISH_TUESDAY = { published: '2026-11-24', locale: 'en-GB' } as const;

function read(text: string, options: { published: string; locale: 'en-US' | 'en-GB' } = TUESDAY) {
  const values = (all: { text: string; value: string }[]) =>
    all.map((m) => `${m.text} = ${m.value}`);
  return {
    news: values(findMentions(text, options)),
    timeml: values(findTimemlMentions(text, options)),
  };
}

describe('"the week to" before a weekday', () => {
  it('reads "the week to Sunday" said on a Tuesday as the week that ended two days before', () => {
    const { news, timeml } = read(
      'There were 1,204 new cases in the week to Sunday, the agency said.',
    );
    expect(news).toEqual(['the week to Sunday = 2026-W47']);
    expect(timeml).toEqual(['the week to Sunday = 2026-W47']);
  });

  it('reads "the week to Saturday" as the week gone by, not the week after next', () => {
    const { news, timeml } = read(
      'Deaths registered in the week to Saturday rose by 8%, the statistics office said.',
      BRITISH_TUESDAY,
    );
    expect(news).toEqual(['the week to Saturday = 2026-W47']);
    expect(timeml).toEqual(['the week to Saturday = 2026-W47']);
  });

  it('leaves "the week to" before a day and month as it was', () => {
    expect(read('Cases rose in the week to 22 November.', BRITISH_TUESDAY).news).toEqual([
      'the week to 22 November = 2026-W47',
    ]);
  });

  it('does not blank "weeks to" nor "a week to" before a weekday', () => {
    expect('It took two weeks to Friday and a week to Monday.'.match(WEEK_TO_WEEKDAY)).toBeNull();
  });

  it('does not blank "the week to" before other words', () => {
    expect('She devoted the week to training.'.match(WEEK_TO_WEEKDAY)).toBeNull();
  });
});

describe('"the week to last" before a weekday', () => {
  it('reads "the week to last Friday", said on a Wednesday, as the week that ended then', () => {
    const wednesday = { published: '2026-12-09', locale: 'en-GB' } as const;
    const { news, timeml } = read(
      'Retail footfall fell 0.4% in the week to last Friday.',
      wednesday,
    );
    expect(news).toEqual(['the week to last Friday = 2026-W49']);
    expect(timeml).toEqual(['the week to last Friday = 2026-W49']);
  });

  it('still leaves "the last week to" alone', () => {
    expect('the last week to Friday'.match(WEEK_TO_WEEKDAY)).toBeNull();
  });
});
