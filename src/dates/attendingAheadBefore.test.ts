import { describe, expect, it } from 'vitest';
import { attendingAheadBefore } from './attendingAheadBefore.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026: the coming Saturday is the 14th, the one gone by the 7th.
const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe("a day's event attended, watched or missed after a modal or a plan", () => {
  it.each([
    ["Fans will watch Saturday's final on giant screens in the square.", 'Saturday = 2026-03-14'],
    ["Millions are expected to watch Sunday's final.", 'Sunday = 2026-03-15'],
    ["He will miss Saturday's game with a hamstring injury.", 'Saturday = 2026-03-14'],
    ["Supporters will travel by coach to Sunday's match.", 'Sunday = 2026-03-15'],
    ["Viewers can watch Friday's debate live on the website.", 'Friday = 2026-03-13'],
    ["Organisers hope to sell out Saturday's concert.", 'Saturday = 2026-03-14'],
    ["The governor will attend Friday's ceremony.", 'Friday = 2026-03-13'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ["Fans watched Saturday's final on giant screens.", 'Saturday = 2026-03-07'],
    ["Investigators will study Saturday's crash.", 'Saturday = 2026-03-07'],
    ["Coaches will review Saturday's game tape.", 'Saturday = 2026-03-07'],
  ])('keeps the day gone by in "%s" (a past, or a verb looking back)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('reads "Pete Sampras will play for his sixth title in Sunday\'s final", said on Friday 2 July 1999, as 1999-07-04', () => {
    const text = "Pete Sampras will play for his sixth title in Sunday's final.";
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, { published: '1999-07-02', locale: 'en-US' }).map(
          (m) => `${m.text} = ${m.value}`,
        ),
      ),
    ).toEqual([['Sunday = 1999-07-04'], ['Sunday = 1999-07-04']]);
  });

  it('reads "The Americans will compete for the gold medal in Saturday\'s final", said on 9 March 2026, as the coming Saturday', () => {
    expect(read("The Americans will compete for the gold medal in Saturday's final.")).toEqual([
      ['Saturday = 2026-03-14'],
      ['Saturday = 2026-03-14'],
    ]);
  });

  it('keeps "Sampras played for his sixth title in Saturday\'s final", said on 9 March 2026, as the Saturday gone by', () => {
    expect(read("Sampras played for his sixth title in Saturday's final.")[0]).toEqual([
      'Saturday = 2026-03-07',
    ]);
  });

  it('keeps "Investigators will study how he played for the title in Saturday\'s final", said on 9 March 2026, as the Saturday gone by', () => {
    expect(
      read("Investigators will study how he played for the title in Saturday's final.")[0],
    ).toEqual(['Saturday = 2026-03-07']);
  });

  it('reads "Venus Williams could play for the title in Saturday\'s final if she beats her sister", said on Friday 2 July 1999, as 1999-07-03', () => {
    const text =
      "Venus Williams could play for the title in Saturday's final if she beats her sister.";
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, { published: '1999-07-02', locale: 'en-US' }).map(
          (m) => `${m.text} = ${m.value}`,
        ),
      ),
    ).toEqual([['Saturday = 1999-07-03'], ['Saturday = 1999-07-03']]);
  });

  it.each([
    [
      "Marion Jones could compete for her third gold medal in Saturday's relay final.",
      'Saturday = 2026-03-14',
    ],
    ["Agassi could face Pete Sampras in Sunday's final.", 'Sunday = 2026-03-15'],
  ])('reads "%s", said on 9 March 2026, as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ["She could have played for the title in Saturday's final.", 'Saturday = 2026-03-07'],
    [
      "He could not play for the title in Saturday's final because of injury.",
      'Saturday = 2026-03-07',
    ],
  ])('keeps the day gone by in "%s" (a past chance, a negation)', (text, found) => {
    expect(read(text)[0]).toEqual([found]);
  });

  it('needs the verb right before the day', () => {
    expect(attendingAheadBefore('Fans will watch ')).toBe(true);
    expect(attendingAheadBefore('Fans will watch highlights of ')).toBe(false);
  });

  it('reads "The driver could face charges in Monday\'s crash", said on Tuesday 22 June 1999, as the Monday gone by (review)', () => {
    // What one may face for a day's happening (charges, a trial) looks back at it; a rival faced
    // in a day's contest looks ahead.
    expect(attendingAheadBefore('The driver could face charges in ')).toBe(false);
    expect(attendingAheadBefore('The two boys could face juvenile charges in ')).toBe(false);
    expect(attendingAheadBefore('Agassi could face Pete Sampras in ')).toBe(true);
    const options = { published: '1999-06-22', locale: 'en-US' } as const;
    const text = "The driver could face charges in Monday's crash that killed three teenagers.";
    expect(
      [findMentions, findTimemlMentions].map((find) =>
        find(text, options)
          .filter((m) => /Monday/.test(m.text))
          .map((m) => m.value),
      ),
    ).toEqual([['1999-06-21'], ['1999-06-21']]);
  });
});
