import type { Mention } from '../model/mention.ts';
import { FURTHER_PAST } from './isAnotherDeedGap.ts';
import { DAY_VALUE } from './dayValue.ts';
import { HABIT_ONLY_ADVERB } from './habitWord.ts';

/**
 * A clock time told in a sentence that states a habit is the habit's clock, with no day: "Buses
 * run every 10 minutes until 7pm", said on 11 March 2026, is `T19:00` (not 7pm on the day of
 * publication); "The library opens at 9am on weekdays" `T09:00`; "The shelter serves hot meals at
 * 6pm every evening" `T18:00`.
 *
 * The habit is told by a set in the same sentence ("every Sunday", "every 10 minutes", "on
 * Fridays", "daily", "each morning"), by a season read as a habit's, of no year ("In summer the
 * pool opens at 6 a.m." `T06:00` beside `XXXX-SU`; not "Last summer" `2025-SU`), by weekdays,
 * weekends or weeknights, by "hourly", "on the hour" or "seven days a week", or by an adverb that
 * tells only a habit ("usually", "normally", "typically", "traditionally", "always":
 * HABIT_ONLY_ADVERB).
 *
 * Only a clock the text ties to no day (its day is the day of publication, its words only the
 * clock). Left as they are: a clock in a sentence that names a day ("Polls close at 8 p.m. on
 * Election Day", "Schools usually reopen in September, but this year classes began on Monday at
 * 9am"), a clock told with its day, and a habit told in a relative clause after the clock ("The
 * gunman opened fire at 10 p.m. at a bar where the victim had worked on Friday nights"), and a
 * clock whose own clause is told in the past ("The train, which normally leaves at 6.45am,
 * departed at 7.30am": 7.30am stays on the day of publication; "The editors usually met at 10am" is
 * still the habit's).
 *
 * @example
 * clockOfHabit(text, mentions) // "7pm" in "Buses run every 10 minutes until 7pm." → T19:00
 */
export function clockOfHabit(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (!isUntiedClock(mention)) return mention;
    const [open, end] = sentenceSpan(text, mention.start, mention.end);
    const relative = text.slice(mention.end, end).search(RELATIVE_WORD);
    const close = relative >= 0 ? mention.end + relative : end;
    const others = mentions.filter(
      (m) => m !== mention && m.start >= open && m.end <= close && !isUntiedClock(m),
    );
    if (others.some((m) => DAY_VALUE.test(m.value))) return mention;
    const isHabit = (from: number, to: number) =>
      others.some(
        (m) =>
          (m.type === 'SET' || SEASON_OF_HABIT.test(m.value)) && m.start >= from && m.end <= to,
      ) || HABIT_WORDING.test(text.slice(from, to));
    if (!isHabit(open, close)) return mention;
    const before = text.slice(open, mention.start);
    const clauseOpen = open + lastClauseOpen(before);
    const clauseEnd = text.slice(mention.end, close).search(CLAUSE_OPEN);
    const clauseClose = clauseEnd >= 0 ? mention.end + clauseEnd : close;
    if (ONE_OFF_PROGRESSIVE.test(before.slice(clauseOpen - open))) return mention;
    if (isToldPast(before.slice(clauseOpen - open)) && !isHabit(clauseOpen, clauseClose))
      return mention;
    return { ...mention, value: mention.value.slice(10) };
  });
}

// A clock on the day of publication, read from a clock alone: "7pm", "at 9am", "from 10 a.m.",
// "until midnight".
function isUntiedClock(mention: Mention): boolean {
  return (
    mention.type === 'TIME' &&
    mention.anchor.kind === 'published' &&
    mention.value.startsWith(`${mention.anchor.date}T`) &&
    CLOCK_WORDS.test(mention.text)
  );
}

// An hour and minutes with no a.m. or p.m. ("10.30") is a clock here only as readClockBeforeEverySet
// reads one, before a weekly set ("Mass is said at 10.30 every Sunday").
const CLOCK_WORDS =
  /^(?:(?:at|from|until|till|by|after|before)\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}[.:]\d\d|noon|midday|midnight)$/i;

// A relative clause after the clock tells another thing's habit: "The gunman opened fire at 10 p.m.
// at a bar where the victim had worked on Friday nights".
const RELATIVE_WORD = /\b(?:where|who|whom|whose|which)\b/i;

// A clock whose own clause is told in the past, by a past verb, with no habit in that clause, is a
// one-off beside a habit told elsewhere in the sentence: "The minister, who usually arrives at 9am,
// was late and arrived at 10.15am", "Police said the shooting happened at 2am, and officers patrol
// the area every night". "The editors usually met at 10am" and "The monks rose at 4am for prayers
// every day" are habits told in the past; "is staffed from 7am" (a participle after "be") and "used
// to form by 7am" tell no past deed.
function isToldPast(clause: string): boolean {
  return [...clause.matchAll(PAST_IN_CLAUSE)].some(
    (m) =>
      !BE_BEFORE.test(clause.slice(0, m.index)) && !/^used\s+to\b/i.test(clause.slice(m.index)),
  );
}

// The start of the clause that ends at the end of `before`.
function lastClauseOpen(before: string): number {
  let open = 0;
  for (const m of before.matchAll(CLAUSE_OPEN)) open = m.index + m[0].length;
  return open;
}

const CLAUSE_OPEN = /[,;:"“”()]|\b(?:and|but|when|after|before|that|who|which|while|because)\b/gi;
const PAST_IN_CLAUSE = new RegExp(String.raw`\b${FURTHER_PAST}\b`, 'gi');
// A participle after "be" is a present passive, no past deed: "The hotline is staffed from 7am".
const BE_BEFORE = /\b(?:is|are|am|be|been|being)\s+(?:\w+ly\s+)?$/i;
// A progressive in the past tells what was going on that day, even beside a set: "The strike began
// at 6am and trains were running every 20 minutes by noon".
const ONE_OFF_PROGRESSIVE = /\b(?:was|were)\s+(?:\w+ly\s+)?\w+ing\b/i;

// A season of no year, read as a habit's ("In summer the pool opens at 6 a.m.": `XXXX-SU`).
const SEASON_OF_HABIT = /^XXXX-(?:SP|SU|FA|WI)$/;

// Wording that tells what is done regularly, without a set the resolver marks.
const HABIT_WORDING = new RegExp(
  [
    String.raw`\b(?:week(?:day|end|night)s|weekday|hourly|half-hourly|nightly)\b`,
    String.raw`\bevery\s+(?:day|night|morning|evening|afternoon|weekday|hour)\b`,
    String.raw`\beach\s+(?:day|night|morning|evening|afternoon|weekday)\b`,
    String.raw`\bseven days a week\b|\bon the hour\b`,
    String.raw`\b(?:${HABIT_ONLY_ADVERB})\b`,
  ].join('|'),
  'i',
);

// The span of the sentence around [start, end), as offsets (tenseAround.sentenceAround gives its
// words): from after the last stop or semicolon before it to the next one after it. A stop inside
// "a.m." or "p.m." or before a lower-case word ends no sentence.
function sentenceSpan(text: string, start: number, end: number): [number, number] {
  let open = 0;
  for (const m of text.slice(0, start).matchAll(SENTENCE_END)) open = m.index + m[0].length;
  const after = text.slice(end).search(SENTENCE_END);
  return [open, after >= 0 ? end + after : text.length];
}

const SENTENCE_END = /(?<![ap]\.m)[.!?](?=\s+[A-Z"“'‘]|\s*$)|;/g;
