/**
 * A verb a market's level or a price is told with, right before "at": "the dollar closed at",
 * "the Nasdaq finished at", "shares traded at", "the yen was quoted at", "the index stood at".
 * "Ended" is left to each rule, as a ceremony or a meeting ends at a clock too ("the ceremony
 * ended at twenty-three forty Sunday night"). A pattern source, to be set between word boundaries
 * and matched without regard to case.
 *
 * @example new RegExp(`\\b(?:${MARKET_LEVEL_VERB})\\s+at\\b`, 'i').test('closed at') // true
 */
export const MARKET_LEVEL_VERB = 'closed|opened|traded|finished|settled|stood|quoted';
