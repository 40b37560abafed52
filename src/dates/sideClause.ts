import { REGULAR_PAST } from './regularPast.ts';

// A side clause between commas, or opening its sentence, with a participle or a relative
// pronoun ("The firm, founded in 1990, cut 200 jobs", "Born in 1985, she"): a year in it is not
// the story's for a season gone by after a conjunction ("… as winter set in"), nor for "late in
// the year".
export const SIDE_CLAUSE = new RegExp(
  String.raw`(?:(?<=^|[.!?]\s+)|,)\s*(?:${REGULAR_PAST}|born|which|who|whose)\b[^,.!?]*,(?=[^.!?]*$)`,
  'gi',
);
