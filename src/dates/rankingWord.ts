/**
 * A ranking, a table or an order a team, a player or a song holds a place in: "in the standings",
 * "in the coaches' poll", "in the power rankings", "in the seeding", "in the batting order". A
 * number a thing is moved to beside one is a place, not a clock ("The Lakers were moved to eight
 * this morning in the standings").
 */
export const RANKING_WORD =
  /\b(?:standings|rankings?|seedings?|seeds?|league\s+table|charts?|ladder|leaderboard|batting\s+order|line-?up|(?:coaches['’]?|AP|media|writers['’]?)\s+polls?)\b/i;
