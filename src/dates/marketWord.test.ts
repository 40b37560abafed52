import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { MARKET_WORD } from './marketWord.ts';

const AUGUST = '1994-08-12';

/** `text`'s mentions in both readings as "words = value". */
function values(text: string): [string[], string[]] {
  const options = { published: AUGUST, locale: 'en-GB' } as const;
  const show = (m: { text: string; value: string }) => `${m.text} = ${m.value}`;
  return [findMentions(text, options).map(show), findTimemlMentions(text, options).map(show)];
}

describe('a bare half in a sentence of markets or of results in City wording', () => {
  it('reads "the first half" after turnover, trading or income as the half of the year', () => {
    expect(values('Turnover in the first half rose 7 per cent.')).toEqual([
      ['the first half = 1994-H1'],
      ['the first half = 1994-H1'],
    ]);
    expect(values('The company said trading in the first half had been difficult.')[1]).toEqual([
      'the first half = 1994-H1',
    ]);
    expect(values('Net income in the first half rose to $12 million.')[1]).toEqual([
      'the first half = 1994-H1',
    ]);
  });

  it('reads a half in which a share or an index moved by a percentage', () => {
    expect(values('The stock rose 10% in the first half.')[1]).toEqual([
      'the first half = 1994-H1',
    ]);
    expect(values('The Dow gained 4% in the first half, its best start since 1987.')[1]).toContain(
      'the first half = 1994-H1',
    );
  });

  it('does not read a half of a match, of a session or of a film', () => {
    expect(values('He played well in the first half.')).toEqual([[], []]);
    expect(
      values('The teams were trading blows in the first half and scored twice after it.'),
    ).toEqual([[], []]);
    expect(values('Shares fell sharply in the second half of the session.')).toEqual([[], []]);
    expect(values('The film drags in the second half.')).toEqual([[], []]);
  });

  it("does not read a basketball team's shooting or turnover as a market's", () => {
    expect(values('Duke shot 38 percent from the field in the first half.')).toEqual([[], []]);
    expect(values('The Knicks shot 41 per cent in the second half and lost by 12.')).toEqual([
      [],
      [],
    ]);
    expect(values('A costly turnover early in the second half let Georgetown pull ahead.')).toEqual(
      [[], []],
    );
    expect(values('Turnover in the first half rose 4 per cent.')[1]).toEqual([
      'the first half = 1994-H1',
    ]);
  });

  it('knows City wording and leaves a match word out', () => {
    expect(MARKET_WORD.test('Trading in the first half was difficult')).toBe(true);
    expect(MARKET_WORD.test('pre-tax profits rose 7 per cent')).toBe(true);
    expect(MARKET_WORD.test('the sides were trading blows')).toBe(false);
    expect(MARKET_WORD.test('he played well')).toBe(false);
  });
});
