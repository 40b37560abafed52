import type { Mention } from '../model/mention.ts';
import { CENTURY_ORDINAL_SOURCE, centuryNumber } from './centuryOrdinals.ts';
import { EARLY_MID_LATE_MOD } from './earlyMidLateMod.ts';

/**
 * A century written as an adjective before its noun, joined by a hyphen: "a 19th-century
 * portrait", "an eighteenth-century house", "the late-20th-century novel". TimeML marks it as it
 * marks "the 19th century", by the century's first two digits (`18`), with early, mid and late as
 * START, MID and END. The ordinal must be a century's (1st to 21st) and a word must follow after a
 * space, so a longer compound is left ("a 19th-century-style frame"), and so is a century before
 * the common era ("a fifth-century-BC vase").
 *
 * @example CENTURY_ADJECTIVE.exec('a 19th-century portrait')![0] // '19th-century'
 */
export const CENTURY_ADJECTIVE = new RegExp(
  String.raw`\b(?:(early|mid|late)-)?(${CENTURY_ORDINAL_SOURCE})-century(?=\s+[A-Za-z])(?!\s+(?:BCE?|B\.C\.)(?!\w))`,
  'gi',
);

/**
 * The century a CENTURY_ADJECTIVE match names, as ISO 8601 writes it, with its part as the mod.
 * @example centuryAdjective(CENTURY_ADJECTIVE.exec('a late-19th-century house')!) // { value: '18', mod: 'END' }
 */
export function centuryAdjective(m: RegExpMatchArray): { value: string; mod?: Mention['mod'] } {
  const value = String(centuryNumber(m[2]!)! - 1).padStart(2, '0');
  const mod = m[1] ? EARLY_MID_LATE_MOD[m[1].toLowerCase()] : undefined;
  return mod ? { value, mod } : { value };
}
