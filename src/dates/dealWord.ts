// Words of a business deal or of the selling off of assets, as business copy writes them: a
// contract, an agreement, a merger, a buyout, assets and thrifts to be sold. A bare half in a
// sentence of such a deal ("The contract will last through the first half", "The RTC expects to
// sell 140 thrifts in the first half") is a half of the year, as in one of results. Not "sold
// out", a show's or a match's tickets.
export const DEAL_WORD =
  /\b(?:contracts?|agreements?|mergers?|acquisitions?|takeovers?|buyouts?|thrifts?|assets|(?:sell|sells|selling|sold)(?!\s+out\b))\b/i;
