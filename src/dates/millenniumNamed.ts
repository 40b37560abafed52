/**
 * The millennium named from the year of writing: "the next millennium", "the new millennium",
 * "the coming millennium", "this millennium", and by its ordinal, "the third millennium". TimeML
 * marks it as ISO 8601 writes a millennium, by its first digit: said in 1999, "the next
 * millennium", "the new millennium" and "the third millennium" are `2` (the 2000s), "this
 * millennium" `1`. "The new millennium" is the one about to begin in the last years of a
 * millennium (from its year 990 on) and the one begun after. Not "the millennium" alone, the
 * celebration or the date change as much as the span ("the millennium bug", "millennium
 * celebrations"), nor "the turn of the millennium" (`readTurnOfCentury`), nor "the past
 * millennium", a span looked over, nor a capitalised "Millennium" before another capitalised
 * word, the name of a body ("the New Millennium Experience Co.", "the New Millennium Campaign").
 * Nor a millennium before Christ ("the first millennium B.C."), no millennium of the calendar
 * counted here.
 *
 * @example MILLENNIUM_NAMED.exec('to enter the next millennium')![0] // 'the next millennium'
 */
export const MILLENNIUM_NAMED =
  /\b(?:[Tt]he\s+([Nn]ext|[Nn]ew|[Cc]oming|[Ff]irst|[Ss]econd|[Tt]hird)|([Tt]his))\s+(?:millennium|Millennium(?!\s+[A-Z]))\b(?!\s+(?:[Bb]ug|[Pp]roblem|[Cc]omputer)\b|\s+B\.?C)/g;

// "the third millennium": the 2000s, its first digit one less than its ordinal.
const ORDINAL = ['first', 'second', 'third'];

/**
 * The first digit of the millennium a MILLENNIUM_NAMED match names, written in `year`.
 * @example millenniumNamed(MILLENNIUM_NAMED.exec('the next millennium')!, 1999) // '2'
 */
export function millenniumNamed(m: RegExpMatchArray, year: number): string {
  const current = Math.floor(year / 1000);
  const which = (m[1] ?? m[2]!).toLowerCase();
  const ordinal = ORDINAL.indexOf(which);
  if (ordinal >= 0) return String(ordinal);
  if (which === 'this') return String(current);
  if (which === 'new') return String(year % 1000 >= 990 ? current + 1 : current);
  return String(current + 1);
}
