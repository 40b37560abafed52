/**
 * How many months a month of the year lies after publication's, counting forward round the year
 * (0 to 11): `monthsAhead(1, '2025-12-10')` is 1, January coming after December; publication's
 * own month is 0. The tense turners read a bare month by it ("The price cap rises in January").
 *
 * @example monthsAhead(3, '2025-12-10') // 3
 */
export function monthsAhead(month: number, published: string): number {
  return (month - Number(published.slice(5, 7)) + 12) % 12;
}
