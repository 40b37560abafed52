// Words of markets and of results as wire and City copy write them, which the nouns of a report
// ("profit", "sales") leave out: a share or a percentage ("rose 10%", "7 per cent"), income and
// turnover, "trading" in the British sense of a firm's business ("Trading in the first half was
// difficult"), shares, stocks, an index, prices, dividends, the economy and its figures. Not
// "trading blows" or "trading places", a match's or a race's, nor a turnover after "a" ("a costly
// turnover early in the second half"), a ball lost in a match.
export const MARKET_WORD =
  /%|\b(?:percent|per\s+cent|(?:net\s+|operating\s+)?income|(?<!\ban?\s+(?:\w+\s+)?)turnover|trading(?!\s+(?:blows|punches|places|tackles))|shares|stocks?|index|Dow|Nasdaq|prices|dividends?|economy|GDP|inflation|exports|imports|output)\b/i;
