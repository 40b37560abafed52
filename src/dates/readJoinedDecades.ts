import type { Pass, Reading } from './Reading.ts';
import { EARLY_MID_LATE_MOD } from './earlyMidLateMod.ts';

// "the 1960s and '70s", "the 1980s and 90s", "the '50s or early '60s", "from the 1970s to the
// '80s": a decade written short after a decade written out and a joint, which the decade reader
// alone takes only after "the". Its century is the first decade's, one more when its digit is
// lower ("the 1990s and '00s" is 200X).
const JOINED_DECADES =
  /(?<![\w'’])(?:(1\d|20)(\d)0s|['’](\d)0s)(?=\s+(?:and|or|to|through|into)\s+(?:(?:the|early|mid|late)(?:-|\s+)){0,2}['’]?\d0s\b)/g;
const SECOND =
  /^\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:(early|mid|late)(?:-|\s+))?['’]?(\d)0s\b/i;

/** The two-digit century of a decade written short alone: the 1930s to the 1990s, else 2000s. */
function shortCentury(digit: number): number {
  return digit >= 3 ? 19 : 20;
}

/**
 * "The band toured in the 1960s and '70s": the decade written short after another and a joint is
 * that decade (`197X`), in both readings, in the century the first one gives; with "early", "mid"
 * or "late" before it, its `mod` ("the 1950s and early '60s"). Two digits alone elsewhere ("won
 * 70 games and 80s") are not read: the first must be a decade.
 */
export const readJoinedDecades: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(JOINED_DECADES)) {
    const firstEnd = m.index + m[0].length;
    const second = SECOND.exec(text.slice(firstEnd));
    if (!second) continue;
    const firstDigit = Number(m[2] ?? m[3]);
    const century = m[1] ? Number(m[1]) : shortCentury(firstDigit);
    const digit = Number(second[2]);
    const value = `${century + (digit < firstDigit ? 1 : 0)}${digit}X`;
    const mod = second[1] ? EARLY_MID_LATE_MOD[second[1].toLowerCase()] : undefined;
    const words = /(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?['’]?\d0s$/i.exec(second[0])!;
    const start = firstEnd + words.index;
    readings.push({
      start,
      end: firstEnd + second[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value,
        granularity: 'decade',
        ...(mod && { mod }),
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  return readings;
};
