import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { wishAheadForPeriod } from './wishAheadForPeriod.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => m.value),
  );

describe('a wish or need in the present before a bare season or month', () => {
  it.each([
    ['Ministers want the new rules in force by spring.', '2026-01-14', '2026-SP'],
    ['Union leaders want a pay deal agreed by the spring.', '2026-10-07', '2027-SP'],
    ['The club needs the new stand finished by the autumn.', '2026-02-04', '2026-FA'],
    ['Residents want the bypass built by the winter, campaigners say.', '2026-05-20', '2026-WI'],
    ['The school wants the new classrooms ready for September.', '2026-02-04', '2026-09'],
    ['Union leaders want a pay deal agreed in March.', '2026-10-07', '2027-03'],
  ])('reads "%s" ahead', (text, published, value) => {
    expect(read(text, published)).toEqual([[value], [value]]);
  });

  it.each([
    [
      'Officials wanted the talks wrapped up by spring, but they dragged on.',
      '2026-07-29',
      '2026-SP',
    ],
    ['The coach wanted the striker fit for March.', '2026-06-10', '2026-03'],
    ['Police want to trace anyone seen in the park in March.', '2026-06-10', '2026-03'],
    ['The striker faces a ban for his red card in March.', '2026-06-10', '2026-03'],
    ['The club needs the points it dropped in March.', '2026-10-07', '2026-03'],
    ['Investors want clarity on the cuts announced in October.', '2026-11-04', '2026-10'],
    ['The council wants to recover the money spent in March.', '2026-05-20', '2026-03'],
    ['Supporters want the same atmosphere as in January.', '2026-03-03', '2026-01'],
  ])('keeps the time gone by in "%s"', (text, published, value) => {
    expect(read(text, published)[0]).toContain(value);
  });

  it('leaves a season with its own "last", "next" or "this"', () => {
    expect(wishAheadForPeriod('Ministers want the rules in force by ', 'next spring')).toBe(false);
    expect(wishAheadForPeriod('Ministers want the rules in force by ', 'spring')).toBe(true);
  });
});
