/**
 * The first year of a value that names two years in a row (`2025/2026` → `2025`), as TimeML mode
 * writes a season, a crop year or a school year across two; undefined for any other value.
 *
 * @example firstOfYearsAcrossTwo('2025/2026') // '2025'
 */
export function firstOfYearsAcrossTwo(value: string): string | undefined {
  const years = /^(\d{4})\/(\d{4})$/.exec(value);
  return years && Number(years[2]) === Number(years[1]) + 1 ? years[1] : undefined;
}
