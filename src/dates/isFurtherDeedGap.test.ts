import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFurtherDeedGap } from './isFurtherDeedGap.ts';

const month = (text: string, words: string, published = '2026-03-11') =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-GB' }).find((m) => m.text === words)?.value,
  );

describe('a further deed after a dated month, beyond "and" and a past', () => {
  it.each([
    ['The firm was founded in May 2019 by two nurses and sold in March.', 'March', '2020-03'],
    [
      'She joined the company in January 2018 as an intern and became its chief executive in August.',
      'August',
      '2018-08',
    ],
    [
      'The law was passed in June 2023, and the court struck it down in January.',
      'January',
      '2024-01',
    ],
    ['It cut 300 jobs in October 2024 and 200 more in February.', 'February', '2025-02'],
    [
      'The startup raised $5 million in April 2022 and another $12 million in September.',
      'September',
      '2022-09',
    ],
    [
      'The stadium opened in August 2012, hosted the final in May and was sold in July.',
      'May',
      '2013-05',
    ],
  ])('reads "%s" beside the dated month', (text, words, value) => {
    expect(month(text, words)).toEqual([value, value]);
  });

  it.each([
    // A new subject with no comma may tell this year's month.
    ['Labour won a landslide in July 2024 and Reform topped the polls in May.', 'May', '2025-05'],
    // A verb of "be" is no new subject.
    [
      'The mayor was elected in May 2024, and is expected to face a recall vote in September.',
      'September',
      '2026-09',
    ],
    // Words that place the time apart.
    [
      'The law was passed in June 2023, and the court struck it down a year later in May.',
      'May',
      '2025-05',
    ],
    // A figure alone compares then with now.
    ['The town had 3,000 residents in May 2019 and 4,500 in February.', 'February', '2026-02'],
    // The dated month in a phrase set off by commas: the past after it is the sentence's verb.
    ['The firm, founded in May 2019 by two nurses, was sold in March.', 'March', '2026-03'],
    [
      'The bank, which was fined in June 2023, was sold in January to a rival.',
      'January',
      '2026-01',
    ],
    // A death after a birth: the obituary's news.
    ['He was born in May 1948 in Leeds and died in February at home.', 'February', '2026-02'],
    // More than six words of the deed: a rise through the ranks takes more than a few months.
    [
      'She joined the firm in January 2018 and rose through the ranks of the sales team to become chief executive in August.',
      'August',
      '2025-08',
    ],
  ])('leaves "%s" to be read from publication', (text, words, value) => {
    expect(month(text, words)[0]).toBe(value);
  });

  it('takes a short phrase of agent, place or role before the "and", with no figure', () => {
    expect(isFurtherDeedGap(' by two nurses and sold in ')).toBe(true);
    expect(isFurtherDeedGap(' by 20 votes and sold in ')).toBe(false);
    expect(isFurtherDeedGap(' and the court struck it down in ')).toBe(false);
    expect(isFurtherDeedGap(', and the court struck it down in ')).toBe(true);
  });
});
