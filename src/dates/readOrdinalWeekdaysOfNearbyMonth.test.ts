import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string) => ({ published, locale: 'en-GB' }) as const;
// The value of the mention whose words hold the ordinal's weekday or weekend.
const dayValue = (found: { text: string; value: string }[], word: string) =>
  found.find((m) => m.text.includes(word))?.value;
const news = (text: string, published: string, word: string) =>
  dayValue(findMentions(text, at(published)), word);
const timeml = (text: string, published: string, word: string) =>
  dayValue(findTimemlMentions(text, at(published)), word);

describe('a weekday counted by its ordinal in a month named nearby', () => {
  it('reads "The council meets in March, on the second Wednesday" as 11 March', () => {
    const text = 'The council meets in March, on the second Wednesday, to set the budget.';
    expect(news(text, '2026-02-10', 'Wednesday')).toBe('2026-03-11');
    expect(timeml(text, '2026-02-10', 'Wednesday')).toBe('2026-03-11');
  });

  it.each([
    [
      'The farmers’ market returns in May, on the third Saturday.',
      '2026-04-15',
      'Saturday',
      '2026-05-16',
    ],
    [
      'Bin collections change in February: from the first Monday, crews start at 6am.',
      '2026-01-20',
      'Monday',
      '2026-02-02',
    ],
    [
      'The club met in January, on the second Thursday, and chose a chair.',
      '2026-02-10',
      'Thursday',
      '2026-01-08',
    ],
    [
      'Parliament was recalled in July, on the last Tuesday, to debate the crisis.',
      '2026-08-19',
      'Tuesday',
      '2026-07-28',
    ],
    ['The board meets in April 2027, on the last Monday.', '2026-03-11', 'Monday', '2027-04-26'],
    [
      'Ballots go out in October and are counted on the last Thursday of the month.',
      '2026-09-02',
      'Thursday',
      '2026-10-29',
    ],
    ['Applications close on the last Friday of the month.', '2026-03-04', 'Friday', '2026-03-27'],
    [
      'The consultation ends on the first Monday of next month.',
      '2026-03-11',
      'Monday',
      '2026-04-06',
    ],
    [
      'The festival takes place in June, over the second weekend.',
      '2026-05-12',
      'weekend',
      '2026-W24-WE',
    ],
  ])('reads %j, in both readings', (text, published, word, value) => {
    expect(news(text, published, word)).toBe(value);
    expect(timeml(text, published, word)).toBe(value);
  });

  it.each([
    // No month in the sentence: the bare weekday.
    ['The council meets on the second Wednesday.', '2026-02-10', 'Wednesday', '2026-02-11'],
    // The event's own ordinal, a count after it, a run of turns: the bare weekday.
    [
      'The trial opened in March; the second Wednesday of the hearing was quiet.',
      '2026-04-15',
      'Wednesday',
      '2026-04-15',
    ],
    [
      'In November, voters go to the polls on the first Tuesday after the first Monday.',
      '2026-09-02',
      'Tuesday',
      '2026-09-08',
    ],
    [
      'In March, City lost for the second Saturday running.',
      '2026-03-11',
      'Saturday',
      '2026-03-07',
    ],
    // "May" the person names no month.
    [
      'Queen guitarist Brian May joined the band on the second Saturday.',
      '2026-07-15',
      'Saturday',
      '2026-07-11',
    ],
    // A month that is a name after a title, or a first name before a surname and a verb of
    // saying: the month of publication, or the one ahead.
    [
      'Judge Anne March said the trial would resume on the first Monday of the month.',
      '2026-03-04',
      'Monday',
      '2026-04-06',
    ],
    [
      'June Carter said the band plays on the last Friday of the month.',
      '2026-03-04',
      'Friday',
      '2026-03-27',
    ],
    // The month more than six words before.
    [
      'The plan was announced in March after months of talks between the two sides, and on the second Wednesday it was signed.',
      '2026-04-15',
      'Wednesday',
      '2026-04-15',
    ],
  ])('does not count %j in the month named', (text, published, word, value) => {
    expect(news(text, published, word)).toBe(value);
  });

  it('reads "The next meeting will be held on the first Monday of the month", said after that Monday, as next month\'s', () => {
    const text = 'The next meeting will be held on the first Monday of the month.';
    expect(news(text, '2026-03-20', 'Monday')).toBe('2026-04-06');
    expect(timeml(text, '2026-03-20', 'Monday')).toBe('2026-04-06');
  });

  it('reads "Members last met on the final Thursday of the month", said before that Thursday, as last month\'s', () => {
    const text = 'Members last met on the final Thursday of the month.';
    expect(news(text, '2026-03-10', 'Thursday')).toBe('2026-02-26');
    expect(timeml(text, '2026-03-10', 'Thursday')).toBe('2026-02-26');
  });
});
