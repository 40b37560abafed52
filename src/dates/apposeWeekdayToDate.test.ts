import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a weekday set before a date after its comma', () => {
  it('reads "On Saturday night, Feb. 22, police came" as that Saturday', () => {
    const [news, timeml] = read('On Saturday night, Feb. 22, police came.', '2025-03-10');
    expect(news).toContain('On Saturday night = 2025-02-22');
    expect(timeml).toContain('Saturday night = 2025-02-22TNI');
  });

  it('reads "Shavuot begins at sundown on Thursday, seven weeks after Passover" as the coming Thursday, not the day Passover falls on', () => {
    // Passover of 2027 (22 April) is a Thursday; the count from it is no date beside the weekday.
    const [news, timeml] = read(
      'Shavuot begins at sundown on Thursday, seven weeks after Passover.',
      '2026-05-20',
    );
    expect(news).toContain('on Thursday = 2026-05-21');
    expect(timeml).toContain('Thursday = 2026-05-21');
  });

  it('reads "The fair opens on Thursday, two days before Christmas Eve" as the coming Thursday', () => {
    // Christmas Eve of 2026 is a Thursday.
    const [news, timeml] = read(
      'The fair opens on Thursday, two days before Christmas Eve.',
      '2026-05-20',
    );
    expect(news).toContain('on Thursday = 2026-05-21');
    expect(timeml).toContain('Thursday = 2026-05-21');
  });

  it('reads "The deadline falls on Friday, the day after Thanksgiving" as the Friday after Thanksgiving, a count already counted', () => {
    // Said on Friday 20 November 2026: the day after Thanksgiving is 27 November, a Friday.
    const [news, timeml] = read(
      'The deadline falls on Friday, the day after Thanksgiving.',
      '2026-11-20',
    );
    expect(news).toContain('on Friday = 2026-11-27');
    expect(timeml).toContain('Friday = 2026-11-27');
  });
});
