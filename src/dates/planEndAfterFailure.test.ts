import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { planEndAfterFailure } from './planEndAfterFailure.ts';

const MAY = { published: '2025-05-14', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, MAY).map((m) => [m.text, m.value]);
const readTimeml = (text: string) => findTimemlMentions(text, MAY).map((m) => [m.text, m.value]);

describe('the month a plan told in the past was to last until, when it failed in another month', () => {
  it.each([
    [
      'The fund, which was intended to last until March, ran out in January.',
      ['March', '2025-03'],
      ['January', '2025-01'],
    ],
    [
      'The programme, which was due to run until March, was scrapped in early January.',
      ['March', '2025-03'],
      ['early January', '2025-01'],
    ],
    [
      'The fund, which was intended to last until December, ran out in March.',
      ['December', '2025-12'],
      ['March', '2025-03'],
    ],
    [
      'The ceasefire was meant to hold until December but collapsed in March.',
      ['December', '2025-12'],
      ['March', '2025-03'],
    ],
  ])('reads %j, said in May, as the first such month after the failure', (text, plan, failed) => {
    expect(read(text)).toEqual([plan, failed]);
    expect(readTimeml(text)).toEqual([plan, failed]);
  });

  it.each([
    // No month of the failure: the words say nothing of the plan's year.
    ['The fund, which was intended to last until March, ran out.', [['March', '2026-03']]],
    // The clause after is no failure told in the past.
    [
      'The fund, which was intended to last until March, will run out in June.',
      [
        ['March', '2026-03'],
        ['June', '2025-06'],
      ],
    ],
    // No plan before the month.
    [
      'The fund, which was set up in January, ran out in March.',
      [
        ['January', '2025-01'],
        ['March', '2025-03'],
      ],
    ],
  ])('keeps %j, said in May, as it was read', (text, mentions) => {
    expect(read(text)).toEqual(mentions);
  });

  it('gives nothing for "In 2019, the fund, which was intended to last until March, ran out in January": the story is of a year gone by named before', () => {
    expect(
      planEndAfterFailure(
        'In 2019, the fund, which was intended to last until ',
        ', ran out in January.',
        3,
        '2025-05-14',
      ),
    ).toBeUndefined();
    expect(
      planEndAfterFailure(
        'The fund ran dry in 2024. It was intended to last until ',
        ', but ran out in January.',
        3,
        '2025-05-14',
      ),
    ).toBeUndefined();
    // The year of publication named: the rule still reads the plan's end.
    expect(
      planEndAfterFailure(
        'In 2025, the fund, which was intended to last until ',
        ', ran out in January.',
        3,
        '2025-05-14',
      ),
    ).toBe('2025-03');
  });

  it('gives nothing for the same month twice', () => {
    expect(
      planEndAfterFailure(
        'The fund was meant to last until ',
        ' but ran out in March.',
        3,
        '2025-05-14',
      ),
    ).toBeUndefined();
  });
});
