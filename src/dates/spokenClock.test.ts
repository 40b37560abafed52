import { describe, expect, it } from 'vitest';
import { MINUTE_WORD_SOURCE, SPOKEN_HOUR_MINUTES } from './spokenClock.ts';

describe('an hour and its minutes in words', () => {
  it.each(['nine twenty', 'two fifteen', 'six forty-two', 'Eleven fifty five'])(
    'takes %j for an hour and its minutes',
    (words) => {
      expect(SPOKEN_HOUR_MINUTES.test(words)).toBe(true);
    },
  );

  it.each(['nine five', 'thirteen twenty', 'two fifteen-year-olds', 'at nine twenty'])(
    'does not take %j: minutes under ten, no hour of the clock, or more words than the clock',
    (words) => {
      expect(SPOKEN_HOUR_MINUTES.test(words)).toBe(false);
    },
  );
});

describe('the minutes of a clock in words', () => {
  const minutes = new RegExp(`^${MINUTE_WORD_SOURCE}$`, 'i');

  it.each(['oh-five', 'oh nine', 'ten', 'fifteen', 'fifty-two', 'thirty one'])(
    'takes %j for minutes, as a broadcast says them',
    (words) => {
      expect(minutes.test(words)).toBe(true);
    },
  );

  it.each(['five', 'oh', 'oh ten', 'sixty', 'hundred'])(
    'does not take %j: minutes under ten with no "oh", "oh" before ten, past fifty-nine, or "hundred"',
    (words) => {
      expect(minutes.test(words)).toBe(false);
    },
  );
});
