// "the forecast for", "the weather outlook for", "predictions for": the period after it is the one
// the forecast looks at, which lies ahead.
const FORECAST_FOR = /\b(?:forecasts?|outlook|predictions?)\s+for\s+$/i;

/**
 * Whether the time at `start` follows "forecast for" or "outlook for": "the forecast for the
 * weekend calls for snow", said on a Friday, is the coming weekend, though the present "calls"
 * does not look ahead.
 *
 * @example forecastForBefore('the forecast for the weekend', 17) // true
 */
export function forecastForBefore(text: string, start: number): boolean {
  return FORECAST_FOR.test(text.slice(Math.max(0, start - 30), start));
}
