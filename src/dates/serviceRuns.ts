/**
 * A service that runs, told in the present: "The clinic runs", "Trams run", "The helpline also
 * runs", "The night bus runs". A clinic, a line, a helpline or a club runs the same days every
 * week, so "runs" after one tells a habit ("The clinic runs Monday to Friday"), where after a
 * meeting, a festival, a sale or a strike it tells one stretch ("The meeting runs from Tuesday
 * through Thursday", "The sale runs Thursday to Sunday"). A regular expression's source, to stand
 * among the cues of what is done every week.
 *
 * Only the nouns of a standing service, right before the verb (an adverb between): not a meeting,
 * a conference, a festival, a fair, a sale, a strike, a trial or a show; nor a service put on for
 * once, cut for a while or none at all ("A replacement bus service runs", "Extra trains run", "A
 * reduced service runs", "No trains run").
 *
 * @example new RegExp(SERVICE_RUNS, 'i').test('The clinic runs') // true
 */
const SERVICE_NOUN = [
  'clinics?|surgery|surgeries|helplines?|hotlines?|phonelines?|services?|shuttles?',
  'bus(?:es)?|trams?|trains?|ferry|ferries|boats?|lines?|routes?',
  'clubs?|classes|class|crèche|creche|nursery|canteen|caf[eé]|food bank|pantry|desk',
  "(?:farmers['’]?\\s+)market",
].join('|');

// A service put on for once, cut for a while or none at all, a word or two before the noun: "A replacement bus
// service runs Saturday to Monday while the line is closed", "Extra trains run Friday to Sunday for
// the festival", "No trains run Monday to Wednesday during the strike"; so does a service cut for a
// while ("A reduced service runs Monday to Wednesday during the strike", "A skeleton service
// runs"). These tell one stretch.
const ONE_OFF_BEFORE = String.raw`(?<!\b(?:replacement|extra|additional|special|temporary|relief|no|reduced|limited|skeleton|emergency|amended|revised)\s+(?:[\w'’-]+\s+)?)`;

export const SERVICE_RUNS = String.raw`\b${ONE_OFF_BEFORE}(?:${SERVICE_NOUN})\s+(?:(?:\w+ly|also|only|still)\s+)?runs?\b`;
