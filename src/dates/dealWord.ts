// Words of a business deal or of the selling off of assets, as business copy writes them: a
// contract, an agreement, a merger, a buyout or "buy-out", assets and thrifts to be sold. Not a
// bare "sell" or "sold", which a network's ads or a play's rights share ("has sold its commercial
// time for the Super Bowl, and ads in the first half cost $700,000"). A bare half in a sentence of
// such a deal ("The contract will last through the first half", "The RTC expects to sell 140
// thrifts in the first half") is a half of the year, as in one of results.
export const DEAL_WORD =
  /\b(?:contracts?|agreements?|mergers?|acquisitions?|takeovers?|buy-?outs?|thrifts?|assets)\b/i;
