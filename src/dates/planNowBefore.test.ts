import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { PLAN_NOW_BEFORE } from './planNowBefore.ts';

const valueOf = (
  text: string,
  phrase: string,
  published: string,
  locale: 'en-GB' | 'en-US' = 'en-GB',
) => {
  const at = text.indexOf(phrase);
  const overlapping = (m: { start: number; end: number }) =>
    m.start < at + phrase.length && m.end > at;
  return [
    findMentions(text, { published, locale }).find(overlapping)?.value,
    findTimemlMentions(text, { published, locale }).find(overlapping)?.value,
  ];
};
const yearOf = (published: string, years: number) => Number(published.slice(0, 4)) + years;

describe('a plan told in the present before its day', () => {
  it('reads "The committee is to report on 30 November, the minister said", said on 15 February 2006, as the coming 30 November', () => {
    const published = '2006-02-15';
    const text = 'The committee is to report on 30 November, the minister said.';
    const coming = `${yearOf(published, 0)}-11-30`;
    expect(valueOf(text, '30 November', published)).toEqual([coming, coming]);
  });

  it('reads "The inquiry is due to publish its findings on 12 December" and "Ministers are to publish the white paper on 25 October" ahead', () => {
    expect(
      valueOf(
        'The inquiry is due to publish its findings on 12 December, officials said.',
        '12 December',
        '2006-02-15',
      )[0],
    ).toBe(`${yearOf('2006-02-15', 0)}-12-12`);
    expect(
      valueOf(
        'Ministers are to publish the white paper on 25 October.',
        '25 October',
        '2002-07-17',
      )[0],
    ).toBe(`${yearOf('2002-07-17', 0)}-10-25`);
  });

  it('leaves "The committee reported on 30 November" and "was to report on 30 November" gone by', () => {
    const published = '2006-02-15';
    const gone = `${yearOf(published, -1)}-11-30`;
    expect(
      valueOf(
        'The committee reported on 30 November that the scheme had failed.',
        '30 November',
        published,
      )[0],
    ).toBe(gone);
    expect(
      valueOf(
        'The committee was to report on 30 November but asked for more time.',
        '30 November',
        published,
      )[0],
    ).toBe(gone);
  });

  it('takes neither a plan told in the past nor one that was to have been', () => {
    expect(PLAN_NOW_BEFORE.test('The committee is to report on ')).toBe(true);
    expect(PLAN_NOW_BEFORE.test('The committee was to report on ')).toBe(false);
    expect(PLAN_NOW_BEFORE.test('The committee is to have reported on ')).toBe(false);
  });

  it('keeps a day after a happening gone by: "The inquiry is to examine the crash on 3 January", said on 15 February 2006, and "MPs said the minister is to blame for the chaos on 5 January", said on 20 February 2010', () => {
    const text = 'The inquiry is to examine the crash on 3 January, the minister said.';
    const crash = `${yearOf('2006-02-15', 0)}-01-03`;
    expect(valueOf(text, '3 January', '2006-02-15')).toEqual([crash, crash]);
    const blame = 'MPs said the minister is to blame for the chaos on 5 January.';
    const chaos = `${yearOf('2010-02-20', 0)}-01-05`;
    expect(valueOf(blame, '5 January', '2010-02-20')).toEqual([chaos, chaos]);
    const fire = 'The hearing is to look into the fire on 12 December, a spokesman said.';
    const blaze = `${yearOf('2007-02-01', -1)}-12-12`;
    expect(valueOf(fire, '12 December', '2007-02-01')).toEqual([blaze, blaze]);
  });
});
