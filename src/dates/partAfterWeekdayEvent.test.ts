import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published: '2026-05-11', locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a part of the day after a weekday or its event', () => {
  it('reads "On the morning after Thursday\'s vote, the prime minister insisted he would not change course" as the Thursday gone by', () => {
    expect(
      read(
        "On the morning after Thursday's vote, the prime minister insisted he would not change course.",
      ),
    ).toEqual([['Thursday = 2026-05-07'], ['Thursday = 2026-05-07']]);
  });

  it('reads "The evening after Thursday, the mood was grim" and "the night after Thursday\'s count" alike', () => {
    expect(read('The evening after Thursday, the mood was grim.')).toEqual([
      ['Thursday = 2026-05-07'],
      ['Thursday = 2026-05-07'],
    ]);
    expect(read("Activists partied through the night after Thursday's count.")[1]).toEqual([
      'Thursday = 2026-05-07',
    ]);
  });

  it('reads "Ministers will meet on the morning after Thursday\'s vote" as the Thursday to come', () => {
    expect(read("Ministers will meet on the morning after Thursday's vote.")).toEqual([
      ['Thursday = 2026-05-14'],
      ['Thursday = 2026-05-14'],
    ]);
    expect(read("A rally is planned for the night after Tuesday's debate.")).toEqual([
      ['Tuesday = 2026-05-12'],
      ['Tuesday = 2026-05-12'],
    ]);
  });

  it('leaves "She worked every night after Monday\'s primary to win over delegates", a habit', () => {
    expect(read("She worked every night after Monday's primary to win over delegates.")).toEqual([
      ['every night = XXXX-XX-XXTNI'],
      ['every night = XXXX-XX-XXTNI'],
    ]);
  });

  it('reads "Trading resumed normally this morning after Friday\'s computer problem", said on Monday 11 May 2026, as this morning and 2026-05-08', () => {
    expect(read("Trading resumed normally this morning after Friday's computer problem.")).toEqual([
      ['this morning = 2026-05-11', 'Friday = 2026-05-08'],
      ['this morning = 2026-05-11TMO', 'Friday = 2026-05-08'],
    ]);
  });

  it('reads "The board will meet this afternoon after Saturday\'s vote" with the Saturday gone by, 2026-05-09', () => {
    expect(read("The board will meet this afternoon after Saturday's vote.")).toEqual([
      ['this afternoon = 2026-05-11', 'Saturday = 2026-05-09'],
      ['this afternoon = 2026-05-11TAF', 'Saturday = 2026-05-09'],
    ]);
  });

  it('keeps "Ministers will meet on the morning after Thursday\'s vote" on the coming Thursday, 2026-05-14', () => {
    expect(read("Ministers will meet on the morning after Thursday's vote.")).toEqual([
      ['Thursday = 2026-05-14'],
      ['Thursday = 2026-05-14'],
    ]);
  });
});
