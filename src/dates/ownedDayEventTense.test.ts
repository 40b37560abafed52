import { describe, expect, it } from 'vitest';
import { ownedDayEventTense } from './ownedDayEventTense.ts';

// Wednesday, Aug. 6, 2025.
const WEDNESDAY = '2025-08-06';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The tense of the event the first weekday named in `text` owns, said on the Wednesday. */
function tenseOf(text: string) {
  const day = new RegExp(`\\b(${DAYS.join('|')})\\b`).exec(text)!;
  const start = day.index;
  return ownedDayEventTense(text, start, start + day[1]!.length, DAYS.indexOf(day[1]!), WEDNESDAY);
}

describe('the tense of an event a day owns', () => {
  it('reads "Traders hope Monday\'s rally will continue", said on a Wednesday, as gone by', () => {
    expect(tenseOf("Traders hope Monday's rally will continue.")).toBe('past');
  });

  it('reads "Stocks rose ahead of Friday\'s jobs report", said on a Wednesday, as ahead', () => {
    expect(tenseOf("Stocks rose ahead of Friday's jobs report.")).toBe('future');
  });

  it('reads "Saturday\'s vote is only the second presidential election", said on a Wednesday, as ahead', () => {
    expect(tenseOf("Saturday's vote is only the second presidential election.")).toBe('future');
  });

  it('reads "They will study Monday\'s attack", said on a Wednesday, as gone by, whatever "will" says', () => {
    expect(tenseOf("They will study Monday's attack.")).toBe('past');
  });

  it('reads "The vote is expected at Thursday\'s council meeting", said on a Wednesday, as ahead, the nearer', () => {
    expect(tenseOf("The vote is expected at Thursday's council meeting.")).toBe('future');
  });
});
