import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isMonthAsFirstName } from './isMonthAsFirstName.ts';

const options = { published: '1990-09-24', locale: 'en-US' } as const;
const both = (text: string): string[][] => [
  findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`),
];

describe('a first name that is a month, told by an apposition or a middle initial', () => {
  it('does not read "April Glaspie, the U.S. ambassador to Iraq, met Saddam Hussein in July", said on 24 September 1990, as a month', () => {
    for (const mentions of both(
      'April Glaspie, the U.S. ambassador to Iraq, met Saddam Hussein in July.',
    ))
      expect(mentions).toEqual(['July = 1990-07']);
  });

  it('does not read "August A. Busch III, chairman of Anheuser-Busch Cos., declined to comment" or "June Smith, 45, was named president"', () => {
    for (const mentions of both(
      'August A. Busch III, chairman of Anheuser-Busch Cos., declined to comment.',
    ))
      expect(mentions).toEqual([]);
    expect(isMonthAsFirstName('June Smith, 45, was named president.', 0)).toBe(true);
  });

  it('reads "In June Congress, the House and Senate passed the bill" and "April, the cruellest month, came early" as months', () => {
    expect(both('In June Congress, the House and Senate passed the bill.')[0]).toEqual([
      'June = 1990-06',
    ]);
    expect(both('April, the cruellest month, came early.')[1]).toEqual(['April = 1990-04']);
    expect(isMonthAsFirstName('Sales fell in April, the company said.', 14)).toBe(false);
  });
});

describe('a headline whose month a noun of figures follows', () => {
  it('reads "June Sales, the Best in Years, Lift Ford\'s Hopes", said on 5 July 1989, as 1989-06', () => {
    const july = { published: '1989-07-05', locale: 'en-US' } as const;
    const text = "June Sales, the Best in Years, Lift Ford's Hopes";
    expect(findMentions(text, july).map((m) => `${m.text} = ${m.value}`)).toContain(
      'June = 1989-06',
    );
    expect(isMonthAsFirstName('August Orders, a Record, Rise', 0)).toBe(false);
    expect(isMonthAsFirstName('June Smith, a Ford vice president, resigned.', 0)).toBe(true);
  });
});

describe('a first name that is a month, told by a generational suffix', () => {
  it('does not read "August Busch III, chairman of Anheuser-Busch, said beer sales were flat", said on 2 November 1989, as a month', () => {
    const november = { published: '1989-11-02', locale: 'en-US' } as const;
    const text = 'August Busch III, chairman of Anheuser-Busch, said beer sales were flat.';
    expect(findMentions(text, november)).toEqual([]);
    expect(findTimemlMentions(text, november)).toEqual([]);
    expect(isMonthAsFirstName('Chairman August Busch III told analysts.', 9)).toBe(true);
    expect(isMonthAsFirstName('June Carter Jr. resigned.', 0)).toBe(true);
  });

  it('reads "August Phase III results were strong" and "In August Busch III bought shares" as months', () => {
    expect(both('August Phase III results were strong.')[0]).toEqual(['August = 1990-08']);
    expect(both('In August Busch III bought more shares.')[1]).toEqual(['August = 1990-08']);
  });
});
