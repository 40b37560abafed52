import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 10 June 2015: the coming Election Day by the holiday rule is 3 November 2015.
const JUNE = { published: '2015-06-10', locale: 'en-US' } as const;
const electionDay = (found: { text: string; value: string }[]) =>
  found.filter((m) => m.text === 'Election Day').map((m) => m.value);

describe('"Election Day" joined to a written day by a copula', () => {
  it.each([
    ['Election Day is Nov. 3, 2020.', '2020-11-03'],
    ['Election Day was Nov. 6, 2012, and turnout was low.', '2012-11-06'],
    ['Election Day will be 3 November 2020.', '2020-11-03'],
    ['Until Election Day, which is Nov. 3, 2020, the ads will run.', '2020-11-03'],
    ['Election Day this year falls on Nov. 3.', '2015-11-03'],
  ])('reads "Election Day" in %j as that day, in both readings', (text, value) => {
    expect(electionDay(findMentions(text, JUNE))).toEqual([value]);
    expect(electionDay(findTimemlMentions(text, JUNE))).toEqual([value]);
  });

  it.each([
    // No day after the copula.
    'Election Day is a holiday in some states.',
    // A count from a day, not the day itself.
    'Election Day is two weeks after Nov. 3.',
    // The day is another clause's.
    'Election Day was grim; on Nov. 6, 2012, the count went on.',
    // "Election Day" after a preposition is not the copula's subject.
    'The deadline to register before Election Day is Oct. 13.',
    'The last day to request a mail ballot ahead of Election Day is Oct. 27.',
  ])('keeps the holiday rule\'s reading of "Election Day" in %j', (text) => {
    const found = findMentions(text, JUNE).find((m) => m.text === 'Election Day')!;
    expect(found.anchor).not.toMatchObject({ kind: 'mention' });
    expect(found.value).not.toMatch(/^2012-11-06$|-11-17$|-10-(?:13|27|29)$/);
  });

  it('reads "A week before Election Day is Oct. 29, the last day to mail a ballot." as one count from the holiday, not "Election Day" as Oct. 29', () => {
    const text = 'A week before Election Day is Oct. 29, the last day to mail a ballot.';
    const found = findMentions(text, { published: '2024-02-01', locale: 'en-US' });
    expect(found.map((m) => `${m.text} = ${m.value}`).slice(0, 2)).toEqual([
      'A week before Election Day = 2024-10-29',
      'Oct. 29 = 2024-10-29',
    ]);
  });
});
