/**
 * The year a season takes from the event or era its "of" names, `after` being the words right
 * after "the <season>": "the autumn of the 1987 crash" is `1987-FA`, "the spring of the 1968
 * uprising" `1968-SP`, "the summer of love in 1967" `1967-SU`, where a recent season was read.
 * A winter told before an event of a year ("the winter of discontent before the 1979 election")
 * is the winter that opened the year before it, `1978-WI`; any other season before it is of the
 * event's year. Only a year of four digits from 1900 on; a season of a year named right after it
 * ("the summer of 1969") is read elsewhere, and "the summer of love" with no year is left alone.
 *
 * @example seasonOfYearEvent('WI', ' of discontent before the 1979 election') // 1978
 */
export function seasonOfYearEvent(season: string, after: string): number | undefined {
  const event = EVENT_OF_YEAR.exec(after);
  if (event) return Number(event[1]);
  const inYear = ERA_IN_YEAR.exec(after);
  if (inYear) return Number(inYear[1]);
  const before = ERA_BEFORE_YEAR.exec(after);
  if (before) return Number(before[1]) - (season === 'WI' ? 1 : 0);
  return undefined;
}

const YEAR = String.raw`((?:19|20)\d\d)`;
// "of the 1987 crash", "of the 1973 oil embargo": the year before the event's noun.
const EVENT_OF_YEAR = new RegExp(String.raw`^\s+of\s+the\s+${YEAR}\s+[a-z]`, 'i');
// "of love in 1967", "of discontent in 1978-79": an era of one or two words, then its year.
const ERA_IN_YEAR = new RegExp(String.raw`^\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+in\s+${YEAR}\b`);
// "of discontent before the 1979 election", "of protest that preceded the 1968 convention".
const ERA_BEFORE_YEAR = new RegExp(
  String.raw`^\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+(?:before|ahead\s+of|preceding|that\s+preceded)\s+the\s+${YEAR}\s+[a-z]`,
);
