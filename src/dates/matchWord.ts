// The words of a match told in a sentence: a score, a goal, a penalty, a coach, a side. A half or a
// period in such a sentence is the game's, not a company's year ("Gretzky scored twice in the third
// period"). A basketball team's shooting ("shot 38 percent from the field") is a match word too: its
// percentage is no market's.
export const MATCH_WORD =
  /\b(?:shot\s+\d+|from\s+the\s+field|free[-\s]throws?|scor(?:e|ed|es|ing)|goals?|match|game|penalt(?:y|ies)|half-time|halftime|kick-off|referee|striker|coach|players?|(?:['’]s|home|away|visiting)\s+side|interval|(?:at|after|before)\s+the\s+break|possession|tries|innings|rallied|conced(?:e|ed|es|ing)|netted|quarterbacks?|touchdowns?|offensive|defensive(?!\s+(?:stocks?|sectors?|shares|names)\b)|\d+-\d+)\b/i;
