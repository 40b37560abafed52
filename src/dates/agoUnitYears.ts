// The units an anniversary counts back in ("ten years ago", "a decade ago", "a century ago",
// "half a century ago"), each a whole number of years. Weeks and months are no anniversary's unit.
export const AGO_UNIT_SOURCE = String.raw`years?|decades?|centur(?:y|ies)`;

// "Half a century ago": the count's half, written before it.
export const AGO_HALF_SOURCE = String.raw`half\s+`;

const YEARS_IN_UNIT: readonly [RegExp, number][] = [
  [/^decade/i, 10],
  [/^centur/i, 100],
];

/**
 * The years back that `count` of `unit` make, halved after "half" ("half a century", 50); undefined
 * when a half is of more than one ("half two decades" is no count), or when it leaves no whole
 * year ("half a year ago this March" is six months back, no anniversary).
 */
export function agoUnitYears(count: number, unit: string, half: boolean): number | undefined {
  if (half && count !== 1) return undefined;
  const perUnit = YEARS_IN_UNIT.find(([pattern]) => pattern.test(unit))?.[1] ?? 1;
  const years = count * perUnit;
  const back = half ? years / 2 : years;
  return Number.isInteger(back) ? back : undefined;
}
