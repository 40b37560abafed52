// The nouns of a year that straddles two calendar years: a sport's or a crop's season, a sugar
// mill's campaign, a school's, a government's or a tax year.
const ACROSS_TWO =
  'season|campaign|school year|academic year|financial year|fiscal year|tax year|winter';
// A crop's year as commodity reports and farm ministries write it, perhaps after the crop or the
// trade it is the year of ("the 2026/27 wheat marketing year", "the 2025-26 cocoa season", "the
// 2025/26 winter wheat crop", "the 2024-25 Premier League season"): at most two words between.
const CROP_YEAR =
  '(?:[a-z]+ ){0,2}(?:marketing year|crop year|harvest year|season|campaign|crop|harvest)';
// "the 2025/26 crop protection budget", "the 2025-26 harvest festival": the crop or the harvest
// naming a kind of thing, which the year is not the crop's year of.
const KIND_AFTER =
  '(?!\\s+(?:protection|insurance|rotation|circles?|festivals?|moon|mouse|mice)\\b)';

/**
 * "the 2024-25 season", "the 2019/20 financial year", "the 2026/27 marketing year", "Brazil's
 * 2026/27 soybean crop": a season or year that straddles two years, after "the" or an owner's "'s"
 * (left out of the extent), its first year in the first group and the second (two digits or four)
 * in the second.
 */
export const SEASON_YEARS = new RegExp(
  `(?:\\bthe |(?<=\\b[A-Z][\\w.]*['’]s ))((?:19|20)\\d{2})[-–/](\\d{2}|(?:19|20)\\d{2}) (?:${CROP_YEAR}|${ACROSS_TWO})\\b${KIND_AFTER}`,
  'gi',
);
