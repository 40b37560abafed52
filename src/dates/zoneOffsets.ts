// The zones news text names after a clock time, with their offsets from UTC as TIDES writes
// them in a TIMEX value ("10:30 a.m. EST" is T10:30-05, "0900 GMT" T09:00Z).
const OFFSETS: Readonly<Record<string, string>> = {
  GMT: 'Z',
  UTC: 'Z',
  EST: '-05',
  EDT: '-04',
  CST: '-06',
  CDT: '-05',
  MST: '-07',
  MDT: '-06',
  PST: '-08',
  PDT: '-07',
};

/** The zone abbreviations as a regular expression source, upper case only ("est" is a word). */
export const ZONE_PATTERN = Object.keys(OFFSETS).join('|');

/** The TIMEX offset of a zone abbreviation: `Z` for GMT and UTC, `-05` for EST. */
export function zoneOffset(zone: string): string {
  return OFFSETS[zone]!;
}
