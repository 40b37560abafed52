/**
 * A currency, a metal, a commodity or a bond, whose close or open is a price, not a time: "The yen
 * ended around one twenty-eight last night in New York", "Gold opened from three eighty to three
 * ninety". The words of a market ("shares", "index", "Dow", "prices") are `MARKET_WORD`'s, asked
 * beside it.
 */
export const PRICED_SUBJECT =
  /\b(?:dollars?|yen|pounds?|sterling|francs?|lira|pesos?|rupiah|ringgit|euros?|gold|silver|crude|oil|bonds?|yields?|futures|price)\b/i;
