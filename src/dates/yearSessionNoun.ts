/**
 * A noun of the session that opens or closes a year of trading, after "first", "last" or "final":
 * "session", "trading session", "day", "trading day", as "the year's first session", "the year's
 * last trading day" and "the first trading day of the year" name it. A pattern source, matched
 * without regard to case.
 *
 * @example new RegExp(`^(?:${YEAR_SESSION_NOUN})$`, 'i').test('trading day') // true
 */
export const YEAR_SESSION_NOUN = String.raw`(?:trading\s+)?(?:session|day)`;
