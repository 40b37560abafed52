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
      'a summit would follow',
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

  it('reads a condition as possible, but not a question asked if', () => {
    expect(statusFromWords({ words: 'the strike goes ahead if talks fail', ...future })).toBe(
      'possible',
    );
    expect(statusFromWords({ words: 'the union calls a strike unless pay rises', ...future })).toBe(
      'possible',
    );
    expect(statusFromWords({ words: 'reporters asked if the strike was over', ...past })).toBe(
      'happened',
    );
  });

  it('reads a hope, an aim or a likelihood as possible', () => {
    for (const words of ['the league hopes to finish the stadium', 'a vote is likely']) {
      expect(statusFromWords({ words, ...future }), words).toBe('possible');
    }
  });

  it('reads an intention and an expectation as a plan', () => {
    for (const words of ['the firm intends to list its shares', 'the ship is expected to dock']) {
      expect(statusFromWords({ words, ...past }), words).toBe('scheduled');
    }
  });

  it('reads would after a verb of saying as reported will, a plan', () => {
    expect(
      statusFromWords({ words: 'the ministry said it would publish the figures', ...past }),
    ).toBe('scheduled');
    expect(statusFromWords({ words: 'she told staff that the office would close', ...past })).toBe(
      'scheduled',
    );
  });

  it('still reads a reported would as possible when another word hedges it', () => {
    expect(
      statusFromWords({ words: 'he said the plant would reopen if orders return', ...future }),
    ).toBe('possible');
  });
});
