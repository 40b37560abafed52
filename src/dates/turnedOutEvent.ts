/**
 * An event, a release of figures or a market's session that can be told how it turned out:
 * "Friday's weak jobs report", "Thursday's dismal sales figures", "Friday's
 * stronger-than-expected payrolls", "Tuesday's sloppy auction", "Monday's dismal session",
 * "Friday's strong close". Told with a word of outcome (outcomeAdjective), it has been held. A
 * pattern source, to be followed by a word boundary or the words after it, and matched without
 * regard to case.
 *
 * @example new RegExp(`^${TURNED_OUT_EVENT}$`, 'i').test('payrolls') // true
 */
export const TURNED_OUT_EVENT = String.raw`(?:(?:report|release|forecast|survey|estimate|auction|sale|offering|result|reading|number|figure|showing|performance|session)s?|data|earnings|payrolls|profits|statistics|turnout|close|finish)`;
