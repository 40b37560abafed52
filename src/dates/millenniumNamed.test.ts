import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { MILLENNIUM_NAMED, millenniumNamed } from './millenniumNamed.ts';

// A Wednesday.
const DEC_29_1999 = { published: '1999-12-29', locale: 'en-US' } as const;
const timeml = (text: string, options: { published: string; locale: 'en-US' } = DEC_29_1999) =>
  findTimemlMentions(text, options).map((m) => [m.text, m.value] as const);

describe('the next millennium, the new millennium, this millennium', () => {
  it('reads "Religious leaders called for peace as the world prepared to enter the next millennium", said on 29 December 1999, as 2', () => {
    const text =
      'Religious leaders called for peace as the world prepared to enter the next millennium.';
    expect(timeml(text)).toEqual([['the next millennium', '2']]);
    expect(findMentions(text, DEC_29_1999)).toEqual([]);
  });

  it('reads "Banks are stockpiling cash ahead of the new millennium", said on 5 October 1999, as 2', () => {
    expect(
      timeml('Banks are stockpiling cash ahead of the new millennium.', {
        published: '1999-10-05',
        locale: 'en-US',
      }),
    ).toEqual([['the new millennium', '2']]);
  });

  it('reads "this millennium", said in 1999, as 1, and "the new millennium", said in 2000, as 2', () => {
    expect(
      millenniumNamed(new RegExp(MILLENNIUM_NAMED.source, 'i').exec('this millennium')!, 1999),
    ).toBe('1');
    expect(
      millenniumNamed(new RegExp(MILLENNIUM_NAMED.source, 'i').exec('the new millennium')!, 2000),
    ).toBe('2');
  });

  it('reads nothing in "The millennium bug caused few problems" nor in "the new millennium bug"', () => {
    expect(timeml('The millennium bug caused few problems.')).toEqual([]);
    expect(timeml('Officials feared the new millennium bug.')).toEqual([]);
  });

  it('reads "Celebrations will mark the start of the third millennium", said on 29 December 1999, as 2', () => {
    expect(timeml('Celebrations will mark the start of the third millennium.')).toEqual([
      ['the third millennium', '2'],
    ]);
    expect(timeml('The cathedral was built early in the second millennium.')).toEqual([
      ['the second millennium', '1'],
    ]);
  });

  it('reads nothing in "The New Millennium Experience Co., which runs the Dome, said ticket sales were strong", said on 29 December 1999', () => {
    expect(
      timeml(
        'The New Millennium Experience Co., which runs the Dome, said ticket sales were strong.',
      ),
    ).toEqual([]);
    expect(timeml('The group campaigns under the banner of the New Millennium Campaign.')).toEqual(
      [],
    );
    expect(
      timeml('The Third Millennium Foundation gave $1 million.').map(([t]) => t),
    ).not.toContain('The Third Millennium');
    expect(timeml('Crowds gathered to greet the New Millennium.')).toEqual([
      ['the New Millennium', '2'],
    ]);
  });

  it('reads nothing in "The tomb dates from the first millennium B.C., archaeologists said", said on 29 December 1999', () => {
    expect(timeml('The tomb dates from the first millennium B.C., archaeologists said.')).toEqual(
      [],
    );
    expect(timeml('Tools from the second millennium BC were found.')).toEqual([]);
  });
});
