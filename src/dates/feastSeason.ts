// The words of trade that name a feast's season ("the Christmas selling season").
const SELLING_WORD = 'selling|buying|retail|sales';

// A feast's season, named alone or by its trade: "the Christmas season", "the Christmas shopping
// season", "the Christmas selling season". A regular expression's source.
export const FEAST_SEASON_SOURCE = String.raw`(?:(?:${SELLING_WORD}|shopping|holiday)\s+)?season`;
