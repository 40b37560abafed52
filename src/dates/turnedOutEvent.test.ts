import { describe, expect, it } from 'vitest';
import { TURNED_OUT_EVENT } from './turnedOutEvent.ts';

const whole = new RegExp(`^${TURNED_OUT_EVENT}$`, 'i');

describe('an event that can be told how it turned out', () => {
  it('takes the release of figures in "Friday\'s stronger-than-expected payrolls" and the close in "Friday\'s strong close"', () => {
    for (const word of ['payrolls', 'report', 'figures', 'data', 'auction', 'session', 'close'])
      expect(whole.test(word)).toBe(true);
  });

  it('takes no game, race or party, as in "Saturday\'s big game", whose outcome is not in its name', () => {
    for (const word of ['game', 'race', 'party', 'meeting', 'vote'])
      expect(whole.test(word)).toBe(false);
  });
});
