import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 12 January 2000: the Monday gone by is the 10th, the coming one the 17th.
const WEDNESDAY = { published: '2000-01-12', locale: 'en-US' } as const;
const read = (text: string, said: { published: string; locale: 'en-US' } = WEDNESDAY) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, said).map((m) => `${m.text.replace(/^(?:on|at) /, '')} = ${m.value}`),
  );

describe('an instruction to attend whose outcome the sentence tells', () => {
  it('reads "Evacuees were asked to return on Tuesday, and most of them did", said on 12 January 2000, as the Tuesday gone by, 2000-01-11', () => {
    expect(read('Evacuees were asked to return on Tuesday, and most of them did.')).toEqual([
      ['Tuesday = 2000-01-11'],
      ['Tuesday = 2000-01-11'],
    ]);
  });

  it('reads "The court told him to appear on Friday, but he failed to do so", said on Monday 17 January 2000, as 2000-01-14', () => {
    const monday = { published: '2000-01-17', locale: 'en-US' } as const;
    expect(read('The court told him to appear on Friday, but he failed to do so.', monday)).toEqual(
      [['Friday = 2000-01-14'], ['Friday = 2000-01-14']],
    );
  });

  it('reads "Pupils were told to come back on Monday, when the school reopened", said on 12 January 2000, as 2000-01-10', () => {
    expect(read('Pupils were told to come back on Monday, when the school reopened.')).toEqual([
      ['Monday = 2000-01-10'],
      ['Monday = 2000-01-10'],
    ]);
  });

  it('reads "Fire officials told residents to return on Monday after the blaze was contained", said on 12 January 2000, as 2000-01-10', () => {
    expect(
      read('Fire officials told residents to return on Monday after the blaze was contained.'),
    ).toEqual([['Monday = 2000-01-10'], ['Monday = 2000-01-10']]);
  });

  it('still reads "The judge told jurors to return Friday, when deliberations will begin", "… once the evidence is reviewed" and "… after a long weekend" as the coming Friday, 2000-01-14', () => {
    expect(read('The judge told jurors to return Friday, when deliberations will begin.')).toEqual([
      ['Friday = 2000-01-14'],
      ['Friday = 2000-01-14'],
    ]);
    expect(read('The judge told jurors to return Friday once the evidence is reviewed.')).toEqual([
      ['Friday = 2000-01-14'],
      ['Friday = 2000-01-14'],
    ]);
    expect(read('The judge told jurors to return Friday after a long weekend.')).toEqual([
      ['Friday = 2000-01-14'],
      ['Friday = 2000-01-14'],
    ]);
  });

  it('reads "Lawyers said the defendant, ordered to appear Monday, never showed up", said on 12 January 2000, as the Monday gone by, 2000-01-10', () => {
    expect(read('Lawyers said the defendant, ordered to appear Monday, never showed up.')).toEqual([
      ['Monday = 2000-01-10'],
      ['Monday = 2000-01-10'],
    ]);
  });

  it('still reads "The jurors were sent home and told to return Friday, and the judge will read the verdict" as the coming Friday, 2000-01-14', () => {
    expect(
      read(
        'The jurors were sent home and told to return Friday, and the judge will read the verdict.',
      ),
    ).toEqual([['Friday = 2000-01-14'], ['Friday = 2000-01-14']]);
  });
});
