// Where pupils and students go back to: a school, its classes, a campus.
const SCHOOL_PLACE = String.raw`(?:school|schools|class|classes|classrooms?|lessons|lectures|campus|college|university|the\s+classroom)`;
// "go back", "head back" with no place ("Schools in Scotland go back next week"), only before a
// date word or the date itself, where "back" can be nothing else.
const BACK_AHEAD = String.raw`(?=\s+(?:on|in|this|next|from|at|after)\b|\s*$)`;
// What a pupil receives: results, grades, offers of a place.
const RESULTS = String.raw`(?:results|grades|offers?|decisions?|scores|marks|places?|diplomas)`;
// What a pupil sits: an exam, a paper, a named test.
const EXAM = String.raw`(?:exams?|examinations?|papers?|tests?|GCSEs?|A[- ]?levels?|Highers|SATs?|Sats|ACT|checks?|mocks?|finals|assessments?|resits?)`;
// At most two words before the noun ("their first GCSE papers", "their A-level results").
const OWN = String.raw`\s+(?:their|his|her|its|the|a|an)\s+(?:[\w-]+\s+){0,2}?`;
// What the calendar sends out or runs: exams and results and the letters that carry them.
const CALENDAR_NOUN = String.raw`(?:exams|tests|papers|results|offers|decisions|notifications|letters|GCSEs|A-levels)`;
// A school's day moved: "open two hours late", "close early". The "late" or "early" right before
// the day is read as the day's own modifier ("late Thursday"), so the count may end the words.
const SHIFT = String.raw`(?:an?|one|two|three|four|\d+)\s+(?:hours?|minutes?)`;
const LATE_OR_EARLY = String.raw`(?=\s+(?:${SHIFT}\s*$|(?:${SHIFT}\s+)?(?:late|early)\b))`;
// Time off a school's calendar gives: "get a week off", "have two days off", "take a day off",
// after the pupils, students, teachers or schools it is given to (at most three words between).
const GIVEN_TO = String.raw`(?<=\b(?:pupils|students|children|kids|teachers|schools|staff|learners)(?:\s+[\w-]+){0,3}\s)`;
const TIME_OFF = String.raw`(?=\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|fortnight)\s+off\b)`;

/**
 * A school calendar told in the present: what pupils, students and schools do on the days their
 * calendar sets. "Students in Atlanta return to classrooms Monday", "Pupils in Northern Ireland
 * go back to school on Monday", "Students receive their results on Thursday morning", "Pupils sit
 * their first GCSE papers in May", "AP exams wrap up Friday", "Decision notifications go out in
 * late March", "Secondary school offers are sent out on 1 March", "Schools open two hours late
 * Thursday". Such a present is the schedule's, as "opens" and "Schools break up for half-term on
 * Friday" are; a verb of returning is read whatever stands between it and its subject, since the
 * school it goes back to tells what it is. A regular expression's source, for PRESENT_SCHEDULE.
 *
 * Not a past ("returned to school", "sat their exams", "received their results"), a verb after
 * "did", "not" or "never" ("did not return to school on Monday"), nor these verbs before anything
 * but a school, a result or an exam ("Troops return fire on Monday", "Investors take the view").
 *
 * @example new RegExp(SCHOOL_CALENDAR_PRESENT, 'i').test('Pupils sit their GCSE papers') // true
 */
export const SCHOOL_CALENDAR_PRESENT = [
  String.raw`(?<!(?:\b(?:did|does|do|not|never)|n['’]t)\s)`,
  '(?:',
  [
    String.raw`(?:return|go|head|come|get)\s+back\s+to\s+${SCHOOL_PLACE}\b`,
    String.raw`return\s+to\s+${SCHOOL_PLACE}\b`,
    String.raw`(?:go|head)\s+back${BACK_AHEAD}`,
    String.raw`(?:gets?|receives?|collects?|picks?\s+up|pick\s+up)(?=${OWN}${RESULTS}\b)`,
    String.raw`(?:sits?|takes?)(?=${OWN}${EXAM}\b)`,
    String.raw`(?<=\b${CALENDAR_NOUN}\s)(?:wrap\s+up|go\s+out|come\s+out|are\s+(?:sent\s+out|published|released|issued|posted))`,
    String.raw`(?<=\b(?:schools|classes)\s)(?:open|start|close|dismiss)${LATE_OR_EARLY}`,
    String.raw`${GIVEN_TO}(?:get|have|take)${TIME_OFF}`,
  ].join('|'),
  ')',
].join('');
