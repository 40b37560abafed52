import { describe, expect, it } from 'vitest';
import { electionMonthTense } from './electionMonthTense.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 6 March 1990.
const PUBLISHED = { published: '1990-03-06', locale: 'en-US' } as const;
const november = (list: { text: string; value: string }[]) =>
  list.find((m) => m.text === 'November')?.value;
const news = (text: string) => november(findMentions(text, PUBLISHED));
const timeml = (text: string) => november(findTimemlMentions(text, PUBLISHED));

describe('a month that names an election, not told in the past', () => {
  it.each([
    'Both parties are already looking ahead to the November elections.',
    'The party is favored to win the November election.',
    'Polls show the governor trailing before the November gubernatorial election.',
  ])('reads the month of %j as the coming one, in both readings', (text) => {
    expect(news(text)).toBe('1990-11');
    expect(timeml(text)).toBe('1990-11');
  });

  it('reads "The November election is the biggest test for the party", said in June, as the coming November', () => {
    const found = findTimemlMentions('The November election is the biggest test for the party.', {
      published: '2026-06-10',
      locale: 'en-US',
    });
    expect(november(found)).toBe('2026-11');
  });

  it('reads "Democrats lost ground in the November elections", told in the past, as the November gone by', () => {
    expect(timeml('Democrats lost ground in the November elections.')).toBe('1989-11');
  });

  it('keeps "since the November elections" the one gone by', () => {
    expect(
      electionMonthTense('Since the ', ' elections, the party', 11, '1990-03-06', 'unknown'),
    ).toBe('unknown');
  });

  it('leaves a month with no "the" before it, and one with no vote after it', () => {
    expect(electionMonthTense('in a ', ' vote.', 11, '1990-03-06', 'unknown')).toBe('unknown');
    expect(electionMonthTense('looking to the ', ' figures.', 11, '1990-03-06', 'unknown')).toBe(
      'unknown',
    );
  });

  it("leaves publication's own month, which may be running", () => {
    expect(electionMonthTense('ahead of the ', ' elections.', 3, '1990-03-06', 'unknown')).toBe(
      'unknown',
    );
  });

  it.each([
    ['Republicans are still counting the cost of the November elections.', '1990-12-10', '1990-11'],
    ['Voters punish incumbents in the November elections, survey finds', '2026-12-02', '2026-11'],
    ['Labour’s losses in the May elections are a warning to the party.', '2026-06-15', '2026-05'],
  ])(
    'keeps the month of %j, gone by within two months, the one just past',
    (text, published, value) => {
      const at = { published, locale: 'en-US' } as const;
      const month = (list: { text: string; value: string }[]) =>
        list.find((m) => m.text === 'November' || m.text === 'May')?.value;
      expect(month(findMentions(text, at))).toBe(value);
      expect(month(findTimemlMentions(text, at))).toBe(value);
    },
  );

  it('reads "looking ahead to the November elections", said in February, as the coming November', () => {
    const at = { published: '1990-02-06', locale: 'en-US' } as const;
    const text = 'Both parties are already looking ahead to the November elections.';
    expect(november(findMentions(text, at))).toBe('1990-11');
    expect(november(findTimemlMentions(text, at))).toBe('1990-11');
  });

  it('turns the month of "looking ahead to the November elections"', () => {
    expect(
      electionMonthTense('looking ahead to the ', ' elections.', 11, '1990-03-06', 'unknown'),
    ).toBe('future');
  });
});
