// How far a further deed's month or day may lie after the dated one: up to eleven months on, so
// never the same month again ("in June 2019 and in June" is no list and no deed).
const DEED_REACH_DAYS = 335;

const pad = (n: number) => String(n).padStart(2, '0');

/** A day (`YYYY-MM-DD…`) or month (`YYYY-MM`) as a time, a month at its first day. */
function timeOf(value: string): number {
  return Date.parse(value.length === 7 ? `${value}-01` : value.slice(0, 10));
}

/**
 * The month (or, with `day`, the day) told of a further deed in the past after a dated month or
 * day, when it lies more than the quarter a list is carried after that one: the first such month
 * or day after it. "She was appointed in October 2023 and resigned in February", said on 11 March
 * 2026, is February 2024 (was February 2026); "The bridge closed in November 2024 and reopened on
 * March 2" is 2 March 2025. Only up to eleven months after the first, and only a time not after
 * the publication, the deed being told as done: "She joined in October 2025 and resigned in June",
 * said in March 2026, is left to be read from publication.
 *
 * @example furtherDeedTime('2023-10', 2, undefined, '2026-03-11') // '2024-02'
 */
export function furtherDeedTime(
  first: string,
  month: number,
  day: number | undefined,
  published: string,
): string | undefined {
  const year = Number(first.slice(0, 4));
  const firstTime = timeOf(first);
  for (const y of [year, year + 1]) {
    const next = day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
    const days = (timeOf(next) - firstTime) / 86_400_000;
    if (days <= 0) continue;
    return days <= DEED_REACH_DAYS && timeOf(next) <= timeOf(published) ? next : undefined;
  }
  return undefined;
}
