import { SEASON_ARRIVES_SOURCE } from './seasonArrives.ts';
import { seasonComing, type SeasonComing } from './seasonComing.ts';
import { isWeekThroughoutTold, WEEK_THROUGHOUT_SOURCE } from './weekThroughout.ts';
import { isFrontedSeasonHabit } from './isFrontedSeasonHabit.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { claimedWords } from './claimedWords.ts';
import { expectedMonthOfYearNamed } from './expectedMonthOfYearNamed.ts';
import { shortYear } from './shortYear.ts';
import { expectedMonthTense } from './expectedMonthTense.ts';
import { endOfPeriodGoneBy } from './endOfPeriodGoneBy.ts';
import { PERIOD_ENDED, periodEndedGoneBy, type EndedUnit } from './periodEndedGoneBy.ts';
import { storyYearOfEndGoneBy } from './storyYearOfEndGoneBy.ts';
import { storyDecade } from './storyDecade.ts';
import { STORY_DECADE_WORDS, storyYearEndsDecade } from './storyDecadeWords.ts';
import { isShareOfDecadeUnderWay } from './isShareOfDecadeUnderWay.ts';
import { storySeasonYear } from './storySeasonYear.ts';
import { fallPlannedFor } from './fallPlannedFor.ts';
import { isFallHabit } from './isFallHabit.ts';
import { fullYearGoneBy } from './fullYearGoneBy.ts';
import { isFinalSessionYearGoneBy } from './isFinalSessionYearGoneBy.ts';
import { isFirstSessionYearAhead } from './isFirstSessionYearAhead.ts';
import { marketYearGoneBy } from './marketYearGoneBy.ts';
import { resultsYearGoneBy } from './resultsYearGoneBy.ts';
import { SIDE_CLAUSE } from './sideClause.ts';
import { storyYearOfPartIn } from './storyYearOfPartIn.ts';
import { isLatePartGoneBy } from './isLatePartGoneBy.ts';
import { isEarlyWeekToldOnMonday } from './isEarlyWeekToldOnMonday.ts';
import { presentChangeMonthTense } from './presentChangeMonthTense.ts';
import { capitalisedWordAfter } from './capitalisedWordAfter.ts';
import { isSeasonNamedOf } from './isSeasonNamedOf.ts';
import { isSeasonOfLove } from './isSeasonOfLove.ts';
import { seasonOfYearEvent } from './seasonOfYearEvent.ts';
import { isGameQuarter } from './isGameQuarter.ts';
import { isYearCountOrName } from './isYearCountOrName.ts';
import { FUTURE_MODAL_SOURCE } from './modals.ts';
import { addMonths, addQuarters, addWeeks, addYears } from 'date-fns';
import type { Granularity, TimexMod } from '../model/temporal.ts';
import { toLocalDate } from './calendarDate.ts';
import { pad } from './parseChrono.ts';
import { monthByTense, type VerbBefore } from './monthByTense.ts';
import { isHabitualMonth } from './isHabitualMonth.ts';
import { isFrequencySeasonHabit } from './isFrequencySeasonHabit.ts';
import { isHabitualSeason } from './isHabitualSeason.ts';
import { monthNumber } from './monthNames.ts';
import type { Pass, Reading, ReadingContext } from './Reading.ts';
import { moveAnchor } from './moveAnchor.ts';
import { periodByTense, QUARTER } from './periodByTense.ts';
import { COUNTING_DETERMINER, countedClaim } from './readCountedOrdinals.ts';
import { movesAheadTo } from './movesAheadTo.ts';
import { CHANGE_VERB } from './changeVerb.ts';
import { clauseEnding } from './clauseOpens.ts';
import { MODALS } from './modals.ts';
import { LAST_OF_YEAR_SOURCE, ofYearAfter } from './quarterOfTheYear.ts';
import { QUARTER_WORD_SOURCE, QUARTER_WORDS } from './quarterWords.ts';
import { isDeedAheadInQuarter } from './isDeedAheadInQuarter.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import { forecastForBefore } from './forecastForBefore.ts';
import { postponementBefore } from './postponementBefore.ts';
import { aheadVerbEnds } from './futureCue.ts';
import { isFallByWish } from './isFallByWish.ts';
import { fallAheadInClause } from './fallAheadInClause.ts';
import { COMMA_FIRST, sentenceAround, tenseAround, type Tense } from './tenseAround.ts';
import { SHARE_OF_PERIOD_SOURCE } from './shareOfPeriod.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { toTimex, type Season } from './toTimex.ts';
import { SEASON_MONTH, seasonByTense } from './seasonByTense.ts';
import { isThisWinterToldAhead } from './isThisWinterGoneBy.ts';
import { dayOfValue } from './valueShape.ts';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';
import {
  PLAN_AHEAD_IN_CLAUSE,
  PLAN_AHEAD_TOLD_PAST,
  PLAN_TOLD_FAILED,
} from './planAheadInClause.ts';
import { CAPITALISED } from './capitalised.ts';
import { YEAR_SESSION_NOUN } from './yearSessionNoun.ts';
import { FINAL_WEEKEND, finalWeekend } from './finalWeekend.ts';

// The verb and the words of a whole year that RULES' "expect the full year" is read by, shared
// with the test of its year named before (EXPECT_BEFORE, FULL_YEAR_EXPECTED).
const EXPECT_VERB = 'expect(?:s|ed|ing)?';
const WHOLE_WORD = 'full|whole|entire';
// "expected the full year to be" after a year named earlier in its sentence ("In January 1988,",
// "Last year, analysts expected …"): that year's story, not publication's.
const FULL_YEAR_EXPECTED = new RegExp(`^the\\s+(?:${WHOLE_WORD})\\s`, 'i');
const EXPECT_BEFORE = new RegExp(`\\b${EXPECT_VERB}\\s+$`, 'i');
const YEAR_IN_SENTENCE = /\b(?:(?:1[6-9]|20)\d\d\b(?![\d%])|(?:last|previous|preceding)\s+year\b)/i;
function isExpectedYearOfNamedYear(text: string, start: number, words: string): boolean {
  if (!FULL_YEAR_EXPECTED.test(words)) return false;
  const before = text.slice(sentenceStartAt(text, start), start);
  return EXPECT_BEFORE.test(before) && YEAR_IN_SENTENCE.test(before);
}

// early, mid-, late, the end of …, the first or second half of …, and business shorthand "end-"
// ("end-March", "by end-2026").
// A word of heat or weather readings before a decade in words in its sentence ("Temperatures
// will climb into the forties", "highs in the sixties"): the words are degrees, not a decade.
const TEMPERATURE_BEFORE =
  /\b(?:temperatures?|highs?|lows?|mercury|thermometers?|degrees|forecasters?|wind[- ]?chills?)\b/i;
const MOD_SOURCE =
  '(?:(early|earlier|mid|middle|late|later|(?<![\\w-])end(?=-)|the (?:beginning|start|end|middle|turn|close) of|the (?:first|last|final) (?:days?|weeks?|months?) of|the (?:first|second|last|latter) half of(?!\\s+(?:(?:the|this|last|next|that|its)\\s+)?(?:(?:fiscal|financial)\\s+)?year\\b))(?:[- ](?:in )?|\\s+(?:in\\s+)?))';

// "The memoir comes out in the fall", "will launch in the fall", "is expected in the fall": "in
// the fall" is the season only right after a verb looking ahead (two words at most between), and
// never in a sentence that tells a tumble ("will miss votes after breaking her wrist in the fall",
// "the role of alcohol in the fall", "Nobody will die in the fall").
const TUMBLE =
  /\b(?:injur(?:y|ies|e|es|ed|ing)|hurt(?:s|ing)?|broke|broken|break(?:s|ing)?|fractur(?:e|es|ed|ing)|hit (?:his|her|their|its|my|your|our) head|role|di(?:e|es|ed)|dying|killed)\b/i;
// "had planned to launch in the fall": had a few words before "in" governs the verb looking ahead,
// which is told of, not ahead of publication; the fall is then the one gone by. After was or were
// ("was due to launch in the fall") the plan looks ahead from a past saying, most likely to the
// coming fall as "in the summer" and "in September" do, unless the sentence goes on to deny the
// deed ("were expected to recover in the fall, but they did not").
const TOLD_BEFORE_IN = /\b(had|was|were)\b(?:\s+[\w'’-]+){1,3}\s+in\s+$/i;
const DENIED_AFTER = /^[^.!?]*\b(?:did\s+not|didn['’]t|never|failed\s+to)\b/i;

// "by summer", "until fall", "through spring", "since winter": a season named bare after a
// preposition of time is the season; "the fall" too after "until", "till" or "into" ("could
// last until the fall"), where no tumble is told ("since the fall" may be one).
// A capital season there is a name ("taken by Summer, his daughter") unless the preposition is
// capital too, opening the sentence ("By Summer, the plant will reopen").
const SEASON_AFTER = /\b(?:until|till|by|through|before|since|during|into|throughout)\s+$/i;
const FALL_AFTER = /\b(?:until|till|into)\s+$/i;
// "the fall" after "by" is the season only as a deadline: after a modal or a verb of finishing
// ("will be done by the fall", "completed by the fall"), not "injured by the fall".
const FALL_BY_DEADLINE = new RegExp(
  `\\b(?:(?:${MODALS})(?:\\s+[\\w'’-]+){0,3}|done|completed|finished|ready|over|ended)\\s+by\\s+$`,
  'i',
);
// The clause goes on after a bare season only with punctuation, its end or a word that is no
// noun: "by summer, ", "through spring and"; "spring water", "spring training", "winter storms"
// and "summer heat" name a thing, not the season. A verb of the season's coming goes on too
// ("before winter sets in", SEASON_ARRIVES_SOURCE).
const CLAUSE_GOES_ON_AFTER_SEASON = new RegExp(
  String.raw`^(?:\s*(?:[,.;:!?)"'’”]|$)|\s+(?:and|or|but|when|as|if|so|because|while|before|after|at|in|on|to|for|with|from|of|than|this|next|last|that|is|are|was|were|will|would|could|should|may|might|must)\b|\s+${SEASON_ARRIVES_SOURCE})`,
  'i',
);
// A subject pronoun opens the main clause after the season with no comma ("By spring we should
// know more", "Until winter they will wait"), as "the" does after a preposition opening the
// sentence ("By spring the bridge will reopen"; "spring the trap" follows no such preposition).
const SUBJECT_AFTER_SEASON = /^\s+(?:we|they|he|she|I|you|there)\b/i;
const FRONTED_SEASON_BEFORE_THE =
  /(?:^|[.!?]["'”’]?\s+)(?:By|Until|Till|Through|Since|Before|During|Throughout)\s+$/;
// That main clause names one season only when it looks ahead to it ("we should know more", "the
// bridge will reopen"): a present tells a habit of every such season ("During winter the roads
// are often closed"), as "can", "must" and "would" may ("During winter drivers must carry chains").
// "Since" names one season whatever the tense ("since summer there has been no rain").
const AHEAD_IN_CLAUSE = new RegExp(
  String.raw`^[^,;:.!?]*?(?:${FUTURE_MODAL_SOURCE}|\bshould\b)`,
  'i',
);
// "By fall the company had already laid off 200 workers", "By summer, the work was done": a
// clause told in the past after a fronted "By" and a bare season says what was so once that one
// season had come, so the season is one gone by: of the year the story names before it ("In
// 2019 the plant opened. By summer …"), else the last one. A present ("By summer the roads are
// usually dry") tells a habit, and "By spring the bridge will reopen" looks ahead (AHEAD_IN_CLAUSE).
const FRONTED_BY = /(?:^|[.!?]["'”’]?\s+)By\s+$/;
// The past is the clause's own verb only with no relative word or plan told in the present before
// it ("By fall the city plans to repair roads that were damaged", "By winter the company hopes to
// fix what was broken" look ahead), and not a past of expectation or plan ("By spring the bridge
// was expected to reopen" looks ahead to that spring as the one coming).
const PAST_IN_CLAUSE =
  /^\s*,?(?:(?!\b(?:that|which|who|whom|whose|what|where|(?:plans?|hopes?|aims?|wants?|intends?|expects?|needs?|seeks?|promises?|vows?|pledges?|is|are)\s+to)\b)[^,;:.!?])*?\b(?:had|was|were)\b(?!\s+(?:(?:been|being|also|still|widely|originally|initially)\s+)?(?:expected|scheduled|set|due|slated|supposed|planned|projected|forecast|likely|poised|going|about|meant|intended|hoped|hoping|planning|aiming)\b)/i;
// Nor when the sentence after the season looks ahead anywhere, past an aside's comma ("By winter,
// we were told, the rail line would be finished": the "were" is the aside's, the line's finishing
// is to come).
const AHEAD_IN_SENTENCE = new RegExp(
  String.raw`^[^;:.!?]*?(?:${FUTURE_MODAL_SOURCE}|\b(?:should|would)\b)`,
  'i',
);

// "the fall of the city", "the fall in copper prices", "surprised by the fall in the yen": a
// fall of something or in a lowercase thing is a drop, whatever looks ahead before it; a capital
// after "in" is a place ("will reopen in the fall in Paris"), and "in a" or "in an" the manner
// ("will be released in the fall in a deluxe edition").
const FALL_OF_OR_IN = /^\s+(?:of\b|in\s+(?!an?\b|[A-Z]))/;

function fallTold(text: string, start: number, published: string): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const told = TOLD_BEFORE_IN.exec(clauseEnding(before));
  if (!told) return false;
  // The plan looks to the coming fall only while the publication year's fall is still ahead: said
  // in December ("was expected to close in the fall but slipped"), it is the fall just gone.
  const fallAheadOfPublication = pub(published).getMonth() + 1 < SEASON_MONTH.FA;
  return (
    told[1]!.toLowerCase() === 'had' ||
    !fallAheadOfPublication ||
    DENIED_AFTER.test(text.slice(start))
  );
}

// "was scheduled to take place", "is set to go ahead", "is expected to get under way": an
// infinitive of a verb and its particle after "to", which puts the word looking ahead three words
// or more before "in". The verb and its particle, to be cut off so that "to" ends the words.
const VERB_AND_PARTICLE_AFTER_TO = /(?<=\bto)\s+[a-z]+\s+(?:place|ahead|under\s*way|off)\s*$/i;

function fallAhead(text: string, start: number): boolean {
  const sentence = sentenceAround(text, start, start);
  const preposition = /\s*\b(in|by)\s+$/i.exec(sentence.before);
  if (!preposition) return false;
  const verb = sentence.before.slice(0, preposition.index);
  // Right after the verb for "in"; further on in the verb's clause for "in" and "by" alike
  // ("returns for a fourth season in the fall", "is expected to finish by the fall").
  const ahead =
    (preposition[1]!.toLowerCase() === 'in' &&
      (aheadVerbEnds(verb, 2) ||
        (VERB_AND_PARTICLE_AFTER_TO.test(verb) &&
          aheadVerbEnds(verb.replace(VERB_AND_PARTICLE_AFTER_TO, ''), 1)))) ||
    fallAheadInClause(verb);
  return ahead && !TUMBLE.test(`${sentence.before} ${sentence.after}`);
}

// Words that tell the clock in a sentence: a 24-hour time after "at", "from", "between", "until"
// ("from 1900", "at 1800") or the clock's own words.
const CLOCK_WORDS =
  /\b(?:curfew|hours|GMT|UTC|local time)\b|\b(?:at|from|between|until|till|to|and)\s+(?:[01]\d|2[0-3])[0-5]\d\b/i;

function modOf(words: string | undefined): TimexMod | undefined {
  if (!words) return undefined;
  const w = words.toLowerCase();
  if (w === 'earlier' || w === 'later') return undefined;
  if (/^(?:early|the (?:beginning|start)|the first)/.test(w)) return 'START';
  if (/^(?:mid|middle|the middle)/.test(w)) return 'MID';
  // "the second half of May": a half has no ISO 8601 value inside a month (TimeBank writes "the
  // last half of the '80s" as the decade with END), so its month with START or END. A year's
  // halves are H1 and H2 (readHalfYears), so "the first half of the year" is left to it.
  if (/^(?:late|end|the (?:end|close|last|final|second|latter))/.test(w)) return 'END';
  return undefined;
}

const DECADE_WORDS = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];
const MONTH_SOURCE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// "In Summer", "In the Summer", "During the Winter" opening a sentence: the season is a time.
// Not readHolidays' pattern for holidays, on purpose: a season is a span, taken by the words of
// a span or its end and "the" ("In the Summer"), not by those of a day, which open names ("At the
// Winter Garden the cast took a bow", "For the Spring Festival Beijing hung lanterns").
const SENTENCE_OPENING_PREPOSITION =
  /(?:^|[.!?]["'”’]?\s+)(?:In|During|Over|Through|By|Until)\s+(?:the\s+)?$/;
// The capitalised words after a season that make it a name whatever opens the sentence ("In the
// Summer Olympics she won gold").
const SEASON_NAME_HEADS = /^\s+(?:Olympics|Olympic|Paralympics|Games|Palace)\b/;

type Resolve = (
  context: ReadingContext,
  tense: Tense,
  // "ahead" when a verb of putting off stands before the period ("postponed to mid-April").
  verbBefore: VerbBefore | undefined,
) => { value: string; granularity: Granularity };

interface Rule {
  pattern: RegExp;
  /**
   * Returns how to read the match, undefined to skip it, or "counted" for words that count rather
   * than name ("a second quarter"): they are claimed from the determiner on and give no mention.
   */
  read: (
    m: RegExpMatchArray,
    published: string,
  ) => { resolve: Resolve; mod?: TimexMod; anaphoric?: boolean } | 'counted' | undefined;
  priority?: number;
}

const pub = (published: string) => toLocalDate(published);

// "FY25", "FY2026", "FY 2026", "FY'26": a fiscal year in business shorthand, its digits in group 1.
// Four digits after a space are a year only from 1900 to 2099 ("FY 1000 cc engine" is none).
const FISCAL_YEAR_SOURCE = `FY(?!\\s['’]?(?!19|20)\\d{4}\\b)\\s?['’]?(\\d{2}(?:\\d{2})?)\\b(?![\\d%,.:/-]\\d)`;

const fixed =
  (value: string, granularity: Granularity): Resolve =>
  () => ({ value, granularity });

const SHIFTERS = {
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
  decade: (date: Date, decades: number) => addYears(date, decades * 10),
} as const;

// "all summer" is the season only where the clause ends after it ("It rained all summer.", "…all
// winter long", "all spring and into June"): not before a noun ("all summer dresses", "All spring
// training games"), a verb's words ("Their problems all spring from…", "The monarchs all winter in
// Mexico") or a year ("all summer 2019" is "summer 2019").
const ALL_SEASON_ENDS = `(?=\\s+(?:${SEASON_PATTERN})(?:\\s*(?:[.,;:!?)"”—–]|$)|\\s+(?:long|and|but|or|before|after|until|while|when|as|because|then)\\b))`;

// "this past week", "this coming weekend": "this" before "past" or "coming" is part of the words
// naming the period, as it is before a weekday or a month ("this past March"); "past" and
// "coming" alone still give the value. Not right after a count and its direction ("two weeks
// before this past weekend", "a month after this coming month"): touching the period, the count
// would be read as counting from a named day, which only a day can give ("a week before
// Christmas"), and would take the period's value unmoved; the count is left unread as before.
const THIS_BEFORE_DIRECTION = String.raw`(?<!\b(?:minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade)s?\s+(?:before|after)\s+)this\s+(?=(?:past|coming)\s)`;

// "week after week", "year after year": the unit said again after "after" is a repetition, not
// the period, so "Analysts saw this coming week after week" names no week ("this" is the
// pronoun, "coming" the verb); "this week after week-long talks" is still this week.
const NOT_REPEATED = String.raw`(?!\s+after\s+\3\b(?![-'’]))`;

/** The units RULES' first rule names a period by. */
type PeriodUnit = 'week' | 'month' | 'year' | 'quarter' | 'weekend' | 'decade';

/** "the following week", "the previous quarter", "the same month": a period from the anchor's. */
function periodFromAnchor(
  word: 'following' | 'previous' | 'same',
  unit: Exclude<PeriodUnit, 'weekend'>,
): Resolve {
  const amount = word === 'following' ? 1 : word === 'previous' ? -1 : 0;
  const granularity: Granularity = unit;
  const offsetUnit = unit === 'quarter' ? 'month' : unit === 'decade' ? 'year' : unit;
  const size = unit === 'quarter' ? 3 : unit === 'decade' ? 10 : 1;
  return (context) => ({
    value: moveAnchor(
      context.anaphoric.value,
      { amount: amount * size, unit: offsetUnit },
      granularity,
    ),
    granularity,
  });
}

/** "the weekend", "this weekend", "next weekend" at `m`, `step` weeks on, read by tense. */
function weekendByTense(m: RegExpMatchArray, step: number): Resolve {
  return (context, tense) => {
    const date = toLocalDate(pubOrAnchor(context));
    // ISO weeks end on Sunday, so a week's value names the weekend that closes it.
    // "the weekend" said on a weekday is the one just gone, or the coming one when the
    // sentence speaks of the future; "next weekend" is always the coming one, and "this
    // weekend" is too unless the sentence is past, as "this Friday" is, and so is "the
    // weekend" a forecast is for ("the forecast for the weekend calls for snow").
    const onWeekend = date.getDay() === 0 || date.getDay() === 6;
    const ahead =
      tense === 'future' ||
      ((m[2] !== undefined || forecastForBefore(m.input!, m.index!)) && tense !== 'past');
    let weeks = step;
    if (step === 0 && !onWeekend && !ahead) weeks = -1;
    if (step === 1 && !onWeekend) weeks = 0;
    return { value: `${toTimex(addWeeks(date, weeks), 'week')}-WE`, granularity: 'week' };
  };
}

/**
 * "this week", "the end of the year", "late in the month" at `m`, `step` units on: the year or
 * decade of the story where it names one, else the anchor's period, a step back where the
 * words tell one gone by or on where they tell one ahead.
 */
function periodOfStory(
  m: RegExpMatchArray,
  unit: Exclude<PeriodUnit, 'weekend'>,
  step: number,
): Resolve {
  return (context, tense) => {
    const start = m.index!;
    const end = start + m[0].length;
    const anchor = pubOrAnchor(context);
    // "The company was founded in 2015. By the end of the year, it had hired 50 people".
    const storyYear = storyYearOfEndGoneBy(m.input!, start, end, anchor);
    if (storyYear !== undefined) return { value: String(storyYear), granularity: unit };
    // "The company lost money in 1988 but returned to profit late in the year".
    const partYear = storyYearOfPartIn(m.input!, start, end, anchor, tense);
    if (partYear !== undefined) return { value: String(partYear), granularity: unit };
    // "He opened his first restaurant in 1972, and by the end of the decade he owned 14".
    const decade = storyDecade(m.input!, start, end, anchor, tense);
    if (decade !== undefined) return { value: decade, granularity: unit };
    const back = isPeriodGoneBy(m, tense, anchor) ? -1 : 0;
    // "Traders expect heavy volume in the first session of the year", said on 29 December.
    const ahead = isFirstSessionYearAhead(m.input!, start, end, tense, anchor) ? 1 : 0;
    return {
      value: toTimex(SHIFTERS[unit](toLocalDate(anchor), step + back + ahead), unit),
      granularity: unit,
    };
  };
}

/** Whether the words at `m` tell the period before the anchor's: a year, month or week gone by. */
function isPeriodGoneBy(m: RegExpMatchArray, tense: Tense, anchor: string): boolean {
  const words = m[0];
  const before = m.input!.slice(0, m.index);
  const start = m.index!;
  const end = start + words.length;
  return (
    fullYearGoneBy(words, before, tense, anchor) ||
    resultsYearGoneBy(m.input!, start, end, tense, anchor) ||
    marketYearGoneBy(m.input!, start, end, tense, anchor) ||
    // "Stocks rose in the final session of the year", said on 2 January: 1989's.
    isFinalSessionYearGoneBy(m.input!, start, end, tense, anchor) ||
    endOfPeriodGoneBy(m.input!, start, end) ||
    // "Prices rose late in the month", said on 7 November: October.
    isLatePartGoneBy(words, tense, anchor) ||
    // "Bond prices rose early in the week", said on a Monday: the week before.
    isEarlyWeekToldOnMonday(words, tense, anchor, before)
  );
}

/** "this", "last" and "next" before a season, which count it from publication's. */
const COUNTING_DETERMINERS: readonly string[] = ['this', 'last', 'next'];

function isCountingDeterminer(determiner: string | undefined): boolean {
  return determiner !== undefined && COUNTING_DETERMINERS.includes(determiner);
}

// The patterns of the season rule's steps below, built once for every season found.
/** "the fall of the city": "of" after the season. */
const OF_AFTER = /^\s+of\b/i;
const SINCE_BEFORE = /^Since\s+$/;
const THE_AFTER = /^\s+the\s/i;
const SINCE_FIRST = /^since\b/i;

/** What the words around a season at `m` tell of which season it is. */
interface SeasonCues {
  /** "By fall the company had laid off 200 workers": a fronted "By" before a past. */
  byPast: boolean;
  /** "By spring the bridge is expected to reopen": a fronted "By" before a plan. */
  byPlan: boolean;
  /** "Since summer", "By winter we will know": a bare season after a fronted preposition. */
  frontedBare: boolean;
  /** "as winter approaches": the season as the subject of its coming or going. */
  coming: SeasonComing | undefined;
}

/** The cues of the words around a bare or "the" season at `m` (SeasonCues). */
function seasonCues(
  m: RegExpMatchArray,
  determiner: string | undefined,
  published: string,
): SeasonCues {
  const { byPast, byPlan } = frontedByCues(m, determiner, published);
  const after = m.input!.slice(m.index! + m[0].length);
  const frontedBare =
    determiner === undefined &&
    FRONTED_SEASON_BEFORE_THE.test(m.input!.slice(0, m.index!)) &&
    !OF_AFTER.test(after) &&
    (SINCE_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 6), m.index!)) ||
      byPast ||
      byPlan ||
      AHEAD_IN_CLAUSE.test(after.replace(COMMA_FIRST, '')));
  // "as winter approaches", "as the winter draws in", "after summer ended": a season, bare or
  // after "the", after a conjunction of time, the subject of a verb of its coming or going
  // (seasonComing).
  const coming =
    (determiner === undefined || determiner === 'the') && !m[1] && !m[4]
      ? seasonComing(m.input!, m.index!, m.index! + m[0].length)
      : undefined;
  return { byPast, byPlan, frontedBare, coming };
}

/**
 * A bare season after a fronted "By": one gone by where the clause after it is told in the past
 * (`byPast`), the coming one where it tells a plan (`byPlan`).
 */
function frontedByCues(
  m: RegExpMatchArray,
  determiner: string | undefined,
  published: string,
): { byPast: boolean; byPlan: boolean } {
  // "the fall" alone may be a fall ("the fall of the city"); the season is the time a thing
  // is put off to ("was pushed to the fall"), unless "of" follows ("delayed until the fall of
  // the government"). A bare "fall" right after a preposition opening the sentence ("By fall
  // we'll know", "Until fall, rents stay frozen") is the season, as "By spring" is, and goes
  // on to the same tests of the words after it (timePreposition); a tumble there takes "the".
  // Only when its clause names one fall, as AHEAD_IN_CLAUSE tells, comma or none: "During
  // fall, the museum extends its hours" tells a habit of every fall ("Since" names one).
  const fronted =
    determiner === undefined && !m[1] && !m[4] && FRONTED_BY.test(m.input!.slice(0, m.index!));
  const after = m.input!.slice(m.index! + m[0].length);
  const byPast =
    fronted &&
    !OF_AFTER.test(after) &&
    !AHEAD_IN_SENTENCE.test(after) &&
    PAST_IN_CLAUSE.test(after);
  // "By spring the bridge is expected to reopen", "By fall the city plans to repair roads":
  // a fronted "By" before a clause looking ahead by a plan, not a modal, names the coming
  // season. Told in the past ("was expected to") only while nothing points to a time gone
  // by: a plan told to have failed ("but work dragged on") or a past year named before.
  const planClause = after.replace(COMMA_FIRST, '');
  const byPlan =
    fronted &&
    !byPast &&
    (PLAN_AHEAD_IN_CLAUSE.test(planClause) ||
      (PLAN_AHEAD_TOLD_PAST.test(planClause) &&
        !PLAN_TOLD_FAILED.test(planClause) &&
        pastYearNamedBefore(m.input!.slice(Math.max(0, m.index! - 300), m.index!), published) ===
          undefined));
  return { byPast, byPlan };
}

/**
 * Whether "fall" at `m` is a tumble or a drop, not the season: with no year, no "this", "last"
 * or "next", no fronted preposition or coming, and no verb putting a thing off to it, looking
 * ahead to it or wishing for it, nor a deadline before it.
 */
function isFallNoSeason(
  m: RegExpMatchArray,
  determiner: string | undefined,
  { frontedBare, coming }: SeasonCues,
): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  return (
    m[3]!.toLowerCase() === 'fall' &&
    !m[4] &&
    !frontedBare &&
    !coming &&
    !isCountingDeterminer(determiner) &&
    (FALL_OF_OR_IN.test(m.input!.slice(end)) ||
      (postponementBefore(m.input!, start) !== 'to' &&
        !fallAhead(m.input!, start) &&
        !fallPlannedFor(m.input!, start) &&
        !isFallByWish(m.input!, start, end) &&
        !isFallHabit(m.input!, start, end, determiner) &&
        !(
          determiner !== 'in' &&
          (FALL_AFTER.test(m.input!.slice(Math.max(0, start - 8), start)) ||
            FALL_BY_DEADLINE.test(m.input!.slice(Math.max(0, start - 60), start)))
        )))
  );
}

/** "by summer", "until fall", "through spring": a bare season after a preposition of time. */
function isSeasonAfterTimePreposition(
  m: RegExpMatchArray,
  { byPast, byPlan }: SeasonCues,
): boolean {
  const after = m.input!.slice(m.index! + m[0].length);
  const preposition = SEASON_AFTER.exec(m.input!.slice(Math.max(0, m.index! - 12), m.index!));
  return (
    preposition !== null &&
    (!CAPITALISED.test(m[3]!) || CAPITALISED.test(preposition[0])) &&
    (CLAUSE_GOES_ON_AFTER_SEASON.test(after) ||
      ((SUBJECT_AFTER_SEASON.test(after) ||
        (FRONTED_SEASON_BEFORE_THE.test(m.input!.slice(0, m.index!)) && THE_AFTER.test(after))) &&
        (SINCE_FIRST.test(preposition[0]) || byPast || byPlan || AHEAD_IN_CLAUSE.test(after))))
  );
}

/** Whether a capitalised season at `m` with no year opens a name or is an era's name. */
function isSeasonInName(m: RegExpMatchArray, determiner: string | undefined): boolean {
  if (!CAPITALISED.test(m[3]!) || m[4] || isCountingDeterminer(determiner)) return false;
  const end = m.index! + m[0].length;
  // "the Summer Olympics", "the Winter Palace", "The Spring Statement": a capitalised season
  // before a capitalised word opens a name, unless "this", "last" or "next" counts it, or a
  // preposition opening the sentence takes it ("In Summer Congress usually takes a recess").
  if (
    (!SENTENCE_OPENING_PREPOSITION.test(m.input!.slice(0, end - m[3]!.length)) ||
      SEASON_NAME_HEADS.test(m.input!.slice(end))) &&
    capitalisedWordAfter(m.input!, end)
  )
    return true;
  // "the Winter of Discontent", "the Summer of Love": an era's name, whatever takes it.
  return isSeasonNamedOf(m.input!, end);
}

/** Whether the season at `m` is every such season, a habit told of any year's (XXXX). */
function isEverySeason(
  m: RegExpMatchArray,
  determiner: string | undefined,
  coming: SeasonComing | undefined,
): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  return (
    coming?.habit ||
    isHabitualSeason(m.input!, start, end, m[2]) ||
    // "Sailings run twice a day in winter": a frequency in the present makes the season any
    // year's (frequencySeasonHabit).
    isFrequencySeasonHabit(m.input!, start, end, m[2]) ||
    // "In winter the harbour freezes over": a season opening a sentence in the present is
    // every such season (frontedSeasonHabit).
    (!m[1] &&
      (determiner === 'in' || determiner === 'the') &&
      isFrontedSeasonHabit(m.input!, start, end))
  );
}

/**
 * "She was born in Ohio in 1990, just as spring began": a season gone by after a conjunction
 * takes the past year its story names, as a fronted "By" does, or one named after it in its
 * sentence ("Enrolment fell after summer ended last year").
 */
function seasonStoryYear(
  m: RegExpMatchArray,
  { byPast, coming }: SeasonCues,
  published: string,
): number | undefined {
  if (!byPast && coming?.tense !== 'past') return undefined;
  const end = m.index! + m[0].length;
  const before = m.input!.slice(Math.max(0, m.index! - 300), m.index!);
  return (
    pastYearNamedBefore(byPast ? before : before.replace(SIDE_CLAUSE, ','), published) ??
    (coming?.tense === 'past'
      ? pastYearNamedBefore(
          sentenceAt(m.input!, m.index!, end).slice(end - sentenceStartAt(m.input!, m.index!)),
          published,
        )
      : undefined)
  );
}

/**
 * A season at `m` of the year the story names before it, else by the tense the words tell: the
 * last one after a fall told of or a fronted "By" and a past, the coming one after a plan.
 */
function seasonOfStoryOrTense(
  m: RegExpMatchArray,
  season: Season,
  determiner: string | undefined,
  told: boolean,
  { byPast, byPlan, coming }: SeasonCues,
  published: string,
): Resolve {
  const end = m.index! + m[0].length;
  return (_c, tense, verbBefore) => {
    // "In the summer of 1966 she moved to Paris; by the autumn she was teaching".
    // "The mayor, elected in 2022, faced protests in the spring": the aside's year is not
    // the story's.
    const storyYearOfSeason = storySeasonYear(
      m.input!.slice(0, m.index!).replace(SIDE_CLAUSE, ','),
      m.input!.slice(end),
      determiner,
      told || byPast ? 'past' : (coming?.tense ?? tense),
      published,
    );
    if (storyYearOfSeason !== undefined)
      return { value: `${storyYearOfSeason}-${season}`, granularity: 'season' };
    return {
      value: seasonByTense(
        season,
        published,
        told || byPast
          ? 'past'
          : byPlan ||
              verbBefore === 'ahead' ||
              (determiner === 'this' &&
                isThisWinterToldAhead(m.input!.slice(0, m.index!), m.input!.slice(end)))
            ? 'future'
            : (coming?.tense ?? tense),
        determiner,
      ),
      granularity: 'season',
    };
  };
}

// "throughout the week": the article that opens the words and the "throughout" before them.
const THE_OPENS = /^the\s/i;
const THROUGHOUT_BEFORE = /\bthroughout\s+$/i;
// "before last" of "the weekend before last", against "after next".
const BEFORE_LAST_OPENS = /^before/i;

const RULES: Rule[] = [
  // this week, next week, last year, the past month, the coming quarter, (at the end of) this year,
  // this decade, by the end of the decade, the current fiscal year (British "financial year"); "for
  // the full year", "expect the full year to be…", "the first nine months of the year" (the year of
  // publication, as "this year", but not "for the year ended June 30", which TimeML mode marks as a
  // duration); "the weekend", "the holiday weekend" after a preposition ("by the weekend",
  // "including the weekend": not its Saturday, as chrono-node reads it), a share of it ("much of
  // the weekend", "most of the weekend", "for part of the weekend", but not the "part of the
  // weekend" a thing belongs to: "a big part of the weekend for families", "part of the weekend
  // edition"), a form of "spend" or opening a sentence ("The weekend saw", "spent the weekend");
  // "the first week of the year", "the last month of the year", "the first day of the year" (the
  // year's start or end, as "the first week of this year" is; not "the first week of the year
  // 2025", whose year is named), where "the busiest day of the year" stays unread in the news
  // reading; "the first trading day of the year" and the year of "the year's last session" or "the
  // year's first trading day" (its first or last session, as "the final session of the year" is)
  {
    pattern: new RegExp(
      `\\b${MOD_SOURCE}?(?:(?:the\\s+|${THIS_BEFORE_DIRECTION})?(this|last|next|past|previous|coming|current|following|same)\\s+|(?<=(?:beginning|start|end|middle|turn|close|half|quarter|(?:first|second|middle|last|final)\\s+third|rest|course|days|weeks|months) of |(?:earlier|later|early|late) in )the\\s+|(?<=\\bthe (?:first|last|final) (?:week|month|(?:trading\\s+)?session|trading\\s+day) of )the\\s+(?=year\\b(?!\\s+\\d|['’-]))|the\\s+(?=year['’]s\\s+(?:first|last|final)\\s+${YEAR_SESSION_NOUN}\\b)|${SHARE_OF_PERIOD_SOURCE}|${WEEK_THROUGHOUT_SOURCE}|(?:(?<=\\b(?:for|during|throughout) )the\\s+(?:full\\s+|whole\\s+|entire\\s+)?|(?<=\\b(?:over|${EXPECT_VERB}) )the\\s+(?:${WHOLE_WORD})\\s+)(?=(?:fiscal\\s+|financial\\s+)?year\\b(?!\\s+(?:(?:ended|ending|to(?!\\s+be\\b)|before|after|earlier|later|ago|of\\s+(?:the|a|an|his|her|its|our|their)|in|when|that)\\b|\\d)|['’-]))|(?<=\\b(?:at|over|during|for|on|until|till|through|by|before|after|into|since|across|throughout|including|excluding|spen[dt]|spends|spending|(?:much|most|(?<=\\b(?:for|during|over|through|spen[dt]|spends|spending)\\s+)part|all|some|the\\s+bulk)\\s+of) |^|[.!?]\\s+)the\\s+(?:(?:holiday|long|bank\\s+holiday|whole|entire)\\s+)?(?=weekend\\b(?!\\s+of\\b)))(?:(?:fiscal|financial)\\s+(?=year\\b))?(week|month|year|quarter|weekend|decade)\\b${NOT_REPEATED}`,
      'gi',
    ),
    read: (m, published) => {
      const word = (m[2] ?? 'this').toLowerCase();
      const unit = m[3]!.toLowerCase() as PeriodUnit;
      const mod = modOf(m[1]);
      // "In January 1988, analysts expected the full year to be strong": the year expected is the
      // one the sentence names before it, not publication's; read nothing then.
      if (isExpectedYearOfNamedYear(m.input!, m.index!, m[0])) return undefined;
      // "the last quarter of the year" is its fourth quarter (the quarter rule below).
      if (word === 'last' && unit === 'quarter' && ofYearAfter(m.input!, m.index! + m[0].length))
        return undefined;
      if (word === 'following' || word === 'previous' || word === 'same') {
        if (unit === 'weekend') return undefined;
        return { anaphoric: true, mod, resolve: periodFromAnchor(word, unit) };
      }
      // "Aftershocks continued throughout the week": the week of publication, unless a present tells
      // a habit of any week or a past is told on a Monday (weekThroughout).
      if (
        unit === 'week' &&
        THE_OPENS.test(m[0]) &&
        THROUGHOUT_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 12), m.index!)) &&
        !isWeekThroughoutTold(m.input!, m.index!, m.index! + m[0].length, published)
      )
        return undefined;
      const step =
        word === 'next' || word === 'coming' ? 1 : word === 'last' || word === 'past' ? -1 : 0;
      if (unit === 'weekend') return { mod, resolve: weekendByTense(m, step) };
      return { mod, resolve: periodOfStory(m, unit, step) };
    },
  },
  // "Born in 1938, she spent most of the decade in Canada": the decade of the story's year
  // (STORY_DECADE_WORDS, storyDecade); "The shares have underperformed for most of the decade"
  // with no year or decade named, the decade under way (isShareOfDecadeUnderWay).
  {
    pattern: STORY_DECADE_WORDS,
    read: (m, published) => {
      const start = m.index!;
      const end = start + m[0].length;
      const tense = tenseAround(m.input!, start, end);
      const decade = storyDecade(m.input!, start, end, published, tense);
      if (decade === undefined && isShareOfDecadeUnderWay(m.input!, start, tense, published)) {
        return { resolve: fixed(`${published.slice(0, 3)}X`, 'decade') };
      }
      return decade === undefined || storyYearEndsDecade(m.input!, start, published)
        ? undefined
        : { resolve: fixed(decade, 'decade') };
    },
  },
  // "House prices ended the year 2% higher", "The company ended the quarter with $3 billion in
  // cash": the period gone by at publication (periodEndedGoneBy).
  {
    pattern: PERIOD_ENDED,
    read: (m, published) => {
      const unit = m[1]!.toLowerCase() as EndedUnit;
      const value = periodEndedGoneBy(m.input!, m.index!, unit, pub(published));
      return value === undefined ? undefined : { resolve: fixed(value, unit) };
    },
  },
  // "Both campaigns will spend the final weekend in Florida": the weekend, not chrono's Saturday
  // (finalWeekend).
  {
    pattern: FINAL_WEEKEND,
    read: () => ({
      resolve: (context, tense) => ({
        value: finalWeekend(toLocalDate(pubOrAnchor(context)), tense),
        granularity: 'week',
      }),
    }),
  },
  // "the weekend before last", "the weekend after next": a weekend beyond "last weekend" (two
  // weekends ago) or "next weekend" (the coming one, or the one after it said at the weekend).
  {
    pattern: /\bthe\s+weekend\s+(before\s+last|after\s+next)\b(?!\s+(?:year|month|week)\b|['’])/gi,
    read: (m) => ({
      resolve: (context) => {
        const date = toLocalDate(pubOrAnchor(context));
        const onWeekend = date.getDay() === 0 || date.getDay() === 6;
        const weeks = BEFORE_LAST_OPENS.test(m[1]!) ? -2 : onWeekend ? 2 : 1;
        return { value: `${toTimex(addWeeks(date, weeks), 'week')}-WE`, granularity: 'week' };
      },
    }),
  },
  // "by year-end", "at year's end", "at month-end": the end of the publication year or month;
  // "by year end", written open as the business pages often write it, too. Only after a
  // preposition, where it cannot be an adjective ("year-end bonuses"), and the open form not
  // before a noun it would modify ("at year end bonuses", "by year end 1990") nor before the year
  // it is the end of ("at year end of 1988", "by year end in 1991", "Cash at year end for 2025").
  {
    pattern:
      /(?<=\b(?:by|at|before|until|till|through|around|near|toward|towards)\s+)(year|month)(?:-end|['’]s\s+end|\s+end(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|as|when|the|a|an|its|their|his|her|to|at|from|with)\b|\s+(?:in|for)\b(?!\s+(?:fiscal\s+)?(?:19|20)\d\d\b)))\b/gi,
    read: (m, published) => ({
      mod: 'END',
      resolve:
        m[1]!.toLowerCase() === 'year'
          ? fixed(String(pub(published).getFullYear()), 'year')
          : fixed(toTimex(pub(published), 'month'), 'month'),
    }),
  },
  // "as the year-end holiday approached", "left early for the year-end holidays": the holidays
  // that close a year, the publication year's end, but the year just gone in January when told in
  // the past ("Sales during the year-end holidays were disappointing", said on 3 January 1990).
  // Not after a year or a possessive that gives another ("the 1988 year-end holidays", "last
  // year's year-end holidays"), left unread.
  {
    pattern: /(?<!\b(?:19|20)\d\d\s+|['’]s\s+)\byear[-\s]end(?=\s+holidays?\b)/gi,
    read: (m, published) => {
      const date = pub(published);
      const back =
        date.getMonth() === 0 && tenseAround(m.input!, m.index!, m.index! + m[0].length) === 'past';
      return { mod: 'END', resolve: fixed(String(date.getFullYear() - (back ? 1 : 0)), 'year') };
    },
  },
  // "by midyear", "at mid-month": the middle of the publication year or month, after a
  // preposition as "year-end" is ("midyear bonuses", "a mid-year review" are adjectives); in a
  // past clause before the middle is reached, the last one's.
  {
    pattern:
      /(?<=\b(?:by|at|before|until|till|through|around|near|toward|towards)\s+)mid-?(year|month)\b(?!-)/gi,
    read: (m, published) => {
      // "Prices eased at mid-month", said on 2 April: a past middle not yet reached this month
      // (or year) is last month's (or last year's).
      const date = pub(published);
      const past = tenseAround(m.input!, m.index!, m.index! + m[0].length) === 'past';
      const year = m[1]!.toLowerCase() === 'year';
      const back = past && (year ? date.getMonth() < 6 : date.getDate() < 15);
      return {
        mod: 'MID',
        resolve: year
          ? fixed(String(date.getFullYear() - (back ? 1 : 0)), 'year')
          : fixed(toTimex(addMonths(date, back ? -1 : 0), 'month'), 'month'),
      };
    },
  },
  // spring 2022, last summer, in the autumn, early winter, "comes out in the fall", "the summer
  // season of 1999" (the season's year, as "the summer of 1999" is); "all summer",
  // the whole of the season, read by tense as "the summer" is ("It rained all summer"), but not
  // "all fall", a verb ("prices all fall"), nor "all" before anything but the clause's end (see
  // ALL_SEASON_ENDS).
  {
    pattern: new RegExp(
      `\\b${MOD_SOURCE}?(?:(this\\s+past|this\\s+coming|this|last|next|the|in|all${ALL_SEASON_ENDS})\\s+)?(${SEASON_PATTERN})(?:(?:\\s+season)?\\s+(?:of\\s+)?(\\d{4}))?\\b`,
      'gi',
    ),
    read: (m, published) => {
      const season = SEASON_CODES[m[3]!.toLowerCase()]!;
      if (/^all$/i.test(m[2] ?? '') && (m[1] || m[4] || season === 'FA')) return undefined;
      // "this past spring" is the last one, "this coming winter" the next.
      const determiner = m[2]
        ?.toLowerCase()
        .replace(/^this\s+past$/, 'last')
        .replace(/^this\s+coming$/, 'next');
      // "The summer terminal reopened", "the winter storm": a kind of thing, no season.
      if (
        determiner === 'the' &&
        !m[1] &&
        !m[4] &&
        isSeasonBeforeNoun(m.input!, m.index! + m[0].length)
      )
        return undefined;
      const cues = seasonCues(m, determiner, published);
      if (isFallNoSeason(m, determiner, cues)) return undefined;
      const told =
        m[3]!.toLowerCase() === 'fall' &&
        !m[4] &&
        !isCountingDeterminer(determiner) &&
        fallTold(m.input!, m.index!, published);
      const timePreposition = isSeasonAfterTimePreposition(m, cues);
      if (!m[4] && !determiner && !m[1] && !timePreposition && !cues.coming) return undefined;
      if (isSeasonInName(m, determiner)) return undefined;
      const mod = modOf(m[1]);
      if (m[4]) return { mod, resolve: fixed(`${m[4]}-${season}`, 'season') };
      // "the autumn of the 1987 crash", "the summer of love in 1967": the event's year.
      const eventYear =
        determiner === 'the'
          ? seasonOfYearEvent(season, m.input!.slice(m.index! + m[0].length))
          : undefined;
      if (eventYear !== undefined)
        return { mod, resolve: fixed(`${eventYear}-${season}`, 'season') };
      // "relive the summer of love": the era's allusion, no season (isSeasonOfLove).
      if (
        season === 'SU' &&
        !isCountingDeterminer(determiner) &&
        isSeasonOfLove(m.input!, m.index! + m[0].length)
      )
        return undefined;
      if (isEverySeason(m, determiner, cues.coming))
        return { mod, resolve: fixed(`XXXX-${season}`, 'season') };
      const storyYear = seasonStoryYear(m, cues, published);
      if (storyYear !== undefined)
        return { mod, resolve: fixed(`${storyYear}-${season}`, 'season') };
      return { mod, resolve: seasonOfStoryOrTense(m, season, determiner, told, cues, published) };
    },
  },
  // the third quarter (of 2024, of the year 2024), Q3 2025, Q3 FY25, FY25 Q3, the final quarter,
  // the fiscal first quarter; "the first quarter of the year" is one quarter in TimeML, read by
  // tense as a bare one is, unless "the year" is told apart ("of the year before", "of the year
  // earlier"); "the" is not part of a quarter used as an adjective ("the third-quarter loss"), as
  // TimeML marks it.
  // After "a" or "another", a quarter closing its phrase is counted, not named ("rose for a
  // second quarter", "a third quarter in a row"), while "a second-quarter loss" names it.
  {
    pattern: new RegExp(
      `\\b(?:(?:the\\s+(?=(?:fiscal[\\s-]+)?\\w+\\squarter))?(?:fiscal[\\s-]+)?(${QUARTER_WORD_SOURCE}|${LAST_OF_YEAR_SOURCE})[\\s-]quarter(?:\\s+of\\s+(?:the\\s+year\\s+|fiscal\\s+)?(\\d{4})(?![-–/]\\d)|\\s+(?:of\\s+)?(this|last|next)\\s+year|\\s+of\\s+the\\s+year(?![-'’]|\\s+(?:before|earlier|ago|after|later|prior|\\d)))?|Q([1-4])(?:\\s+(?:of\\s+)?(\\d{4})|\\s+${FISCAL_YEAR_SOURCE})?|${FISCAL_YEAR_SOURCE}\\s+Q([1-4]))\\b`,
      'gi',
    ),
    read: (m, published) => {
      if (
        m[1] &&
        !m[2] &&
        !m[3] &&
        COUNTING_DETERMINER.test(m.input!.slice(0, m.index)) &&
        /^\s*(?:[,.;:!?)]|$|(?:of|in a row|running|since|straight)\b)/i.test(
          m.input!.slice(m.index! + m[0].length),
        )
      )
        return 'counted';
      // "He scored 12 points in the fourth quarter": a quarter of a game, claimed with no date;
      // "of the year" tells it is not ("rebound in the second quarter of the year").
      const ofTheYear = /\bof\s+the\s+year$/i.test(m[0]);
      if (
        m[1] &&
        !m[2] &&
        !m[3] &&
        !ofTheYear &&
        isGameQuarter(m.input!, m.index!, m.index! + m[0].length)
      )
        return 'counted';
      const quarter =
        (m[4] ?? m[8]) ? Number(m[4] ?? m[8]) : (QUARTER_WORDS[m[1]!.toLowerCase()] ?? 4);
      const fiscal = m[6] ?? m[7];
      const year = m[2] ?? m[5] ?? (fiscal && shortYear(fiscal, published));
      if (year) return { resolve: fixed(`${year}-Q${quarter}`, 'quarter') };
      if (m[3]) {
        const which = m[3].toLowerCase();
        const y = pub(published).getFullYear() + UNIT_SHIFT[which]!;
        return { resolve: fixed(`${y}-Q${quarter}`, 'quarter') };
      }
      return {
        // "will return to profit in the fourth quarter of the year", said in January: the year's
        // quarter ahead, not the one just ended that results are reported for.
        resolve: (_c, tense, verbBefore) => ({
          value: periodByTense(
            quarter,
            QUARTER,
            published,
            tense,
            verbBefore ??
              // "will begin production in the third quarter", said in November: a deed told
              // ahead is never in the quarter just ended.
              ((ofTheYear || isDeedAheadInQuarter(m.input!, m.index!)) && tense === 'future'
                ? 'ahead'
                : undefined),
          ),
          granularity: 'quarter',
        }),
      };
    },
  },
  // the nineties, the early sixties: a decade in words needs "the" ("in his sixties" is an age),
  // and is not a temperature ("the low nineties", "the nineties degrees", nor after a word of
  // heat in its sentence, TEMPERATURE_BEFORE). Spoken with its century ("the nineteen eighties",
  // "the eighteen nineties", as broadcast transcripts spell 1980s), it is that century's decade.
  {
    pattern:
      /\bthe\s+(?:(early|mid|late)(?:-|\s+))?(?:(eighteen|nineteen)[-\s]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b(?!\s+degrees)/gi,
    read: (m) => {
      // "Temperatures will stay below freezing, then climb into the forties": a reading of heat.
      const sentence = m
        .input!.slice(0, m.index)
        .split(/[.!?]\s+(?=[A-Z"“])/)
        .at(-1)!;
      // "Temperatures have risen since the seventies": after "since" it is a time all the same.
      if (TEMPERATURE_BEFORE.test(sentence) && !/\bsince\s+$/i.test(sentence)) return undefined;
      const digit = DECADE_WORDS.indexOf(m[3]!.toLowerCase()) + 2;
      const century = m[2]?.toLowerCase() === 'eighteen' ? '18' : '19';
      return { mod: modOf(m[1]), resolve: fixed(`${century}${digit}X`, 'decade') };
    },
  },
  // the 1990s, the early 2000s, the '90s ("the" before "early" belongs to the expression)
  {
    pattern: new RegExp(
      `\\b(?:the\\s+(?=early|mid|late))?${MOD_SOURCE}?(?:the\\s+)?(?:(\\d{3})0s|['’](\\d)0s)\\b`,
      'gi',
    ),
    read: (m) => {
      // "the 1800s", "the late 1900s": a year's hundreds with an s is the hundred years, the
      // century TimeML writes as 18 (the model has no centuries, so the interval of its years).
      if (m[2] && /^1\d0$/.test(m[2])) {
        const hundreds = m[2].slice(0, 2);
        return { mod: modOf(m[1]), resolve: fixed(`${hundreds}00/${hundreds}99`, 'span') };
      }
      const decade = m[2] ?? (Number(m[3]) >= 3 ? `19${m[3]}` : `20${m[3]}`);
      return { mod: modOf(m[1]), resolve: fixed(`${decade}X`, 'decade') };
    },
  },
  // mid-July, late June 2021, the end of March; not "late March 4.", a day whose part is late
  // (but "by mid-May 10 people had died" is mid-May and a count)
  {
    pattern: new RegExp(
      `\\b${MOD_SOURCE}${MONTH_SOURCE}(?:,?\\s+(\\d{4}))?\\b(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:[,.;:)]|\\s*$|\\s+(?:\\d{4}|at|in|on|when|local|and|or)\\b))`,
      'gi',
    ),
    priority: 2,
    read: (m, published) => {
      const month = monthNumber(m[2]!);
      if (month < 1 || (m[2]!.toLowerCase() === 'may' && !CAPITALISED.test(m[2]!)))
        return undefined;
      const mod = modOf(m[1]);
      if (!mod) return undefined;
      if (m[3]) return { mod, resolve: fixed(`${m[3]}-${pad(month)}`, 'month') };
      // "The justices typically issue their rulings in late June": a habit's part of a month is
      // any year's, as the month alone is.
      if (isHabitualMonth(m.input!, m.index!, m.index! + m[0].length))
        return { mod, resolve: fixed(`XXXX-${pad(month)}`, 'month') };
      return {
        mod,
        resolve: (_c, tense, verbBefore) => ({
          value:
            expectedMonthOfYearNamed(m.input!.slice(0, m.index!), month, published) ??
            monthByTense(
              month,
              published,
              expectedMonthTense(
                m.input!.slice(0, m.index!),
                m.input!.slice(m.index! + m[0].length),
                month,
                published,
                presentChangeMonthTense(
                  sentenceAround(m.input!, m.index!, m.index! + m[0].length).before,
                  sentenceAround(m.input!, m.index!, m.index! + m[0].length).after,
                  month,
                  published,
                  tense,
                ),
              ),
              undefined,
              verbBefore,
            ),
          granularity: 'month',
        }),
      };
    },
  },
  // "October this year", "April next year": the month of the year named after it; "14 March this
  // year", "March 14 last year", "the 3rd of May next year": that day of it.
  {
    pattern: new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MOD_SOURCE}?${MONTH_SOURCE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(this|next|last)\\s+year\\b`,
      'gi',
    ),
    priority: 2,
    read: (m, published) => {
      const [, dayBefore, modWords, name, dayAfter, which] = m;
      const month = monthNumber(name!);
      if (month < 1 || !CAPITALISED.test(name!)) return undefined;
      const year = pub(published).getFullYear() + UNIT_SHIFT[which!.toLowerCase()]!;
      const day = dayBefore ?? dayAfter;
      if (day === undefined || modWords !== undefined || (dayBefore && dayAfter)) {
        if (day !== undefined) return undefined;
        return { mod: modOf(modWords), resolve: fixed(`${year}-${pad(month)}`, 'month') };
      }
      const date = new Date(year, month - 1, Number(day));
      if (date.getMonth() !== month - 1) return undefined;
      return { resolve: fixed(`${year}-${pad(month)}-${pad(Number(day))}`, 'day') };
    },
  },
  // in 1892, since 1648: older years only after a preposition, where they cannot be a count
  {
    pattern:
      /(?<=\b(?:in|since|of|from|until|by|before|after|around|circa|c\.) )1[0-8]\d{2}\b(?![\d%,.:/-]\d)/g,
    priority: 0,
    read: (m) => ({ resolve: fixed(m[0], 'year') }),
  },
  // FY25, FY2026, Late FY99: a fiscal year as "fiscal 2026" is, the year it names. The modifier
  // may be capitalised; "FY" may not ("fy" is no shorthand).
  {
    pattern: new RegExp(`\\b${MOD_SOURCE}?${FISCAL_YEAR_SOURCE}`, 'gi'),
    read: (m, published) =>
      m[0].includes('FY')
        ? { mod: modOf(m[1]), resolve: fixed(shortYear(m[2]!, published), 'year') }
        : undefined,
  },
  // "by the year 2100", "By 2100, sea levels …": a year past 2099 only where nothing else can be
  // meant, after "the year", or after "by", "through" or "beyond" closing its clause; not after a
  // verb of change ("rose by 2100" is a number) nor in a sentence that tells the clock ("Curfew
  // runs from 1900 until 2100", "left at 1800 and was back by 2100"). "until" and "before" are
  // left out: "returned before 2100" is a time.
  {
    pattern: new RegExp(
      `(?:(?<=\\bthe\\s+year\\s+)(21\\d{2})\\b(?![\\d,.]\\d)|(?<=(?<!\\b(?:${CHANGE_VERB})\\s+)\\b(?:by|through|beyond)\\s+)(21\\d{2})(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|$)))`,
      'gi',
    ),
    read: (m) => {
      if (m[2]) {
        const { before, after } = sentenceAround(m.input!, m.index!, m.index! + m[0].length);
        if (CLOCK_WORDS.test(`${before} ${after}`)) return undefined;
      }
      return { resolve: fixed((m[1] ?? m[2])!, 'year') };
    },
  },
  // in 2019, early 2025, mid-2024, the end of 2024; a four-digit year standing alone; "fiscal
  // 2027" and "calendar 2027" (as firms tell the calendar year from their fiscal one) whole
  {
    pattern: new RegExp(
      `(?<![\\d$£€.,:/-])\\b${MOD_SOURCE}?(?:(?:fiscal|calendar)\\s+)?((?:19|20)\\d{2})\\b(?![\\d%,.:/-]\\d|\\s*(?:%|percent|per cent))`,
      'gi',
    ),
    priority: 0,
    read: (m) => {
      // "Tickets for The 1975", "a show by The 1975": a capital "The" after a lowercase word on
      // the same line opens a name, the band's or a title's, and the year in it is no date. Not
      // after a line break (a headline or byline above) or a capital word ("Why The 2024 Election
      // Still Haunts", "3:45 p.m. ET The 2025 list").
      const lead = m.input!.slice(Math.max(0, m.index! - 60), m.index);
      if (!m[1] && /(?<![\w'’-])[a-z][\w'’-]*[,;]?[ \t]+The[ \t]+$/.test(lead)) return undefined;
      const at = m.index! + m[0].length - m[2]!.length;
      if (!m[1] && isYearCountOrName(m.input!, at, at + m[2]!.length)) return undefined;
      const mod = modOf(m[1]);
      return { mod, resolve: fixed(m[2]!, 'year') };
    },
  },
];

/** What "this"/"next"/"last" count from: the publication date, or the caller's anchor. */
function pubOrAnchor(context: ReadingContext): string {
  const value = context.deictic.value;
  return dayOfValue(value) ?? context.published;
}

/**
 * Periods chrono-node does not keep: weeks, months and years counted from publication ("next
 * week", "last year", "the end of the month"), seasons, quarters, bare years and decades, and
 * early/mid/late (TIMEX mod START/MID/END).
 */
export const readPeriods: Pass = (text, { published, timeml }) => {
  const readings: Reading[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      // "ABC's \"This Week\"", "Next Year in Jerusalem": a capitalised unit after a first word
      // is a title, as "60 Minutes" is.
      if (/\s(?:Week|Weekend|Month|Year|Quarter|Decade|Century)$/.test(m[0])) continue;
      const read = rule.read(m, published);
      if (!read) continue;
      const start = m.index;
      // "the first quarter of the year": TimeML's extent takes the year in; the news reading
      // keeps the quarter's own words, as its labelled sets do, and claims " of the year" so the
      // quarter's year is no mention of its own.
      const ofTheYear = timeml ? null : /(?<=quarter)\s+of\s+the\s+year$/i.exec(m[0]);
      const end = start + (ofTheYear ? ofTheYear.index : m[0].length);
      if (ofTheYear) readings.push(claimedWords(end, start + m[0].length));
      if (read === 'counted') {
        readings.push(countedClaim(text, start, end));
        continue;
      }
      readings.push({
        start,
        end,
        priority: rule.priority ?? 2,
        anaphoric: read.anaphoric,
        resolve: (context) => {
          // "The launch, delayed to the second quarter, went ahead": a past clause after the new
          // time says it is gone by, as it does for a month.
          const tense = tenseAround(text, start, end);
          const { value, granularity } = read.resolve(
            context,
            tense,
            movesAheadTo(text, start) && tense !== 'past' ? 'ahead' : undefined,
          );
          return {
            type: 'DATE',
            value,
            granularity,
            ...(read.mod && { mod: read.mod }),
            anchor: read.anaphoric ? context.anaphoric.source : context.deictic.source,
          };
        },
      });
    }
  }
  return readings;
};
