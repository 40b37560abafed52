import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { withoutHypotheticalCondition } from './withoutHypotheticalCondition.ts';

// A Tuesday in May: the coming June is this year's, the last one 2021's.
const PUBLISHED = { published: '2022-05-03', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('the clause of a condition not met', () => {
  it.each([
    ["Ukraine's president would attend the summit in June if security allowed.", 'June 2022-06'],
    ['If the bill passed, it would take effect in June.', 'June 2022-06'],
    ['The talks could resume in June unless the ceasefire collapsed.', 'June 2022-06'],
  ])('tells no past in %j, in both readings', (text, value) => {
    expect(news(text)).toEqual([value]);
    expect(timeml(text)).toEqual([value]);
  });

  it.each([
    ['If the vote failed in March, the party would have collapsed.', 'March 2022-03'],
    ['Officials would not say if talks resumed on Monday.', 'on Monday 2022-05-02'],
    ['If turnout fell in June, it was because of the rain.', 'June 2021-06'],
  ])('leaves the date its own clause in %j', (text, value) => {
    expect(news(text)).toEqual([value]);
  });

  it('blanks only a condition with no modal of its own, keeping offsets', () => {
    const around = { before: 'It would end in ', after: ' if it passed.' };
    expect(withoutHypotheticalCondition(around)).toEqual({
      before: 'It would end in ',
      after: `${' '.repeat(' if it passed'.length)}.`,
    });
    const asked = { before: 'She asked ', after: ' if talks would resume.' };
    expect(withoutHypotheticalCondition(asked)).toBe(asked);
    const open = { before: 'It ended in ', after: ' if it passed.' };
    expect(withoutHypotheticalCondition(open)).toBe(open);
  });
});
