import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

describe('a day named by a verb of naming', () => {
  it.each([
    ['The government declared Jan. 9 a day of mourning.', '2024-12-31', 'Jan. 9', '2025-01-09'],
    [
      'The council named March 1 as the start of the season.',
      '2025-02-20',
      'March 1',
      '2025-03-01',
    ],
    ['The governor designated Jan. 6 a state holiday.', '2024-12-28', 'Jan. 6', '2025-01-06'],
  ])(
    'reads %j as the nearest such day, not one before publication',
    (text, published, words, value) => {
      expect(read(text, published)).toContainEqual([words, value]);
    },
  );

  it.each([
    ['The government declared Jan. 9.', '2024-12-31', 'Jan. 9', '2024-01-09'],
    ['The company named Dec. 30 a holiday.', '2025-01-03', 'Dec. 30', '2024-12-30'],
    [
      'The board made Jan. 5 its deadline, and the bid failed.',
      '2025-01-15',
      'Jan. 5',
      '2025-01-05',
    ],
  ])(
    'keeps %j, with nothing named or a day already near, as before',
    (text, published, words, value) => {
      expect(read(text, published)).toContainEqual([words, value]);
    },
  );
});
