// ", which falls on", ", which is on", ", which was on", ", which will be on": a relative clause
// right after a name telling the day it falls on. Not "begins", "starts" or "ends": a feast of
// several days begins on the eve of its first ("Hanukkah, which begins at sundown on Dec. 4").
const RELATIVE_DAY = /^,\s+which(?=\s+(?:falls|fell|is|was|will\s+be)\s+on\b)/i;

/**
 * Where the words telling a holiday's day begin when a relative clause right after it tells it
 * ("Restaurants are taking bookings for Lunar New Year, which falls on Feb. 17": the offset of the
 * space before "falls"), so the holiday reader reads that day as the feast's, as it reads
 * "Thanksgiving falls on Nov. 26", even after "for" (which otherwise makes the feast a time a
 * day is measured against: "closes for Christmas on Dec. 23"). Said on 12 January 2026, the Lunar
 * New Year is 2026-02-17, where the one gone by was read. `undefined` when no such clause
 * follows.
 *
 * @example relativeDayAfter('Lunar New Year, which falls on Feb. 17', 14) // 21
 */
export function relativeDayAfter(text: string, end: number): number | undefined {
  const m = RELATIVE_DAY.exec(text.slice(end));
  return m ? end + m[0].length : undefined;
}
