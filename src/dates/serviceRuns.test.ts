import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { SERVICE_RUNS } from './serviceRuns.ts';

// Wednesday 11 March 2026.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (found: { text: string; value: string }[]) => found.map((m) => m.value);
const news = (text: string) => values(findMentions(text, PUBLISHED));
const timeml = (text: string) => values(findTimemlMentions(text, PUBLISHED));
const runs = (words: string) => new RegExp(SERVICE_RUNS, 'i').test(words);

describe('a standing service that runs on a stretch of weekdays', () => {
  it.each([
    ['The helpline runs Monday to Friday.', ['XXXX-WXX-1', 'XXXX-WXX-5']],
    ['The breakfast club runs Tuesday to Thursday during term time.', ['XXXX-WXX-2', 'XXXX-WXX-4']],
    ['The night bus runs Friday to Sunday.', ['XXXX-WXX-5', 'XXXX-WXX-7']],
    ['The shuttle runs Monday through Saturday.', ['XXXX-WXX-1', 'XXXX-WXX-6']],
  ])('reads every such day in %j, in both readings', (text, days) => {
    expect(news(text)).toEqual(days);
    expect(timeml(text)).toEqual(days);
  });

  it('reads the clinic open Monday to Friday, 9am to 5pm, as every such day', () => {
    expect(news('The clinic runs Monday to Friday, 9am to 5pm.').slice(0, 2)).toEqual([
      'XXXX-WXX-1',
      'XXXX-WXX-5',
    ]);
  });

  it.each([
    ['The festival runs Friday to Sunday.', ['2026-03-13', '2026-03-15']],
    ['The sale runs Thursday to Sunday.', ['2026-03-12', '2026-03-15']],
    ['The clinic will run Monday to Friday.', ['2026-03-16', '2026-03-20']],
    ['The night bus ran Friday to Sunday.', ['2026-03-06', '2026-03-08']],
    [
      'A replacement bus service runs Saturday to Monday while the line is closed.',
      ['2026-03-14', '2026-03-16'],
    ],
  ])(
    'leaves %j as the days of one week: no standing service, or a clause told once',
    (text, days) => {
      expect(news(text)).toEqual(days);
    },
  );

  it('takes the nouns of a standing service right before the verb only', () => {
    expect(runs('The helpline also runs')).toBe(true);
    expect(runs('Trams run')).toBe(true);
    expect(runs('The meeting runs')).toBe(false);
    expect(runs('The clinic will run')).toBe(false);
    expect(runs('A replacement bus service runs')).toBe(false);
    expect(runs('Extra trains run')).toBe(false);
    expect(runs('No trains run')).toBe(false);
  });
});
