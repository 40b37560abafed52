import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const WEDNESDAY = { published: '2026-03-11', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, WEDNESDAY)
      .filter((m) => /days?\b/i.test(m.text))
      .map((m) => `${m.text} = ${m.value}`),
  );

describe('two weekdays as the ends of a stretch in a clause of what is done every week', () => {
  it.each([
    ['The library is open Monday through Friday.', ['Monday = XXXX-WXX-1', 'Friday = XXXX-WXX-5']],
    [
      'The tolls apply Monday through Friday during rush hour.',
      ['Monday = XXXX-WXX-1', 'Friday = XXXX-WXX-5'],
    ],
    [
      'Lessons are held Monday to Thursday in the church hall.',
      ['Monday = XXXX-WXX-1', 'Thursday = XXXX-WXX-4'],
    ],
    [
      'Buses run every 15 minutes Monday through Friday.',
      ['Monday = XXXX-WXX-1', 'Friday = XXXX-WXX-5'],
    ],
    [
      'Parking meters are enforced Monday-Saturday.',
      ['Monday = XXXX-WXX-1', 'Saturday = XXXX-WXX-6'],
    ],
    [
      'The museum is closed Mondays and open Tuesday through Sunday.',
      ['Mondays = XXXX-WXX-1', 'Tuesday = XXXX-WXX-2', 'Sunday = XXXX-WXX-7'],
    ],
    [
      'Customer service is available Monday through Friday, 8 a.m. to 8 p.m.',
      ['Monday = XXXX-WXX-1', 'Friday = XXXX-WXX-5'],
    ],
  ])('reads every such day in "%s", in both readings', (text, expected) => {
    expect(read(text)).toEqual([expected, expected]);
  });

  it('keeps a stretch told once ahead as this coming week\'s days: "The strike will run Monday through Friday"', () => {
    const [news, timeml] = read('The strike will run Monday through Friday.');
    expect(news).toEqual(['Monday through Friday = 2026-03-16/2026-03-20']);
    expect(timeml![0]).toBe('Monday = 2026-03-16');
  });

  it('keeps a stretch whose clause runs on to a future after it: "closed Monday through Friday for repairs that will finish next month"', () => {
    const [news] = read(
      'The bridge is closed Monday through Friday for repairs that will finish next month.',
    );
    expect(news).toEqual(['Monday through Friday = 2026-03-16/2026-03-20']);
  });

  it.each([
    ['Hearings were held Monday through Thursday.'],
    ['The meeting runs from Tuesday through Thursday.'],
    ['The office is open Monday to Friday next week.'],
    ['The bridge is closed Monday through Wednesday of this week.'],
    ['The exhibition is open Monday through Friday, March 16 to 20.'],
    ['The shop will be open Monday through Saturday.'],
    ['The market is to open Tuesday through Sunday.'],
    ['Schools closed Monday through Wednesday after the blizzard.'],
    ['The interstate remained closed Monday to Wednesday as crews cleared the wreckage.'],
    ['Officials are making every effort to finish the count Monday through Wednesday.'],
  ])('reads no weekly set in "%s" (told once, or placed by a week or a date)', (text) => {
    expect(read(text).map((found) => found.filter((m) => m.includes('WXX')))).toEqual([[], []]);
  });
});
