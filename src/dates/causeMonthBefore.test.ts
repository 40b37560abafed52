import { describe, expect, it } from 'vitest';
import { causeMonthBefore } from './causeMonthBefore.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const month = (text: string, words: string, published = '2026-03-11') =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value,
  );

describe("a cause's month told after a dated deed", () => {
  it.each([
    ['The museum closed in June 2020 after a flood in February.', 'February', '2020-02'],
    ['The plant was fined in January 2022 after a spill in December.', 'December', '2021-12'],
    [
      'The school was rated inadequate in May 2022 following an inspection in March.',
      'March',
      '2022-03',
    ],
  ])('reads "%s" as the month before the dated one', (text, words, value) => {
    expect(month(text, words)).toEqual([value, value]);
  });

  it.each([
    // No article: "after talks in March" may be any March.
    ['The deal was signed in June 2020 after talks in March.', 'March', '2026-03'],
    // A figure in the cause.
    ['The museum closed in June 2020 after 3 floods in February.', 'February', '2026-02'],
    // More than three words after the article: a further deed, no cause's noun.
    [
      'The bridge shut in June 2020 after a crack was found and will reopen in February.',
      'February',
      '2027-02',
    ],
  ])('leaves "%s" to be read from publication', (text, words, value) => {
    expect(month(text, words)[0]).toBe(value);
  });

  it('leaves the same month and a dated day', () => {
    expect(causeMonthBefore(' after a flood in ', '2020-06', 6)).toBeUndefined();
    expect(causeMonthBefore(' after a flood in ', '2020-06-05', 2)).toBeUndefined();
    expect(causeMonthBefore(' after a flood in ', '2020-06', 2)).toBe('2020-02');
  });
});
