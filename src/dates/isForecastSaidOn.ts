// Who forecasts in wire copy: a body, its people, a pronoun, or a name ("the government", "the
// ministry", "Japan's government", "the IMF", "Goldman Sachs", "he"). Not a capitalised article or
// possessive, which makes "forecast" the noun ("The forecast on Friday", "Its forecast Friday"),
// nor "official" alone, as often the adjective of the noun ("The official forecast on Friday").
const FORECASTER = String.raw`(?:government|ministry|bank|agency|institute|office|commission|board|fund|council|bureau|department|economists?|analysts?|officials|experts?|company|group|he|she|they|(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Your|My)\b)[A-Z][\w.&-]*)`;
const FORECAST_BEFORE = new RegExp(
  String.raw`\b${FORECASTER}\s+forecast\s+(?:on\s+)?(?:(?:early|late)\s+)?$`,
);
// After the date, the saying goes on or ends: a stop, a comma, the clause it reports ("that", a
// pronoun) or its setting ("in a report"). Not a noun the forecast is for ("forecast Friday highs
// of 35C"), nor a verb whose subject the noun is ("The bank forecast on Friday was revised").
const SAYING_AFTER =
  /^\s*(?:[.;,:]|$|(?:that|it|he|she|they|we|there)\b|in\s+(?:a|an|its|their|his|her)\b)/;

/**
 * Whether the date at `start` to `end` dates a forecast made, "forecast" being the past of the
 * verb of saying right before it: "The economy will shrink again, the government forecast on
 * Friday", said on Monday 21 December 1998, is the Friday gone by, 18 December (was the coming
 * one: "forecast" has no "-ed" and is as often the noun, so the "will" of the clause reported put
 * the day ahead); "The government forecast on Friday that the economy would shrink", "The IMF
 * forecast Tuesday that growth would slow", "economists forecast late Thursday" alike. Only with
 * the date right after "forecast" (or "on", "early", "late"), and a forecaster before it (a body,
 * its people, a pronoun or a name). Not the noun after an article or a possessive ("The forecast
 * on Friday, due at noon, is expected to show a contraction" keeps the Friday ahead), nor
 * a date a noun or a verb follows ("forecast Friday highs of 35C", "The bank forecast on Friday
 * will show a contraction").
 *
 * @example isForecastSaidOn('Growth will slow, the ministry forecast on Friday.', 43, 49) // true
 */
export function isForecastSaidOn(text: string, start: number, end: number): boolean {
  return (
    FORECAST_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    SAYING_AFTER.test(text.slice(end))
  );
}
