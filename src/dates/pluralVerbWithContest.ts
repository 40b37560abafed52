// The contests a side opens or closes, after "the" or "a" and at most two words ("the new season",
// "the NBA playoffs", "the best-of-seven series", "the Six Nations", "a three-game series", "a
// six-game road trip").
const CONTEST = [
  String.raw`series|play-?offs?|post-?season|pre-?season|season|campaign|tournament|tour`,
  String.raw`homestand|road\s+trip|championships?|competition|defen[cs]e|cup\s+run`,
  String.raw`Six\s+Nations|World\s+Cup|Euros|Ashes`,
].join('|');
// A result told between the contest and the date, which makes the present a headline's of a day
// gone by ("Leicester end the season with a 2-1 win at Fulham on Sunday", said on Monday).
const RESULT = String.raw`(?:wins?|victor(?:y|ies)|defeats?|loss(?:es)?|draws?|routs?|\d+-\d+)`;

/**
 * A plural subject's bare verb of opening, closing or taking up, with a contest after "the" or "a"
 * as its object and at most a place or an opponent between that and the date: "The Celtics open
 * the playoffs at home Saturday", "They open the series Saturday", "England begin the Six Nations
 * against Italy on Saturday", "The Yankees open a three-game series in Cleveland on Tuesday
 * night". In the present such a verb is a schedule's, as it is before the side's own possessive
 * ("The Mets open their season", PLURAL_VERB_WITH_OBJECT_SOURCE). Not after "not" ("did not open
 * the series on Monday", "didn't open"), nor a past ("opened the playoffs"), nor an object that is
 * no contest ("Protesters close the road on Saturday"), nor a result between ("Leicester end the
 * season with a 2-1 win at Fulham on Sunday", a headline's present); no comma may stand between
 * the object and the date. A regular expression's source, for PRESENT_SCHEDULE (case-insensitive).
 */
export const PLURAL_VERB_WITH_CONTEST_SOURCE = [
  String.raw`(?<=\b[A-Za-z][\w'’.-]*\s)`,
  String.raw`(?<!(?:\bnot|n['’]t)\s)`,
  String.raw`(?:open|reopen|begin|start|resume|close|end|finish|conclude|wrap\s+up|kick\s+off)`,
  String.raw`(?=\s+(?:the|an?)(?:\s+[\w'’-]+){0,2}?\s+(?:${CONTEST})` +
    String.raw`(?!(?:\s+[\w'’.-]+)*?\s+${RESULT}(?![\w'’-]))(?:\s+[\w'’.-]+){0,7}\s*$)`,
].join('');
