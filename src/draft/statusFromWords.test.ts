import { describe, expect, it } from 'vitest';
import { statusFromWords } from './statusFromWords.ts';

const past = { dateStart: '2025-08-06', dateEnd: '2025-08-06', published: '2025-08-07' };
const future = { dateStart: '2025-08-11', dateEnd: '2025-08-17', published: '2025-08-07' };

describe('statusFromWords', () => {
  it('reads a past-tense report as happened', () => {
    expect(statusFromWords({ words: 'Witkoff met Putin in Moscow', ...past })).toBe('happened');
  });

  it('reads could, may, might, would and as soon as as possible', () => {
    for (const words of [
      'Trump could meet Putin',
      'the two may meet',
      'a summit might follow',
      'he said he would meet Putin',
      'they could meet as soon as',
    ]) {
      expect(statusFromWords({ words, ...future }), words).toBe('possible');
    }
  });

  it('reads a plan with a date as scheduled, whether the words or the date say it', () => {
    expect(statusFromWords({ words: 'The trial is set to begin', ...past })).toBe('scheduled');
    expect(statusFromWords({ words: 'Sanctions take effect', ...future })).toBe('scheduled');
    expect(statusFromWords({ words: 'Sanctions will take effect', ...past })).toBe('scheduled');
  });

  it('does not take the month May for the verb may', () => {
    expect(statusFromWords({ words: 'May saw the launch of the store', ...past })).toBe('happened');
  });
});
