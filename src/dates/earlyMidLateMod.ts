import type { TimexMod } from '../model/temporal.ts';

/**
 * The TIMEX3 mod of "early", "mid" and "late" before a period ("the late 1990s", "a
 * mid-19th-century house"), keyed by the word in lower case.
 *
 * @example EARLY_MID_LATE_MOD['late'] // 'END'
 */
export const EARLY_MID_LATE_MOD: Readonly<Record<string, TimexMod>> = {
  early: 'START',
  mid: 'MID',
  late: 'END',
};
