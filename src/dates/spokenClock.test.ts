import { describe, expect, it } from 'vitest';
import { SPOKEN_HOUR_MINUTES } from './spokenClock.ts';

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
