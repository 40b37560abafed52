import { addDays } from 'date-fns';

// The Umm al-Qura calendar of the ICU data Node ships: its ninth month is Ramadan.
const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  month: 'numeric',
  day: 'numeric',
});

function hijriMonthDay(date: Date): { month: number; day: number } {
  const parts = HIJRI.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { month: get('month'), day: get('day') };
}

/**
 * The Ramadans (first and last day) that begin in a Gregorian year, computed with the Umm
 * al-Qura calendar (Intl, ICU): the month's start as observed by sighting may differ by a day.
 *
 * @example ramadanDays(2025) // [{ start: 2025-03-01, end: 2025-03-30 }]
 */
export function ramadanDays(year: number): { start: Date; end: Date }[] {
  const found: { start: Date; end: Date }[] = [];
  for (let day = new Date(year, 0, 1); day.getFullYear() === year; day = addDays(day, 1)) {
    const { month, day: date } = hijriMonthDay(day);
    if (month !== 9 || date !== 1) continue;
    let end = day;
    while (hijriMonthDay(addDays(end, 1)).month === 9) end = addDays(end, 1);
    found.push({ start: day, end });
  }
  return found;
}
