import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Friday.
const JAN_7 = { published: '2000-01-07', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, JAN_7).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, JAN_7).map((m) => [m.text, m.type, m.value] as const);

describe('a bare hour said after a part of the day and "at"', () => {
  it('reads "Tonight at eleven" as eleven at night, the part apart, in both readings', () => {
    expect(news("Tonight at eleven, the hidden dangers in your child's toy box.")).toEqual([
      ['Tonight', 'DATE', '2000-01-07'],
      ['eleven', 'TIME', '2000-01-07T23:00'],
    ]);
    expect(timeml("Tonight at eleven, the hidden dangers in your child's toy box.")).toEqual([
      ['Tonight', 'TIME', '2000-01-07TNI'],
      ['eleven', 'TIME', '2000-01-07T23:00'],
    ]);
  });

  it("takes the hour on the part's own day, in figures or in words", () => {
    expect(news('Join us tomorrow night at 8 for a special report.')).toEqual([
      ['tomorrow night', 'DATE', '2000-01-08'],
      ['8', 'TIME', '2000-01-08T20:00'],
    ]);
    expect(timeml('The president speaks this evening at nine.')).toEqual([
      ['this evening', 'TIME', '2000-01-07TEV'],
      ['nine', 'TIME', '2000-01-07T21:00'],
    ]);
  });

  it('keeps a zone after the hour in its words', () => {
    expect(news('The debate airs tonight at nine Eastern.')).toEqual([
      ['tonight', 'DATE', '2000-01-07'],
      ['nine Eastern', 'TIME', '2000-01-07T21:00'],
    ]);
  });

  it('reads no hour the part does not hold, nor a figure or a name after the number', () => {
    expect(news('The count resumes tonight at 3.')).toEqual([['tonight', 'DATE', '2000-01-07']]);
    expect(news('The rate stood tonight at 8 percent.')).toEqual([
      ['tonight', 'DATE', '2000-01-07'],
    ]);
    expect(news('The prime minister dines tonight at 10 Downing Street.')).toEqual([
      ['tonight', 'DATE', '2000-01-07'],
    ]);
  });

  it('reads a clock in figures after the part, which was lost to the part before', () => {
    expect(news('The jury met this morning at 9:30.')).toEqual([
      ['this morning', 'DATE', '2000-01-07'],
      ['9:30', 'TIME', '2000-01-07T09:30'],
    ]);
    expect(timeml('The jury meets tonight at 8:15 in the courthouse.')).toEqual([
      ['tonight', 'TIME', '2000-01-07TNI'],
      ['8:15', 'TIME', '2000-01-07T20:15'],
    ]);
    expect(news('Stocks opened this morning at 9 a.m. on Wall Street.')).toEqual([
      ['this morning', 'DATE', '2000-01-07'],
      ['9 a.m.', 'TIME', '2000-01-07T09:00'],
    ]);
  });

  it('reads "Tonight at half past eight Eastern, a special report", said on 20 January 1998, as 1998-01-20T20:30', () => {
    const text =
      "Tonight at half past eight Eastern, a special report on the Pope's trip to Havana.";
    const options = { published: '1998-01-20', locale: 'en-US' } as const;
    expect(findMentions(text, options).map((m) => [m.text, m.value])).toContainEqual([
      'half past eight Eastern',
      '1998-01-20T20:30',
    ]);
    expect(findTimemlMentions(text, options).map((m) => [m.text, m.value])).toContainEqual([
      'half past eight Eastern',
      '1998-01-20T20:30',
    ]);
  });

  it('reads "airs tonight at a quarter past nine" and "tonight at a quarter to ten", said on 6 April 1998, as 21:15 and 21:45', () => {
    const options = { published: '1998-04-06', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, options).map((m) => m.value);
    expect(values('the special airs tonight at a quarter past nine.')).toContain(
      '1998-04-06T21:15',
    );
    expect(values('the vote is tonight at a quarter to ten.')).toContain('1998-04-06T21:45');
  });

  it('still reads "this morning at half past nine" as 09:30 and "He spoke at half past eight." as 08:30', () => {
    const options = { published: '1998-01-20', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, options).map((m) => m.value);
    expect(values('this morning at half past nine, the Pope left.')).toContain('1998-01-20T09:30');
    expect(values('He spoke at half past eight.')).toEqual(['1998-01-20T08:30']);
  });
});
