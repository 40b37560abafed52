/**
 * Verbs of change ("rose", "fell", "cut") as a regular expression's alternatives: a figure after
 * them is an amount changed ("fell from 9 to 5", "rose by 2100"), not a time.
 */
export const CHANGE_VERB =
  'rose|rises?|fell|falls?|slid|slides?|dropped|drops?|climbed|climbs?|jumped|jumps?|increased|decreased|declined|grew|shrank|up|down|cut|cuts|raised|lowered|went|goes|narrowed|narrows|widened|widens|reduced|reduces|trimmed|trims|slashed|slashes|lifted|lifts|boosted|boosts';
