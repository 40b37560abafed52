import type { Mention } from '../model/mention.ts';
import { FURTHER_PAST } from './isAnotherDeedGap.ts';
import { DAY_VALUE } from './dayValue.ts';
import { sentenceAround } from './tenseAround.ts';
import { WEEKDAY_CAPITALISED_SOURCE, weekdayNumber } from './weekdayNames.ts';

/**
 * A weekday that names a kind of regular event, told in the present, is every such weekday: "The
 * mosque holds Friday prayers at 1.15pm", said on Wednesday 18 November 2026, is `XXXX-WXX-5` and
 * its clock `T13:15` (not Friday 20 November at 1.15pm); "Saturday services are held at 9 a.m."
 * `XXXX-WXX-6`, `T09:00`; "Tuesday evening rehearsals start at 7.30pm" `XXXX-WXX-2`, `T19:30`.
 *
 * Only a capitalised weekday read alone (or with its part of the day) right before the event it
 * qualifies ("Friday prayers", "Sunday Mass", "Thursday night bingo", "the Friday market",
 * "Saturday matinees", up to two words between: "Friday night football games"), in a clause told
 * in the present with a verb of a timetable ("are held", "begins", "runs", "is served", "holds"),
 * where no other mention names a day and a clock of that weekday is told. That clock is the
 * habit's clock, with no day.
 *
 * Left: a clause with no clock, as often news of one occasion told in the present ("Friday prayers
 * draw thousands to protest", "Sunday Mass is led by the new bishop"), a weekday after a word that
 * makes it one day ("this", "next", "last", "on", "ahead of", "every" …), a
 * clause told in the past or the future ("The church's Sunday service was moved to 11am", "Friday
 * prayers will be held at the stadium") or of a change to one occasion ("Sunday services are
 * cancelled because of the snow"), a clause that names another day ("Tuesday surgeries resume
 * next week"), and the clause of a one-off beside the habit ("…, and this Friday's will be led by
 * the new imam").
 *
 * @example
 * weekdayOfRegularEvent(text, mentions) // "Friday" in "holds Friday prayers at 1pm" → XXXX-WXX-5
 */
export function weekdayOfRegularEvent(text: string, mentions: Mention[]): Mention[] {
  const untied = new Map<Mention, string>();
  const turned = mentions.map((mention) => {
    const day = LONE_WEEKDAY.exec(mention.text);
    if (!day || mention.type !== 'DATE' || !DAY_VALUE.test(mention.value)) return mention;
    const { before, after } = sentenceAround(text, mention.start, mention.end);
    if (!EVENT_AFTER.test(after) || DAY_BEFORE.test(before)) return mention;
    const head = before.slice(lastClauseOpen(before));
    const cut = after.search(CLAUSE_AFTER);
    const tail = cut >= 0 ? after.slice(0, cut) : after;
    const clause = `${head} ${tail}`;
    if (!TIMETABLE_VERB.test(clause) || NOT_PRESENT.test(clause) || isToldPast(clause))
      return mention;
    const [from, to] = [mention.start - head.length, mention.end + tail.length];
    const date = mention.value.slice(0, 10);
    const inClause = mentions.filter((m) => m !== mention && m.start >= from && m.end <= to);
    if (inClause.some((m) => DAY_VALUE.test(m.value) && !m.value.startsWith(`${date}T`)))
      return mention;
    // A timetable tells its clock; without one the clause is as often news of one occasion told in
    // the present ("Friday prayers draw thousands to protest", "Sunday Mass is led by the new
    // bishop").
    if (!inClause.some((m) => m.type === 'TIME' && m.value.startsWith(`${date}T`))) return mention;
    for (const m of inClause) if (m.type === 'TIME') untied.set(m, m.value.slice(10));
    const n = weekdayNumber(day[1]!) || 7;
    return { ...mention, type: 'SET' as const, value: `XXXX-WXX-${n}${mention.value.slice(10)}` };
  });
  return turned.map((m) => {
    const clock = untied.get(m);
    return clock ? { ...m, value: clock } : m;
  });
}

// A weekday read alone, or with its part of the day ("Thursday night").
const LONE_WEEKDAY = new RegExp(
  String.raw`^(${WEEKDAY_CAPITALISED_SOURCE})(?:\s+(?:morning|afternoon|evening|night))?$`,
);

// The regular events a weekday names the day of: "Friday prayers", "Sunday Mass", "the Friday
// market", "Saturday matinees", "Sunday hours".
const EVENT = [
  'services?|prayers?|[Mm]ass(?:es)?|worship|[Ee]vensong|vespers|rehearsals|meetings|matinees|bingo',
  'markets?|brunch|lunches|dinners|suppers|sessions|classes|clinics|surgeries|practices|games',
  'fixtures|quiz(?:zes)?|screenings|concerts|hours',
].join('|');

// The regular event the weekday qualifies, right after it or after up to two lower-case words.
const EVENT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+[a-z][a-z'-]*){0,2}?\s+(?:${EVENT})\b`,
);

// A word before the weekday that makes it one day: "this Friday's", "on Sunday", "every Sunday"
// (read by the set's own rule), "last Saturday".
const DAY_BEFORE =
  /\b(?:this|next|last|that|on|by|until|till|since|from|before|after|ahead\s+of|every|each|a|an|one|past|coming|following|previous)\s+$/i;

// The clause of the weekday ends at a clause that opens with "and" or "but" after a comma, at a
// semicolon, at "but", or at a comma before "this", "next" or "last".
const CLAUSE_AFTER = /,\s*(?:and|but)\b|;|\bbut\b|,\s*(?:this|next|last)\b/i;
const CLAUSE_BEFORE = /,\s*(?:and|but)\b|;|\bbut\b/gi;

function lastClauseOpen(before: string): number {
  let open = 0;
  for (const m of before.matchAll(CLAUSE_BEFORE)) open = m.index + m[0].length;
  return open;
}

// A verb of a timetable in the present: "are held", "begins", "runs", "is served", "holds".
const TIMETABLE_VERB =
  /\b(?:is|are|holds?|hosts?|offers?|serves?|begins?|starts?|runs?|opens?|closes?|meets?|takes?\s+place|kicks?\s+off|ends?|finish(?:es)?|lasts?|resumes?)\b/i;

// A clause that tells one occasion: told in the future or the past, of a day near publication, or
// of a change to one ("Sunday services are cancelled because of the snow", "Wednesday meetings
// are expected to focus on the budget").
const NOT_PRESENT = new RegExp(
  [
    String.raw`\b(?:was|were|will|would|had|did|could|should|going\s+to|has\s+been|have\s+been)\b`,
    String.raw`\b(?:yesterday|today|tonight|tomorrow)\b|['’]ll\b`,
    String.raw`\b(?:this|next|last)\s+(?:week|weekend|month|time|[A-Z][a-z]+day)\b`,
    String.raw`\b(?:cancell?ed|postponed|called\s+off|suspended|moved|scrapped|axed|delayed|expected|set\s+to|due\s+to)\b`,
  ].join('|'),
  'i',
);

// A past verb not after "be" ("are held" is a present passive).
function isToldPast(clause: string): boolean {
  return [...clause.matchAll(PAST_IN_CLAUSE)].some(
    (m) => !BE_BEFORE.test(clause.slice(0, m.index)),
  );
}

const PAST_IN_CLAUSE = new RegExp(String.raw`\b${FURTHER_PAST}\b`, 'g');
const BE_BEFORE = /\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;
