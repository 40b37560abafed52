import { COMPANY_END } from './companyEnd.ts';

// The month's name, then at most three capitalised words, then the end of a company's name.
const COMPANY_AFTER = new RegExp(String.raw`^(?:\s+[A-Z][\w&'’-]*){0,3}?\s+${COMPANY_END}`);
// A word before the month that makes it a time: "In May Acme Corp. cut 200 jobs", "As of June
// Acme Corp. had", and "a" or "an" before a month that tells a thing's time: "A March Chrysler
// Corp. recall".
const TIME_BEFORE =
  /\b(?:in|since|by|until|till|through|during|before|after|from|early|late|last|next|this|mid|as\s+of|an?)[\s-]+$/i;

/**
 * Whether the month's name at `start`..`end` of `text` opens a company's name: "Shares of May
 * Department Stores rose $1", "Analysts at March Capital Corp. said". The words after it are
 * capitalised and end in a word that ends such a name ("Co.", "Corp.", "Inc.", "Stores",
 * "Holdings" …).
 *
 * Leaves a month after a word that makes it a time ("In May Acme Corp. cut 200 jobs", "since
 * March Allied Holdings has…", "As of June Acme Corp. had"), a month after "a" or "an", which
 * tells a thing's time ("A March Chrysler Corp. recall"), a month before "Group of" ("the March
 * Group of Seven meeting") and a month with no company's name after it.
 *
 * @example isMonthInCompanyName('Shares of May Department Stores rose', 10, 13) // true
 */
export function isMonthInCompanyName(text: string, start: number, end: number): boolean {
  return (
    COMPANY_AFTER.test(text.slice(end, end + 80)) &&
    !TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}
