import { toLocalDate } from './calendarDate.ts';

/**
 * The year of two or four digits written for one ("FY25", "2H26"); two are put in the century
 * that keeps the year from 79 years before publication to 20 years after it (published 1998,
 * "FY00" is 2000; published 2001, "FY99" is 1999).
 */
export function shortYear(digits: string, published: string): string {
  if (digits.length === 4) return digits;
  const now = toLocalDate(published).getFullYear();
  const year = now - (now % 100) + Number(digits);
  if (year > now + 20) return String(year - 100);
  if (year < now - 79) return String(year + 100);
  return String(year);
}
