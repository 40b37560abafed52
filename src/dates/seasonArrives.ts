/**
 * A verb of a season's coming or going right after a bare season named after a preposition of
 * time: "The government would provide shelter before winter sets in", said on 19 August 1999, is
 * "winter" `1999-WI` in both readings (was unread: the word after the season was taken for a noun
 * it names, as in "winter storms"); "Aid must reach the camps before winter arrives", "The camps
 * will stay open until spring comes", "before winter closes in", "until summer ends", "before winter
 * approaches" alike (seasonComing takes the same verbs after a conjunction). The
 * season is the subject of its own coming, so it is the season. "sets", "closes" and "draws" only before
 * "in": "before winter sets" or "until summer closes" tell no coming. A source to follow the season
 * in readPeriods' test of a clause going on.
 */
export const SEASON_ARRIVES_SOURCE = String.raw`(?:sets\s+in|closes\s+in|draws\s+in|takes\s+hold|approaches|arrives|comes|begins|starts|ends|returns)\b`;
