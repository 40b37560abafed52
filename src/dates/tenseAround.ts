import { CLAUSE_STOP } from './clauseStop.ts';
import { isPeriodInReportedForecast } from './isPeriodInReportedForecast.ts';
import { BE_OR_HAVE } from './beOrHave.ts';
import { isFrontedDayFollowedFixture } from './isFrontedDayFollowedFixture.ts';
import { isFrontedDayOfPresentSaying } from './isFrontedDayOfPresentSaying.ts';
import { isFrontedDayPluralFixture } from './isFrontedDayPluralFixture.ts';
import { PLAN_TOLD_BEFORE } from './planToldBefore.ts';
import { isRecapInPresent } from './isRecapInPresent.ts';
import { backInGoneBy } from './backInGoneBy.ts';
import { countdownBefore, countdownWordBlanked } from './countdownBefore.ts';
import { isDutyGoneBy } from './isDutyGoneBy.ts';
import { isFrontedUntilGoneBy } from './isFrontedUntilGoneBy.ts';
import { isPastStayUntil } from './isPastStayUntil.ts';
import { continuedDayEvent } from './continuedDayEvent.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { withoutClosedRelatives } from './withoutClosedRelatives.ts';
import { isComplementParticiple } from './isComplementParticiple.ts';
import {
  DEADLINE_APPOSED_BEFORE,
  DEADLINE_APPOSED_GONE_AFTER,
  DEADLINE_GONE_AFTER,
  DEADLINE_GONE_APPOSED_BEFORE,
  DEADLINE_GONE_BEFORE,
  DEADLINE_NOUN,
  DEADLINE_SUBJECT,
} from './deadlineNoun.ts';
import { DETERMINER } from './determiner.ts';
import { maskParticipleAdjunct } from './maskParticipleAdjunct.ts';
import { FIXTURE, FUTURE_CUE, PRESENT_SCHEDULE } from './futureCue.ts';
import { isInstructionOutcomeTold } from './isInstructionOutcomeTold.ts';
import { PAST_EFFECTIVE } from './pastEffective.ts';
import { RECORDED_THING } from './recordedThing.ts';
import { REGULAR_PAST, regularPastOfStem } from './regularPast.ts';
import { RETROACTIVE_TO } from './retroactiveTo.ts';
import { withoutHypotheticalCondition } from './withoutHypotheticalCondition.ts';
import { isUnmetConditionAhead } from './isUnmetConditionAhead.ts';
import { IN_TIME_FOR } from './inTimeFor.ts';
import { IRREGULAR_PARTICIPLE, IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { electionOnDayIs } from './electionOnDayIs.ts';
import { endsInPresentState } from './endsInPresentState.ts';
import { isStateKeptBefore } from './isStateKeptBefore.ts';
import { oddsForWeekday } from './oddsForWeekday.ts';
import { disruptionFacedFor } from './disruptionFacedFor.ts';
import { lookingAheadTo } from './lookingAheadTo.ts';
import { wishAheadFor } from './wishAheadFor.ts';
import { wishAheadForPeriod } from './wishAheadForPeriod.ts';
import { releaseAsideAhead } from './outOnRelease.ts';
import { LAST_VERB_SOURCE } from './lastAsVerb.ts';
import { PAST_TIME_OPENING } from './pastTimeOpening.ts';
import { MODALS } from './modals.ts';
import { perfectPassivePlanFor } from './perfectPassivePlanFor.ts';
import { PLAN_PARTICIPLES, PLAN_WORDS } from './planParticiples.ts';
import { givenUpAfter, planTold } from './planToldPast.ts';
import { MONTH_NAMES, MONTH_WORD_SOURCE } from './monthNames.ts';
import { monthOpensModalClause, monthPairBefore, pairedMayAfter } from './monthPair.ts';
import { postponementBefore } from './postponementBefore.ts';
import { backFromBreakOn } from './backFromBreakOn.ts';
import { breakEndedBefore } from './breakEndedBefore.ts';
import { mostRecentlyBefore } from './mostRecentlyBefore.ts';
import { isForecastSaidOn } from './isForecastSaidOn.ts';
import { GETTING_READY } from './gettingReadyFor.ts';
import { deedDayGoneBy } from './deedDayGoneBy.ts';
import { deedWeekendGoneBy } from './deedWeekendGoneBy.ts';
import { isDayBeforeUnchangedPast } from './isDayBeforeUnchangedPast.ts';
import { isDayDeclaredAhead } from './isDayDeclaredAhead.ts';
import { isInfinitivePassiveDayAhead } from './isInfinitivePassiveDayAhead.ts';
import { STATE_VERB } from './stateVerb.ts';
import { isDeedObjectBy } from './isDeedObjectBy.ts';
import { isPastLevelBy } from './isPastLevelBy.ts';
import { isUnchangedDeedObjectBy } from './isUnchangedDeedObjectBy.ts';
import { NUMBER_SOURCE } from './readNumber.ts';
import { ownConjunct } from './ownConjunct.ts';
import { PREPOSITION } from './prepositionBeforeMay.ts';
import {
  QUOTE_MARK,
  REPORTED,
  REPORTING,
  REPORTING_REACH,
  REPORTING_VERBS,
} from './reportingVerbs.ts';
import { sayingTense } from './sayingTense.ts';
import { TARGETING } from './targeting.ts';
import { SCHEDULE_ADVERB } from './scheduleAdverb.ts';
import { HOUR_WORD_SOURCE, MINUTE_WORD_SOURCE } from './spokenClock.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { clockEndsSentenceBetween } from './clockEndsSentence.ts';
import { HABIT_ADVERB } from './habitWord.ts';
import { isReportAheadPassive } from './isReportAheadPassive.ts';
import { isSpeakingPhraseDay } from './isSpeakingPhraseDay.ts';
import type { Stretch } from './stretch.ts';
import { VERB_AFTER_SINCE_DAY } from './verbAfterSinceDay.ts';
import { warningForBefore } from './warningForBefore.ts';
import { wordTags, type WordTags } from './wordTags.ts';
import { isHeldOnDayAhead } from './isHeldOnDayAhead.ts';
import { isAdmissionPriceOnDay } from './isAdmissionPriceOnDay.ts';
import { WEEKDAY_AND_BEFORE } from './weekdayAndBefore.ts';
import { WEEKDAY_ALONE, WEEKDAY_PATTERN, WEEKDAY_WORD } from './weekdayNames.ts';
import { SUBJECT_APPOSED_AFTER } from './subjectApposedAfter.ts';
import { CAPITALISED } from './capitalised.ts';

export type Tense = 'past' | 'future' | 'unknown';

// "until" or "till", with or without "at least" after it: a regular expression's source, one for
// the plan ("will stay closed until at least May") and the past verb ("stayed until at least May").
const UNTIL = '(?:until|till)(?:\\s+at\\s+least)?';
// A present passive of scheduling and its preposition right before a date: a regular
// expression's source.
const PASSIVE_PARTICIPLE = [
  `${REGULAR_PAST}|[a-z]+en|heard|held|due|set|paid|sold|run|shown|sent`,
  'built|hit|cut|put|read|won|lost',
].join('|');
const STAGING_PARTICIPLE =
  'held|played|staged|run|shown|hosted|screened|broadcast|scheduled|planned';
const PRESENT_PASSIVE_SOURCE = [
  String.raw`\b(?:is|are)\s+(?:${SCHEDULE_ADVERB}\s+)?`,
  String.raw`(?:(?:${PASSIVE_PARTICIPLE})\s+(?:in|on|at|for|by|through|thru)`,
  String.raw`|(?:${STAGING_PARTICIPLE})\s+(?:over|during|across))`,
  String.raw`\s+(?:the\s+)?$`,
].join('');
// Words right next to a date that make it a deadline or a plan: "until Friday", "by 8/8",
// "from Monday" (but not "down from October" or "in February from January", a comparison with a
// past level), "until at least February", "effective Feb. 1", a release "due out in May" (not one
// that "was due out"), "a Friday deadline", and a present passive of scheduling ("the case is
// heard in May"; with a verb of staging also "over", "during" or "across": "the fair is
// held over the last weekend in June", "games are played during"; not "Two men are arrested over
// the Monday attack", where "over" says why). They outweigh everything else in the sentence.
// A level "from" compares with: "down from October", "in February from January".
const COMPARED_LEVEL = [
  'up|down|off|back|higher|lower|percent|points?',
  String.raw`${MONTH_WORD_SOURCE}\.?`,
].join('|');
const DUE_OUT = String.raw`(?<!\b(?:was|were|been)\s+)due\s+(?:out|back|for\s+release)(?:\s+in)?`;
const ADJACENT_FUTURE_WORDS = [
  UNTIL,
  'by',
  String.raw`(?<!(?:\b(?:${COMPARED_LEVEL}|${RECORDED_THING})|%)\s+)from`,
  'starting|effective|ahead of',
  DUE_OUT,
  'no later than|as (?:soon|early) as|no earlier than',
  TARGETING,
].join('|');
const ADJACENT_FUTURE_BEFORE = new RegExp(
  String.raw`\b(?:${ADJACENT_FUTURE_WORDS})\s+(?:on\s+|the\s+|this\s+)?$|${PRESENT_PASSIVE_SOURCE}`,
  'i',
);
// The same present passive alone, to be tried with the preposition a mention opens with ("The
// album is released" before "on Friday"), which the words before it then lack. Not a caption's
// present of what a picture shows ("He is seen on Tuesday leaving the court", "is pictured on
// Monday"), which tells of a day gone by.
const SEEN_PARTICIPLE = 'seen|pictured|photographed|filmed|spotted|captured|caught|depicted';
const PRESENT_PASSIVE_BEFORE = new RegExp(
  String.raw`(?!\b(?:is|are)\s+(?:${SCHEDULE_ADVERB}\s+)?(?:${SEEN_PARTICIPLE})\b)${PRESENT_PASSIVE_SOURCE}`,
  'i',
);
// The preposition a mention may open with ("on Friday", "in January").
const MENTION_PREPOSITION = /^(?:on|in|at|for)\s+/i;
// A participle after a form of "be" is passive ("is seen as", "will be given"), and one after an
// article or a possessive an adjective ("the fallen leaders"). A regular expression's source,
// of the words that lead up to the participle.
const NOT_VERB_LEAD_SOURCE = `\\b(?:is|are|be|been|being)\\s+|\\b${DETERMINER}\\s+(?:\\w+ly\\s+)?`;
// "remains sealed", "will stay shuttered", "keeps goods blocked": a participle after a verb of
// state (and its object) describes a state, not a deed gone by.
const STATE_VERB_LEAD = String.raw`\b(?:${STATE_VERB})\s+(?:\w+\s+)?`;
/**
 * A past verb right before `word` ("took effect from" too): not a passive after "be" or "will", an
 * adjective after a determiner, a state after "remains" or "stays", nor a plan's participle.
 */
function pastVerbBefore(word: string, between = '(?:(?:effect|place)\\s+)?'): RegExp {
  return new RegExp(
    String.raw`(?<!${NOT_VERB_LEAD_SOURCE}|\b(?:will|would)\s+|${STATE_VERB_LEAD})` +
      String.raw`\b(?!(?:${PLAN_PARTICIPLES})\b)(?:${IRREGULAR_PAST}|${REGULAR_PAST})` +
      String.raw`\s+(?:\w+ly\s+)?${between}${word}\s+(?:on\s+|the\s+|this\s+)?$`,
    'i',
  );
}
// "Fans queued from Thursday", "Prices rose from Monday": "from" after a past verb starts what
// that verb tells, gone by, not a plan ("effective from Monday", "are banned from Monday").
const PAST_VERB_FROM = pastVerbBefore('from');
// "The ceasefire held until Sunday, when fighting broke out": "until" right after a past verb ends
// what that verb tells, gone by, unless the verb holds or moves a deadline ("was extended until
// Friday", "adjourned until January", HOLDS_UNTIL; a court that "reserved judgment until the
// autumn", RESERVED_RULING), which still looks ahead.
// Verbs that hold or move a deadline: a regular expression's alternatives (HOLDS_UNTIL).
const HOLDS_UNTIL_WORDS = [
  'extended|prolonged|postponed|delayed|deferred|pushed back|put off|suspended|closed|shut',
  'banned|barred|halted|frozen|froze|locked|booked|sold out|adjourned|remanded|bailed|detained',
  'held over',
].join('|');
// "The judge reserved judgment until the autumn": a court that reserves its ruling holds it to the
// date ahead. Only a ruling is held so: "Fans who reserved seats waited until Friday", "All the
// tables were reserved by Friday" and "reserved his position until Monday, when he backed the
// deal" keep their days gone by.
const RESERVED_RULING =
  /\breserved\s+(?:(?:its|his|her|their|the)\s+)?(?:judge?ment|decision|ruling|verdict)\s+until\s+(?:the\s+)?$/i;
// Verbs that stop, hold or limit something up to a date ("cancelled flights until April",
// "kept them high until June"): the date is the end of what they set, still ahead.
const STOPS_UNTIL_WORDS =
  'cancell?ed|grounded|paused|capped|limited|restricted|stopped|kept|blocked';
// The verb's object or place may stand between, two words at most ("remained in office until
// August", "ran the company until March"), but not an infinitive ("agreed to stay until March")
// nor after a verb that sets a time ahead ("imposed a curfew until Friday", "declared a holiday
// until Monday").
const SETS_TIME_AHEAD = [
  HOLDS_UNTIL_WORDS,
  STOPS_UNTIL_WORDS,
  'imposed|declared|ordered|granted|issued|set|gave|signed|agreed|voted|decided|approved',
  'announced|introduced|reinstated|enacted|called|scheduled',
].join('|');
const NOT_OBJECT = '(?:to|be|been|and|or|but|that|which|who)';
// A place after a preposition takes two words more ("lived in the flat until April", "worked at
// the bakery until March").
const OBJECT_BEFORE_UNTIL = String.raw`(?:(?:in|at|on|with|for)\s+)?(?:(?!${NOT_OBJECT}\b)[a-z]+\s+){1,2}`;
const PAST_VERB_UNTIL = pastVerbBefore(
  UNTIL,
  String.raw`(?<!\b(?:${SETS_TIME_AHEAD})\s+(?:\w+ly\s+)?)` +
    String.raw`(?:(?:effect|place)\s+|${OBJECT_BEFORE_UNTIL})?`,
);
// "She used to work at the bakery until March": a habit told in the past with "used to" ended at
// the date, gone by, as "worked there until March" did.
const USED_TO_UNTIL = new RegExp(
  String.raw`\bused\s+to\s+[a-z]+\s+${OBJECT_BEFORE_UNTIL}?${UNTIL}\s+(?:the\s+)?$`,
  'i',
);
const MONTH_ALONE = new RegExp(`^${MONTH_WORD_SOURCE}\\.?$`, 'i');
// "Prices fell by spring", "sales dropped by March": "by" right after a simple past verb is the
// time by which that deed was done, gone by, unless the verb holds or moves a deadline
// (HOLDS_UNTIL). Not a passive ("A response was promised by Friday", "who was vaccinated by
// Friday can travel"), which may set a deadline still to meet.
const PAST_VERB_BY = new RegExp(
  `(?<!\\b(?:was|were)\\s+(?:\\w+ly\\s+)?)${pastVerbBefore('by').source}`,
  'i',
);
// "The fire was contained by Sunday", "All ballots were counted by Friday": a past passive of a
// deed done before "by" is gone by too, unless its participle waits on the date (a plan word of
// planParticiples.ts, a promise, a request or an order: "A response was promised by Friday",
// "A decision was expected by Sunday") or the sentence goes on
// with a modal or a present "is" ("Anyone who was vaccinated by Friday can travel"). A particle
// may follow the participle ("The console was sold out by Saturday", "Tickets were snapped up by
// noon Friday", "The blaze was put out by Sunday").
const AWAITING_PARTICIPLE = [
  PLAN_WORDS,
  'promised|required|requested|demanded|ordered|asked|told|urged|supposed|wanted|sought',
  'awaited|invited|called',
].join('|');
const PAST_PASSIVE_BY = new RegExp(
  String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?!(?:${AWAITING_PARTICIPLE})\b)` +
    String.raw`(?:${IRREGULAR_PAST}|${UNCHANGED_PAST}|${REGULAR_PAST})\s+` +
    String.raw`(?:(?:out|up|off|down|away)\s+)?(?:\w+ly\s+)?by\s+(?:the\s+)?$`,
  'i',
);
const PRESENT_OR_MODAL_AFTER = new RegExp(`\\b(?:is|are|am|${MODALS}|'ll|’ll)\\b`, 'i');
const MODAL_IN_CLAUSE = new RegExp(`\\b(?:${MODALS}|won't|'ll|’ll)\\b`, 'i');
// "The vote is on Sunday", "Kick-off is at 7.45pm on Saturday": a date that is what a present "is"
// or "are" says of its subject is still to come; a date gone by would take "was". Not a
// possessive ("It is Sunday's attack that …"), which names an event, not its day.
// A clock in figures ("3pm", "10:30 a.m.") or "noon", "midday", "midnight": a regular expression's
// source.
const CLOCK_WORDS = '(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|noon|midday|midnight)';
// With a clock and its zone between "is" and the day ("Kickoff is at 3pm UK time on Saturday")
// the day is the clock's, and as much a complement of "is".
const CLOCK_BETWEEN = String.raw`(?:at\s+${CLOCK_WORDS}\s+(?:${CLOCK_ZONE}\s+)?)?`;
const COPULA_BEFORE = new RegExp(
  String.raw`\b(?:is|are)\s+(?:(?:still|now|also|only)\s+)?${CLOCK_BETWEEN}(?:on\s+)?$`,
  'i',
);
// "Saturday is the day we've all dreamt about", "Monday is a bank holiday": a weekday that opens
// its sentence (a quote mark or "And"/"But" aside) as the subject of a present "is" or "is going
// to be" is still to come; one gone by would take "was". Not its possessive ("Monday's attack
// is"), which names what came of the day.
const WEEKDAY_SUBJECT_BEFORE = /^\s*(?:["“'‘`]+\s*)?(?:(?:and|but)\s+)?$/i;
// "Tuesday is remembered as the day the dam broke", "Tuesday is already history": a past
// participle, or "already", "now" or "history", after the "is" looks back at the day. Not a
// participle of a plan or forecast ("Friday is expected to bring snow", "is set to be").
// The participles that tell a plan after "is" ("is expected"), not a state.
const PLAN_PARTICIPLE = 'expected|scheduled|planned|slated|tipped|billed|forecasted|predicted';
const STATE_AFTER_IS = [
  'already|now|history|seen|known|thought|held|taken|given|told|shown|written|done|gone',
  String.raw`(?!(?:${PLAN_PARTICIPLE})\b)${REGULAR_PAST}`,
].join('|');
const PRESENT_BE_AFTER = new RegExp(
  String.raw`^\s+is\b(?!\s+(?:when|where)\b)(?!\s+(?:\w+ly\s+)?(?:${STATE_AFTER_IS})\b)`,
  'i',
);

// "Kick-off: 3 p.m. Saturday.", "Next hearing: Monday.", "Funeral: Saturday, 11 a.m., St Mary's
// Church.": a line of a schedule, a label of what is to come and a colon, then the date (with its
// clock or place after a comma, or its place after "at" or "in": "Visitation: 4-7 p.m. Friday at
// the funeral home."), no past verb anywhere. Only the labels of a schedule: a kick-off, a hearing,
// a funeral, a visitation, a service, a deadline, polls opening or closing ("Polls close: 8 p.m.
// Tuesday"), an opening, tickets, a vote, or "Next …". Not a label of what happened ("Last contact:
// Sunday.", "Time of death: …", "Date of incident: …", "Died: Monday"), a speaker's in a transcript
// ("SMITH: Saturday.", in capitals) nor "Q:" and "A:".
const SCHEDULE_LABEL = [
  String.raw`next\s+[\w'’-]+(?:\s+[\w'’-]+)?`,
  'kick-?off|hearing',
  String.raw`(?:funeral|memorial)(?:\s+service)?`,
  'visitation|service|deadline',
  String.raw`polls?\s+(?:open|close)s?`,
  'opening|tickets|vote',
].join('|');
const SCHEDULE_LABEL_BEFORE = new RegExp(String.raw`^\s*((?:${SCHEDULE_LABEL}))\s*:\s*$`, 'i');
// The place may hold the period of an abbreviation of its name ("at St. Mary's Church", "at 12
// Elm Ave."), which ends no line.
// The abbreviations in a place's name whose period ends no sentence.
const PLACE_ABBREVIATION = String.raw`\b(?:St|Ste|Mt|Ft|Ave|Rd|Blvd|Hwy|Dr)\.`;
const SCHEDULE_LINE_AFTER = new RegExp(
  String.raw`^(?:(?:\s*[,–—-]|\s+(?:at|in)\s)\s*(?:[^.!?;:]|${PLACE_ABBREVIATION})*)?\s*\.?\s*$`,
);

/** Whether the date at [start, end) is all there is after a schedule line's label. */
function scheduleLine(before: string, after: string, tags: () => WordTags): boolean {
  const label = SCHEDULE_LABEL_BEFORE.exec(before);
  if (!label || !SCHEDULE_LINE_AFTER.test(after)) return false;
  if (label[1] === label[1]!.toUpperCase()) return false;
  const words = `${label[1]!} ${after}`;
  if (nearest(PAST_CUE, words, false, NOT_PAST) !== Infinity) return false;
  return ![...tags().values()].some((tagged) => tagged.has('PastTense'));
}

// "Organisers hoped to draw 10,000 people on Saturday, but only about 2,000 turned up": a hope or
// an intention in the past that a later past clause says failed is gone by.
const HOPED_BEFORE = /\b(?:hoped|intended|aimed)\s+to\s/i;

// "The Fed lowers rates in June, analysts expect", "The ECB cuts again in September, traders bet":
// a change in the present right before the date, with forecasters foreseeing it after the clause,
// is their forecast, still ahead. Not forecasters who only say it ("Unemployment falls in February,
// analysts said"): that is as often figures just out. Not a headline's present of a deed with no
// forecaster ("Exports fall in September"), nor figures that data show ("…, data showed").
const PRESENT_CHANGE_VERB = [
  'rises|falls|lowers|raises|cuts|hikes|lifts|eases|trims|slashes|boosts|increases|reduces',
  String.raw`goes\s+(?:up|down)`,
].join('|');
const PRESENT_CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:${PRESENT_CHANGE_VERB})\s+(?:[\w'’%.-]+\s+){0,3}?(?:in|on|by)\s+$`,
  'i',
);
const FORECASTERS = 'analysts|economists|traders|strategists|forecasters|investors|markets';
const FORECAST_VERB = String.raw`expect|predict|forecast|bet|reckon|see|price\s+in|are\s+pricing`;
const FORECASTERS_SAY_AFTER = new RegExp(
  String.raw`^[^,;:]*,\s*(?:[\w'’-]+\s+){0,2}?(?:${FORECASTERS})\s+(?:${FORECAST_VERB})\b`,
  'i',
);

// A clock and its zone that a mention opens with ("noon ET on" in "The speech is at noon ET on
// Friday"): tried after the words before it, as COPULA_BEFORE reads the clock there.
const CLOCK_OPENING = new RegExp(`^${CLOCK_WORDS}\\s+(?:${CLOCK_ZONE}\\s+)?(?:on\\s+)?`, 'i');
// "through August" ends a stretch that may be over ("sales fell in the year through August") or
// still running ("the show runs through August"), and "before Sunday" a time that may be gone
// ("police were called shortly before 3 a.m. Sunday") or to come ("must decide before Friday"):
// ahead, unless the date's own clause is past. A past verb that moves or holds a deadline ("the
// offer was extended through Friday", "schools were closed through March") still looks ahead.
const UP_TO_BEFORE = new RegExp(
  String.raw`(?:\b(?:through|thru|before)|${IN_TIME_FOR})\s+(?:on\s+|the\s+|this\s+)?$`,
  'i',
);
// "Residents were told to leave before Friday", "warned them to stay indoors through Sunday": an
// infinitive or a modal between the past verb and the date looks ahead from it.
// "to" with a verb (not a determiner nor a number): a regular expression's source.
const TO_INFINITIVE =
  '\\bto\\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|\\d)\\b)[a-z]+\\b';
const LOOKS_AHEAD = new RegExp(`${TO_INFINITIVE}|\\b(?:would|could|should|must|might)\\b`);
const HOLDS_UNTIL = new RegExp(`\\b(?:${HOLDS_UNTIL_WORDS})\\b`, 'i');
// "The market stayed shut until noon on Tuesday", "The bridge remained closed until Monday": a
// word of closing that is the complement of a past "stayed" or "remained" tells a state that
// lasted up to the date and has ended, not a closure set ahead ("were closed until", "remains
// closed until").
const STATE_ENDED_UNTIL = new RegExp(
  String.raw`\b(?:stayed|remained)\s+(?:\w+ly\s+)?(?:${HOLDS_UNTIL_WORDS})` +
    String.raw`\s+${UNTIL}\s+(?:on\s+|the\s+)?$`,
  'i',
);
// Before "by", closing is a deed done by then ("On Saturday night, the bar closed by midnight",
// "Every shop was shut by 6 p.m."): unlike "closed until Monday", it sets nothing ahead. The other
// verbs that hold or move a deadline still look ahead before "by" (HOLDS_BY).
const HOLDS_BY = new RegExp(
  `\\b(?!(?:closed|shut|locked|sold out)\\b)(?:${HOLDS_UNTIL_WORDS})\\b`,
  'i',
);
// "The governor ordered all bars closed by midnight Saturday", "The site was ordered locked by
// Thursday": a closing that is what an order asks for (its object, if any, between) is a deadline
// still to meet, as "ordered to close by" is.
const ORDER_VERB = 'ordered|told|directed|instructed|required|wanted|demanded';
const NOT_ORDER_OBJECT = '(?:and|or|but|that|which|who|when|after|before)';
const ORDERED_CLOSED_BY = new RegExp(
  String.raw`\b(?:${ORDER_VERB})\s+(?:(?!${NOT_ORDER_OBJECT}\b)[\w'’-]+\s+){0,4}?` +
    String.raw`(?:closed|shut|locked)\s+by\s+(?:on\s+|the\s+|this\s+)?$`,
  'i',
);
/** Whether the words before "by" end with a verb that holds or moves a deadline (HOLDS_BY). */
function holdsBy(before: string): boolean {
  return HOLDS_BY.test(before.slice(-30)) || ORDERED_CLOSED_BY.test(before);
}
/** Whether the words before "until" or "by" end with a verb that holds or moves a deadline. */
function holdsUntil(before: string): boolean {
  return (
    (HOLDS_UNTIL.test(before.slice(-30)) && !STATE_ENDED_UNTIL.test(before)) ||
    RESERVED_RULING.test(before.slice(-50))
  );
}
// "will" or "shall" with a verb and at most one more word (a preposition) right before the date,
// and a participle right after it, without a comma between.
const WILL_VERB_BEFORE = /\b(?:will|shall|'ll|’ll)\s+[a-z]+\s+(?:[a-z]+\s+)?$/i;
const PARTICIPLE_AFTER = new RegExp(
  String.raw`^\s+(?:${REGULAR_PAST}|stranded|stuck|held|kept|shut|locked)\b`,
  'i',
);
const ADJACENT_FUTURE_AFTER = new RegExp(
  `^(?:${DEADLINE_NOUN}|(?:'s|’s)?\\s*(?:vote|summit|meeting is|start))\\b`,
  'i',
);
// "after the March 3 vote": what the sentence tells came after the vote, so the sentence's own
// tense, not the vote, says whether it is past. A deadline still lies ahead ("the day after the
// Friday deadline").
const DEADLINE_AFTER = new RegExp(`^${DEADLINE_NOUN}\\b`, 'i');
// "Since the 6/23 vote, prices have risen": so too what has gone on since it.
const AFTER_BEFORE = /\b(?:after|since)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?$/i;
// … but not a "since" meaning "because", with a verb after the occasion ("Since the March 20 vote
// is only a week away").
const SINCE_BEFORE = /\bsince\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?$/i;
const OCCASION_VERB_AFTER = new RegExp(
  `^\\s*(?:['’]s\\s+)?[a-z]+\\s+(?:${VERB_AFTER_SINCE_DAY})\\b`,
  'i',
);
// "Campaigning ended Friday before the Sunday vote": an occasion the clause leads up to is
// awaited, as "ahead of" it is, however past the clause. "On the eve of the Sunday vote" is not
// here: the eve is the day the clause tells of, so a past clause puts the eve, and the vote the
// day after it, by the clause's tense (readEve).
const AWAITED_OCCASION_BEFORE = /\bbefore\s+(?:the\s+)?$/i;
// … unless a count stands before "before": "Three weeks before the March 9 vote, he quit" dates
// the deed by the count from the occasion, so a past clause puts the occasion in the past too.
const COUNT_BEFORE_SOURCE =
  String.raw`(?:(?:${NUMBER_SOURCE}|a few|several)\s+)?` +
  String.raw`(?:hours?|days?|weeks?|months?)\s+before\s+(?:the\s+)?$`;
const COUNT_BEFORE_OCCASION = new RegExp(`\\b${COUNT_BEFORE_SOURCE}`, 'i');
// Not an occasion named by a weekday alone: "Hours before the Sunday vote, the opposition called
// for a boycott", told on Saturday, is the Sunday to come; a past deed a count before it says
// nothing of which Sunday it is, and the nearest one stands.
const WEEKDAY_OCCASION = new RegExp(`^(?:on\\s+)?${WEEKDAY_PATTERN}\\b`, 'i');
// Past-tense verbs: a closed list of common irregular ones plus regular -ed forms. Reporting
// verbs are apart (REPORTING). "was", "were" before a plan ("were planning to", "was due to",
// "was about to") look forward with it.
/**
 * The words after "was" or "were" that tell a plan, not a deed (a regular expression's
 * alternatives).
 */
export const PLAN_AFTER_WAS =
  'planning|going to|due|scheduled|expected to|set to|slated|about to|to';
// "last" is no past cue as the verb of lasting ("expect the rally to last into spring"), nor as a
// place in a month or a year ("will resume in the last third of May", "in the last part of June").
const PAST_CUE_WORDS = [
  String.raw`(?:was|were)(?!\s+(?:${PLAN_AFTER_WAS})\b)`,
  IRREGULAR_PAST,
  'ago',
  `last(?<!${LAST_VERB_SOURCE})(?!\\s+(?:third|part|half)\\s+of\\b)`,
  PAST_TIME_OPENING,
  `earlier|since|yesterday|${REGULAR_PAST}`,
].join('|');
const PAST_CUE = new RegExp(String.raw`\b(?:${PAST_CUE_WORDS})\b`, 'g');
/**
 * Words in -ed (and reporting verbs) that are no plain past cues: reporting verbs, words that
 * only end like a past tense, adjectives made from participles and names in -ed.
 */
export const NOT_PAST = new Set([
  // Reporting verbs count as REPORTING, not as plain past cues.
  ...REPORTING_VERBS,
  'need',
  // Verbs ending in -eed that are not past tenses.
  'succeed',
  'proceed',
  'exceed',
  'needed',
  'scheduled',
  'expected',
  'planned',
  'indeed',
  'hundred',
  'proposed',
  'red',
  'bed',
  'speed',
  'feed',
  'seed',
  'based',
  'led',
  'slated',
  // Adjectives made from participles ("a still unspecified date", "an undisclosed sum").
  'unspecified',
  'undisclosed',
  'unidentified',
  'unnamed',
  'unexpected',
  'unchanged',
  'unprecedented',
  'undecided',
  'unscheduled',
  'unresolved',
  'unconfirmed',
  'unrelated',
  // Names and name-words in -ed ("Fed officials", "Ted Cruz", "United Airlines", "Allied Irish"),
  // capitalised, so that the verbs "fed" or "advanced" stay past cues.
  'Fed',
  'Ted',
  'Fred',
  'Reed',
  'United',
  'Limited',
  'Allied',
  'Advanced',
]);

// After the date, "since" opens another time ("cut rates on Wednesday for the first time since
// 2008", "its first move since March"), which tells nothing of the date's own tense; before it,
// "since Monday" puts the date in the past.
const NOT_PAST_AFTER = new Set([...NOT_PAST, 'since']);

// The past perfect ("had filed … by Wednesday", "until Thursday, they had not called", "it had
// been due to expire Friday") puts the whole clause before a past moment: it outweighs the words
// of deadlines and plans, which then speak of a deadline already gone. An irregular participle
// counts as a regular one ("By July Chrysler Corp. had cut its work force", IRREGULAR_PARTICIPLE).
const PERFECT_PARTICIPLE = String.raw`been|[a-z]+(?:ed|en|wn|ne|ft|lt|nt|ld|ught)|${IRREGULAR_PARTICIPLE}|${UNCHANGED_PAST}`;
const PAST_PERFECT = new RegExp(
  String.raw`\bhad\s+(?:(?:not|never|already|just|long|\w+ly)\s+)?(?:${PERFECT_PARTICIPLE})\b`,
  'i',
);
// Only near the date: a past perfect in a relative clause further off ("the sale, which had been
// expected, is part of a plan to repay the loan by February") says nothing of the date.
const PERFECT_REACH = 50;

// A modal and its verb joined to the verb before by "and" or "but": "and would decide", "but will
// not meet". A modal in what the perfect's verb hoped or warned ("had hoped talks would end") is
// not: the hope is as old as the perfect.
const MODAL_VERB = new RegExp(`\\b(?:and|but)\\s+(?:${MODALS})\\s+(?:not\\s+)?[a-z]+\\b`, 'i');

// PAST_PERFECT, global, for the last one before a date.
const EVERY_PAST_PERFECT = new RegExp(PAST_PERFECT.source, 'gi');

/**
 * Whether a past perfect before the date dates it: not when a second verb with a modal follows it
 * ("said it had opened a review and would decide by mid-June"), which looks ahead from it.
 */
function perfectBefore(before: string): boolean {
  const last = [...before.matchAll(EVERY_PAST_PERFECT)].at(-1);
  return last !== undefined && !MODAL_VERB.test(before.slice(last.index + last[0].length));
}

// Nothing but a preposition or two before the date in its sentence: "In September, …".
const FRONTED = /^\s*(?:[A-Za-z]+\s+){0,2}$/;

// "After the vote on Sunday, the party said …", "Following talks in Paris on Monday, he said …": a
// phrase with no verb that opens the sentence sets the scene of the main clause after it, as a
// bare "On Sunday," does. Not "before", "ahead of" or "despite", which may lead up to what is still
// to come ("Ahead of the vote on Friday, the minister said he would resign"), nor a phrase of what
// is forecast or planned ("Following the storm forecast for Saturday, …").
const SCENE_OPENS = /^\s*(?:after|following|since|during|amid|at|in|on)\s/i;
const SCENE_AHEAD = /\b(?:forecast|expected|planned|scheduled)\b/i;
const SCENE_WORDS = 7;

/** Whether `before` is a phrase with no verb that opens its sentence or clause. */
function opensScene(before: Stretch, tags: () => WordTags): boolean {
  if (FRONTED.test(before.words)) return true;
  const opener = SCENE_OPENS.exec(before.words);
  if (!opener || before.words.trim().split(/\s+/).length > SCENE_WORDS) return false;
  if (SCENE_AHEAD.test(before.words)) return false;
  // The opening word itself may be tagged a verb ("Following").
  const from = before.at + opener[0].length;
  return ![...tags()].some(
    ([offset, tagged]) =>
      offset >= from && offset < before.at + before.words.length && tagged.has('Verb'),
  );
}

// A reporting verb next to the date ("said Friday", "told reporters on Friday") dates it;
// further off ("… will leave at 4 a.m. Thursday,'' Castro said") it only reports a sentence
// whose own verb gives its tense, so there it counts only when the sentence has no other cue.
/** How far a reporting verb next to the date is, in the same quote; Infinity when there is none. */
function reportingNextTo(before: string, after: string, scene: boolean): number {
  const near = (s: string) => !QUOTE_MARK.test(s) && s.length <= REPORTING_REACH;
  const left = [...before.matchAll(REPORTING)].at(-1);
  // search, not match: REPORTING is global, and a global match gives no index.
  const right = after.search(REPORTING);
  // "will be announced Tuesday": what will be said on the day, no saying gone by.
  const distances = [
    left &&
    near(before.slice(left.index + left[0].length)) &&
    !isReportAheadPassive(before.slice(0, left.index))
      ? before.length - left.index - left[0].length
      : Infinity,
    // After the date with a comma between only when the date opens the sentence: "in March, a
    // spokesman said" reports a clause whose own verb gives its tense, while "In September, it
    // announced" and "on Wednesday said" date the saying.
    right >= 0 && near(after.slice(0, right)) && (!after.slice(0, right).includes(',') || scene)
      ? right
      : Infinity,
  ];
  return Math.min(...distances);
}

// "Fans who bought tickets can use them on Saturday", "Residents can collect sandbags on Monday":
// "can" and its verb (its object between, three words at most) right before a date is what may
// be done on it, still ahead, whatever past tells how the right came ("bought"). Not "could",
// as often a past ability, nor a clause that stands between and tells of the day ("can confirm
// that he died on Saturday", "can't say what happened on Saturday", "can tell you I was there on
// Saturday"), nor a date another word places ("can return gifts after Christmas", "can recall
// the events of Saturday night").
// Nor a verb of memory, knowledge or telling, which looks back at the day ("can barely remember
// Saturday", "can confirm the crash on Saturday").
const TELLS_OF_DAY = [
  'remember|recall|recount|describe|confirm|reveal|say|tell|report|explain|prove|forget',
  'imagine|relive|trace|identify|verify|attest|testify',
].join('|');
// The words that end the clause of "can" and its verb before the date.
const CAN_CLAUSE_ENDS = [
  'who|which|that|what|when|where|how|why|and|but|or|was|were|had|did',
  'after|since|before|following|of|about',
  TELLS_OF_DAY,
  IRREGULAR_PAST,
].join('|');
const CAN_VERB = String.raw`\b(?:can|cannot|can['’]t)\s+(?:not\s+)?(?:\w+ly\s+)?`;
const CAN_VERB_BEFORE = new RegExp(
  String.raw`${CAN_VERB}(?!(?:${TELLS_OF_DAY})\b)[a-z]+` +
    String.raw`(?:\s+(?!(?:${CAN_CLAUSE_ENDS})\b)(?!${REGULAR_PAST}\b)[\w'’-]+){0,3}\s+(?:on\s+)?$`,
  'i',
);

// ", when 40 people died": a clause right after a date that tells what happened on it. Not "as" or
// "while", which join another event ("The final is Sunday, as organisers confirmed"), nor a "when"
// clause with a year of its own, which tells of another time ("The anniversary is Monday, when 40
// people died in 2015").
const WHEN_AFTER = /^\s*,?\s*when\b/i;
const YEAR_IN = /\b(?:1[5-9]|20)\d{2}\b/;

/**
 * "The deadliest day so far is Monday, when 40 people died": a past clause right after the date
 * tells of a day gone by, whatever the "is" before it.
 */
function pastWhenAfter(after: string, end: number, tags: () => WordTags): boolean {
  const opens = WHEN_AFTER.exec(after);
  if (!opens) return false;
  const clause = clauseAt({ words: after, at: end }, opens[0].length);
  if (YEAR_IN.test(clause.words)) return false;
  return clauseIsPast(clause, tags);
}

/**
 * "issued alerts for Tuesday as the storm swept in": a past clause after the date, one that
 * reports nothing ("…, forecasters said"), tells the day in a story gone by.
 */
function pastStoryAfter(rest: string, end: number, tags: () => WordTags): boolean {
  return pastUnreported({ words: rest, at: end }, tags);
}

/** Whether a clause (its words from where it opens) is past by its own cues. */
function clauseIsPast(clause: Stretch, tags: () => WordTags): boolean {
  return cuesTense({ words: '', at: clause.at }, clause, tags) === 'past';
}

// "they said nothing", "told no one", "wrote not a word": a verb of saying whose object is
// nothing reports no clause, and is a deed like any other past verb ("Until May, they said
// nothing" is past as "Until May, they kept quiet" is). Unless a verb or a modal follows: then the
// nothing is the subject of the clause reported ("officials said nothing would change", "said none
// of the players would be traded"), and the saying reports it.
const CLAUSE_VERB = [
  MODALS,
  String.raw`won['’]t|is|are|was|were|has|have|had|does|do|did|${REGULAR_PAST}`,
  IRREGULAR_PAST,
].join('|');
const NOTHING_SUBJECT = String.raw`\s+(?:else\s+)?(?:of\s+(?:\w+\s+){0,3}?)?(?:${CLAUSE_VERB})\b`;
const NOTHING_WORD = String.raw`nothing|little|no\s+one|nobody|not\s+a\s+word`;
const NOTHING_REPORTED = new RegExp(
  String.raw`\b(?:${REPORTING_VERBS.join('|')})\s+` +
    String.raw`(?:(?:\w+\s+)?(?:${NOTHING_WORD})\b|none\b)(?!${NOTHING_SUBJECT})`,
  'gi',
);

/**
 * Whether a clause is past and reports nothing: "…, officials said" tells only when it was said.
 */
function pastUnreported(clause: Stretch, tags: () => WordTags): boolean {
  const saying = clause.words.replace(NOTHING_REPORTED, (words) => ' '.repeat(words.length));
  return nearest(REPORTING, saying, false) === Infinity && clauseIsPast(clause, tags);
}

/** The words of a date's sentence before it and after it (`sentenceAround`). */
interface Around {
  before: string;
  after: string;
}

/** The sentence around [start, end): from the last sentence end before it to the next one after. */
export function sentenceAround(text: string, start: number, end: number): Around {
  const head = text.slice(Math.max(0, start - 200), start);
  // The date itself stays in the text that is split: a full stop right before it ("terminals. On
  // Tuesday") ends the sentence before only when what follows (the date) opens with a capital.
  const ends = sentenceEnds(head + text.slice(start, end), true).filter((i) => i < head.length);
  const cut = Math.max(head.lastIndexOf('\n'), ends.at(-1) ?? -1);
  const before = cut >= 0 ? head.slice(cut + 1) : head;
  const tail = text.slice(end, end + 200);
  const line = tail.indexOf('\n');
  const stop = Math.min(line < 0 ? Infinity : line, sentenceEnds(tail, false)[0] ?? Infinity);
  const after = stop < Infinity ? tail.slice(0, stop) : tail;
  return { before, after };
}

// Where a capital "May" inside a sentence is the month: after a preposition ("fell in May"), or
// before "and", "or" or "to" and a month, a number or "'s" ("May and June sales", "May 5", "May's
// figures"). Elsewhere it is the modal, as in a title-case headline ("Fed May Cut Rates in June").
const MONTH_MAY_BEFORE = new RegExp(`\\b(?:${PREPOSITION}|in|on|of|for)\\s+$`, 'i');
const MONTH_MAY_AFTER = new RegExp(
  `^(?:\\s+(?:and|or|to)\\s+(?:${MONTH_NAMES.join('|')})\\b|\\s+\\d|['’]s\\b)`,
  'i',
);

/** Whether the capital "May" at `index` in `s` is by the words around it the month. */
function monthMay(s: string, index: number): boolean {
  return MONTH_MAY_BEFORE.test(s.slice(0, index)) || MONTH_MAY_AFTER.test(s.slice(index + 3));
}

// A participle after a determiner ("the revised plan") or a preposition ("letters to unvaccinated
// children", "pay for injured workers", "meets on the ninth in closed session", "under heightened
// security") is an adjective, not a verb.
const ADJECTIVE_LEAD = new RegExp(
  `\\b(?:${DETERMINER}|this|that|of|to|for|with|among|about|into|from|by|in|at|on|under|behind|without)\\s+(?:\\w+ly\\s+)?$`,
  'i',
);

// A participle after an owner ("the party's elected councillors", "the hospital's expanded
// maternity unit") is an adjective too, not after a pronoun's "'s", which is "is" or "has" ("it's
// closed", "he's resigned"). Only where a future cue follows it: otherwise the participle is kept
// as the past cue, for the main verb may be one whose past is its present ("On 14 June, the
// party's elected councillors set a date", a day gone by).
const OWNER_LEAD =
  /\b(?!(?:it|he|she|that|there|what|who|here|where|everyone|nobody)['’]s\b)[A-Za-z]+['’]s\s+(?:\w+ly\s+)?$/i;

/** A regular participle's ending, the only one ADJECTIVE_LEAD and OWNER_LEAD are asked of. */
const REGULAR_PARTICIPLE_END = /ed$/i;

/** Whether the participle at `at` of `s` follows an owner (OWNER_LEAD) with a future cue after. */
function ownerAdjective(s: string, at: number, participle: string): boolean {
  return OWNER_LEAD.test(s.slice(0, at)) && s.slice(at + participle.length).search(FUTURE_CUE) >= 0;
}

function nearest(pattern: RegExp, s: string, fromEnd: boolean, skip?: Set<string>): number {
  let best = Infinity;
  for (const m of s.matchAll(pattern)) {
    if (skip?.has(m[0].toLowerCase())) continue;
    // "The quake on Monday should serve as a warning", "the decision in June should be reviewed":
    // "should" after the date is as often a judgement of a day gone by; it looks ahead only before
    // it ("Demand should recover in the second half").
    if (pattern === FUTURE_CUE && !fromEnd && /^should/i.test(m[0])) continue;
    // "Hospitals hit by strikes in January are bracing for more": what is got ready for follows
    // "for", so getting ready after the date does not look ahead to it.
    if (pattern === FUTURE_CUE && !fromEnd && GETTING_READY.test(m[0])) continue;
    // "Sales fell in May and June": a capital "May" within the sentence is the month where the
    // words around it say so (monthMay); "Fed May Cut Rates in June" keeps the modal.
    if (m[0] === 'May' && !(fromEnd && /^\W*$/.test(s.slice(0, m.index))) && monthMay(s, m.index))
      continue;
    // "won the French Open in June", "lost to Manchester United in May": a capitalised word after
    // another within the sentence is part of a name, not a verb ("Fed May Cut Rates" keeps its
    // modal, as the future cues are not names).
    if (
      pattern !== FUTURE_CUE &&
      CAPITALISED.test(m[0]) &&
      /\b[A-Z][\w.'’-]*\s+$/.test(s.slice(0, m.index))
    )
      continue;
    // "will be closed", "once a successor is named": a participle after a form of "be" other
    // than "was" and "were" is passive voice, not past tense.
    if (skip && /\b(?:be|been|being|is|are|am)\s+(?:\w+ly\s+)?$/i.test(s.slice(0, m.index)))
      continue;
    // "will remain closed over the weekend", "want the budget finished by Friday", "will offer
    // extended hours": a participle completing a verb of state or wish, or after a modal's bare
    // verb, is no past tense.
    if (
      skip &&
      isComplementParticiple(s.slice(0, m.index), fromEnd ? s.slice(m.index + m[0].length) : '')
    )
      continue;
    // "a closely watched runoff", "the revised plan", "letters to unvaccinated children": a
    // participle after a determiner or a preposition (and an adverb) is an adjective, not a verb.
    if (
      skip &&
      REGULAR_PARTICIPLE_END.test(m[0]) &&
      (ADJECTIVE_LEAD.test(s.slice(0, m.index)) || ownerAdjective(s, m.index, m[0]))
    )
      continue;
    // "Drivers will strike on Tuesday, followed by a longer stoppage on New Year's Eve": "followed
    // by" (or "preceded by") after a comma opens a phrase that orders two things in time, a
    // passive without its "be", not a past tense; the main verb tells the tense.
    if (
      skip &&
      /^(?:followed|preceded)$/i.test(m[0]) &&
      /(?:^|,)\s*$/.test(s.slice(0, m.index)) &&
      /^\s+by\b/i.test(s.slice(m.index + m[0].length))
    )
      continue;
    const distance = fromEnd ? s.length - (m.index + m[0].length) : m.index;
    best = Math.min(best, distance);
  }
  return best;
}

const PAST_CUE_WORD = new RegExp(`^(?:${PAST_CUE.source})$`);
// After "that" a participle is the verb of a relative clause ("sales that shrank revenue").
const NOT_VERB_LEAD = new RegExp(`(?:${NOT_VERB_LEAD_SOURCE})$`, 'i');

// A verb after a modal, "to" or "did" is its bare form, whatever the tagger makes of a verb whose
// past is its present ("it would shut the plant in June", "plans to cut jobs", "did not hit").
const BARE_VERB_LEAD_WORD = 'to|will|would|could|should|must|might|may|can|shall|did|does|do';
const BARE_VERB_LEAD_SOURCE = String.raw`\b(?:${BARE_VERB_LEAD_WORD})\s+(?:(?:not|never|also|\w+ly)\s+)?`;
const BARE_VERB_LEAD = new RegExp(`${BARE_VERB_LEAD_SOURCE}$`, 'i');

/**
 * The nearest past tense that compromise's tagger finds and the past cues miss: irregular pasts
 * the closed list lacks ("underwent", "upheld", "sang"), the participles of a present perfect
 * ("has fallen", "have been", "has risen") and "weren't". The tagger reads the verb in its
 * sentence, where a list or a suffix sees the word alone. Words the cues already judge (-ed words,
 * the list, "said" and the other reporting verbs, NOT_PAST) stay theirs.
 */
function nearestTaggedPast(stretch: Stretch, fromEnd: boolean, tags: WordTags): number {
  const { words, at } = stretch;
  let best = Infinity;
  for (const [offset, tagged] of tags) {
    const index = offset - at;
    if (index < 0 || index >= words.length || !tagged.has('PastTense')) continue;
    const word = /^[a-z]+/.exec(words.slice(index))?.[0];
    if (word === undefined || PAST_CUE_WORD.test(word) || REPORTING_VERBS.includes(word)) continue;
    const lead = words.slice(0, index);
    if (
      NOT_PAST.has(word) ||
      NOT_VERB_LEAD.test(lead) ||
      BARE_VERB_LEAD.test(lead) ||
      isComplementParticiple(lead, fromEnd ? words.slice(index + word.length) : '')
    )
      continue;
    best = Math.min(best, fromEnd ? words.length - index - word.length : index);
  }
  return best;
}

// "With New Year's Eve just a day away", "the election, now two weeks away", "Christmas is days
// away": a count of time away after the date puts it ahead, whatever the verbs around it ("was a
// day away" tells of a past moment, and is left to them).
// "The vote comes Monday at the earliest": the earliest a thing can be is still ahead.
const EARLIEST_AFTER = /^,?\s+at\s+the\s+earliest\b/i;
const AWAY_HEDGE = '(?:just|only|still|now|less than|more than|barely|nearly|about)';
const AWAY_COUNT = [
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several',
  String.raw`\d+`,
].join('|');
const AWAY_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:is|are)\s+)?(?:${AWAY_HEDGE}\s+)*(?:(?:${AWAY_COUNT})\s+)?` +
    String.raw`(?:days?|weeks?|months?|hours?|minutes?|years?)\s+away\b`,
  'i',
);

// "early" or "late" right before a date, as its modifier.
const EARLY_OR_LATE_BEFORE = /\b(?:early|late)\s+$/i;
// "The road was closed until late Sunday, police said", "The market was shut through late
// Sunday": after a past passive and "until" or "through", a closure told with the part of the
// day it ended is one that has run its course, and the past verb is weighed as when the modifier
// stood apart from the date; "is closed until late Sunday", "stay open until late Sunday" and a
// bare "was closed until Sunday" (HOLDS_UNTIL) still look ahead.
const PAST_PASSIVE_UP_TO_BEFORE =
  /\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+\s+(?:until|till|through|thru)\s+(?:early|late)\s+$/i;

// An hour in words with its minutes in words or "a.m." or "p.m." right before a date ("two
// nineteen Thursday", "ten fifteen on Saturday", "two p.m. Thursday"): not a bare hour, which may be
// a count ("won three Thursday").
const SPOKEN_CLOCK_BEFORE_DATE = new RegExp(
  String.raw`\b${HOUR_WORD_SOURCE}(?:[- ]${MINUTE_WORD_SOURCE}|\s+[ap]\.\s?m\.)\s+(?:on\s+)?$`,
  'i',
);

/**
 * Whether the sentence around an expression speaks of the past or the future, as HeidelTime's news
 * rules use it to choose between the last and the next Friday, or this year's July and the next
 * one. A past perfect near the date makes it past; then words next to the date win ("until",
 * "deadline"); otherwise the nearer of a future cue (will, next, scheduled, and the present tense
 * news uses for plans: opens, begins, heads …) and a past one (said, met, -ed …) decides.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const leading = tenseOfLeadingCue(text, start, end);
  if (leading) return leading;
  const around = sentenceAround(text, start, end);
  const date = text.slice(start, end);
  const framed = tenseOfSentenceFrame(around, date) ?? tenseOfDeedOrPlan(text, start, end);
  if (framed) return framed;
  // "The company said second-half earnings would be lower": a period forecast in a clause reported
  // after the saying, to come.
  if (isPeriodInReportedForecast(around.before, date, around.after)) return 'future';
  // "Sentencing has been set for Aug. 12": the date a present perfect passive has set, to come.
  if (perfectPassivePlanFor(text, start)) return 'future';
  return tenseOfNearVerbs(text, start, end, around);
}

/**
 * The tense of a date that words right before it settle whatever the rest of the sentence says:
 * a habit's latest time, "back in", a fronted "until", a countdown; undefined when none does.
 */
function tenseOfLeadingCue(text: string, start: number, end: number): Tense | undefined {
  // "They hold elections every four years, most recently on Sunday": the latest of a habit.
  if (mostRecentlyBefore(text, start)) return 'past';
  // "Mitchell set the deadline back in March": "back in" looks into the past.
  if (backInGoneBy(text, start)) return 'past';
  // "Until August Hanson Trust Ltd. owned 15% of the company": what lasted up to the date, gone by.
  if (isFrontedUntilGoneBy(text.slice(0, start), text.slice(end, end + 120))) return 'past';
  // "With four days left before Election Day, …": a countdown leads up to a date still ahead,
  // unless the rest of the sentence tells it of a moment gone by ("With three days left before
  // Christmas, shoppers jammed the malls", said on 28 December 1999).
  if (countdownBefore(text, start)) {
    const rest = countdownWordBlanked(text, start);
    return rest !== text && tenseAround(rest, start, end) === 'past' ? 'past' : 'future';
  }
  return undefined;
}

/**
 * The tense a sentence's frame gives its date: a condition, a recap, a fronted day of a saying or
 * a fixture, an instruction and its outcome; undefined when no frame does.
 */
function tenseOfSentenceFrame(around: Around, date: string): Tense | undefined {
  const { before, after } = around;
  // "If he stayed in the job until March, he would earn a bonus": a condition not met, ahead.
  if (isUnmetConditionAhead(before, after)) return 'future';
  // "On Tuesday Picabo Street races the super-G and wins": a recap told in the present.
  if (isRecapInPresent(before, after)) return 'past';
  // "On Tuesday aides say the President will travel to Africa": the day of the saying, gone by.
  if (isFrontedDayOfPresentSaying(before, date, after)) return 'past';
  // "On Sunday the Czechs play the Russians for the gold medal": a plural side's fixture, to come.
  if (isFrontedDayPluralFixture(before, date, after)) return 'future';
  // "On Tuesday the downhill is run, and the super-G follows on Thursday": a schedule, to come.
  if (isFrontedDayFollowedFixture(before, date, after)) return 'future';
  // "Evacuees were asked to return on Tuesday, and most of them did": an instruction's outcome told.
  if (isInstructionOutcomeTold(before, after)) return 'past';
  return undefined;
}

/**
 * The tense of a date that a deed done on it or a plan set for it gives: a forecast made, a break
 * ended, a deed or a declaring on the day, a return or a vote scheduled; undefined when none does.
 */
function tenseOfDeedOrPlan(text: string, start: number, end: number): Tense | undefined {
  // "Growth will slow, the ministry forecast on Friday": the day of a forecast made, gone by.
  if (isForecastSaidOn(text, start, end)) return 'past';
  // "returns from its August recess next week": a break over by a nearer time after it.
  if (breakEndedBefore(text, start, end)) return 'past';
  // "will miss Saturday's game after a knock on Wednesday": the deed that led to it is gone by.
  if (deedDayGoneBy(text, start, end)) return 'past';
  // "The agreement reached over the weekend would cut the deficit": a deed done, gone by.
  if (deedWeekendGoneBy(text, start, end)) return 'past';
  // "The court on Tuesday night set a deadline of 5 p.m. Sunday": a deed of a verb whose past is
  // its present, its day told between subject and verb, gone by.
  if (isDayBeforeUnchangedPast(text, start, end)) return 'past';
  // "comes back from its August recess on Tuesday": the schedule's present of a return.
  if (backFromBreakOn(text, start, end)) return 'future';
  // "The local elections on Thursday are the first big test": a vote told in the present, to come.
  if (electionOnDayIs(text, start, end)) return 'future';
  // "declared Wednesday a day of national mourning": a day set ahead by the declaring, to come.
  if (isDayDeclaredAhead(text, start, end)) return 'future';
  // "Compaq's earnings, to be reported Wednesday, are expected …": an aside of what is still to
  // be done on the day, to come.
  if (isInfinitivePassiveDayAhead(text, start, end)) return 'future';
  return undefined;
}

/**
 * The tense the verbs near a date give it (tenseOfVerbs), measured after a May paired with it, from
 * a clock in words right before it, and from an "early" or "late" before it; "at the earliest"
 * after it keeps it ahead.
 */
function tenseOfNearVerbs(text: string, start: number, end: number, around: Around): Tense {
  // "Exports rose between January and May", "in March or May": the month paired with May is told
  // with it, so the verbs are measured after May, which is no modal looking ahead. Not a May that
  // opens a clause of its own ("rose in January and May will bring more").
  const may = pairedMayAfter(text, start, end);
  if (may > 0) return tenseAround(text, start, end + may);
  // "The launch is now set for two nineteen Thursday afternoon": a clock in words right before the
  // day is the day's, as "2:19 Thursday" is one mention, so the words are measured from the clock.
  const clock = SPOKEN_CLOCK_BEFORE_DATE.exec(text.slice(Math.max(0, start - 40), start));
  if (clock) return tenseAround(text, start - clock[0].length, end);
  // "told bankers late Saturday that it could not pay": "early" or "late" before the date belongs
  // to it, so the verbs are measured from the modifier, not from the bare day after it.
  const modifier = EARLY_OR_LATE_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
  const apart = PAST_PASSIVE_UP_TO_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  const tense = tenseOfVerbs(text, start - (apart ? 0 : (modifier?.[0].length ?? 0)), end);
  // "The vote comes Monday at the earliest" is ahead; "the leak began Monday at the earliest"
  // keeps its past verb.
  if (tense !== 'past' && EARLIEST_AFTER.test(around.after)) return 'future';
  return tense;
}

/** The words of a date's sentence before and after it, as tenseOfVerbs' readers take them. */
interface VerbsRead {
  text: string;
  start: number;
  end: number;
  before: string;
  after: string;
  tags: () => WordTags;
}

/** The date's own clause within its sentence, and what it tells. */
interface DateClause {
  /** The clause's words before the date. */
  before: string;
  /** The sentence's words after the date, a noun after it and a time given up left out. */
  rest: string;
  /** The clause's words before and after the date. */
  own: string;
  postponement: 'to' | 'from' | undefined;
  /** A will, a modal or "to" with a verb before the date in its clause. */
  futureInClause: boolean;
  /** The tense of the date's conjunct in its clause, else of its clause. */
  tense: () => Tense;
}

function tenseOfVerbs(text: string, start: number, end: number): Tense {
  // "would attend the summit in June if security allowed": a condition not met tells no past.
  const { before, after } = withoutHypotheticalCondition(sentenceAround(text, start, end));
  const tags = () => wordTags(text, start - before.length, end + after.length);
  const read: VerbsRead = { text, start, end, before, after, tags };
  // The plan's own words right before the date would read it ahead, so its undoing is asked first.
  if (planUndoneAfterDate(before, after)) return 'past';
  const cued = tenseOfCuesAround(read);
  if (cued) return cued;
  const clause = dateClause(read);
  // "Fans will spend the weekend camped outside": a participle right after the date describes
  // the subject through it; "will" with its verb (and a preposition) right before the date says
  // when, and wins over that participle.
  if (WILL_VERB_BEFORE.test(clause.before) && PARTICIPLE_AFTER.test(after)) return 'future';
  return tenseNextToDate(read, clause) ?? tenseOfClauseOrSentence(read, clause);
}

// The comma right after a date's words: one that closes a fronted date or opens an aside after it,
// or closes a fronted season before its clause (readPeriods).
export const COMMA_FIRST = /^\s*,/;

/**
 * The tense the words right around a date tell before its clause is read: a pair's first date,
 * a deadline apposed, a plan told, a schedule, a perfect, a saying, a measure reaching back.
 */
function tenseOfCuesAround({
  text,
  start,
  end,
  before,
  after,
  tags,
}: VerbsRead): Tense | undefined {
  const day = text.slice(start, end);
  // "Traders hope Wednesday's rally will continue": the date's thing goes on, so it is gone by.
  if (continuedDayEvent(after)) return 'past';
  // "Markets are closed on Thursday and Friday": the second of two weekdays joined by "and" or
  // "or" is told by the verb of the first, which the words before it show.
  const pair = WEEKDAY_AND_BEFORE.exec(before) ?? monthPairBefore(day, before, after);
  if (pair) {
    const first = start - before.length + pair.index;
    const tense = tenseAround(text, first, first + /^\S+/.exec(pair[0])![0].length);
    if (tense !== 'unknown') return tense;
  } else if (monthOpensModalClause(day, before, after)) return 'future';
  if (AWAY_AFTER.test(after)) return 'future';
  if (DEADLINE_APPOSED_BEFORE.test(before) && COMMA_FIRST.test(after))
    return DEADLINE_APPOSED_GONE_AFTER.test(after) ? 'past' : 'future';
  if (DEADLINE_GONE_APPOSED_BEFORE.test(before) && COMMA_FIRST.test(after)) return 'past';
  if (WEEKDAY_WORD.test(day) && WEEKDAY_SUBJECT_BEFORE.test(before) && PRESENT_BE_AFTER.test(after))
    return 'future';
  // "Voters have from ten to twelve choices on Tuesday": what a present "have" holds for the day;
  // "Ticket prices are twenty dollars on Friday": a price list of the days ahead.
  if (WEEKDAY_ALONE.test(day) && (isHeldOnDayAhead(before) || isAdmissionPriceOnDay(before)))
    return 'future';
  if (planTold(text, start, end, { before, after })) return 'past';
  if (HOPED_BEFORE.test(before) && givenUpAfter(text, end, after)) return 'past';
  if (scheduleLine(before, after, tags)) return 'future';
  if (PRESENT_CHANGE_BEFORE.test(before) && FORECASTERS_SAY_AFTER.test(after)) return 'future';
  // "had put off the sale until January": the new time a thing was put off to lies after the
  // putting off, which the perfect dates, so it is left to the putting off below.
  if (
    (perfectBefore(withoutClosedRelatives(before).slice(-PERFECT_REACH)) &&
      postponementBefore(text, start) !== 'to') ||
    PAST_PERFECT.test(after.slice(0, PERFECT_REACH))
  )
    return 'past';
  const saying = sayingTense({ words: before, at: start - before.length }, after, tags);
  if (saying) return saying;
  // "Speaking on Sunday, the minister said the vote would be held": the speaker's day, gone by.
  if (isSpeakingPhraseDay(before, after)) return 'past';
  // "is retroactive to Jan. 1": a measure reaches back to its date.
  if (RETROACTIVE_TO.test(before)) return 'past';
  if (CAN_VERB_BEFORE.test(before)) return 'future';
  if (
    ADJACENT_FUTURE_AFTER.test(after) &&
    (DEADLINE_GONE_BEFORE.test(before) || DEADLINE_GONE_AFTER.test(after))
  )
    return 'past';
  return undefined;
}

/**
 * The clause of the date first: in "The bill, which passed on Monday, goes to the House" the
 * relative clause's own verb dates Monday, not the main verb beyond the comma.
 */
function dateClause({ text, start, end, before, after, tags }: VerbsRead): DateClause {
  // "sank at 9:15 p.m. (1315 GMT) on Friday": an aside closed before the date leaves its clause
  // running on, so the words of the aside are blanked (keeping their places) before the clause's
  // opening is sought.
  const clauseSpan = withoutAsides(before);
  const opening = [...clauseSpan.matchAll(CLAUSE_BOUNDARY)].at(-1);
  // "was postponed to Monday" looks ahead as "until Monday" does; "was moved from Monday" names
  // the time given up, which says nothing of the future.
  const postponement = postponementBefore(text, start);
  const rest =
    postponement === 'from'
      ? withoutNewTime(nounAfterDate(before, after))
      : nounAfterDate(before, after);
  const closing = rest.search(CLAUSE_BOUNDARY);
  const clauseBefore = opening ? clauseSpan.slice(opening.index + opening[0].length) : clauseSpan;
  // The boundary stays in the clause after, so that its end is not taken for the sentence's.
  const clauseAfter = closing < 0 ? rest : rest.slice(0, closing + 1);
  const words = {
    before: { words: clauseBefore, at: start - clauseBefore.length },
    after: { words: clauseAfter, at: end },
  };
  return {
    before: clauseBefore,
    rest,
    own: `${clauseBefore} ${clauseAfter}`,
    postponement,
    // "will remain sealed until", "is expected to stay blocked from": a will, a modal or "to"
    // with a verb before the date in its clause looks ahead, whatever past verb stands before it.
    futureInClause:
      LOOKS_AHEAD.test(clauseBefore) || /\b(?:will|shall|won't|'ll|’ll)\b/i.test(clauseBefore),
    tense: () =>
      conjunctTense(text, start, before, words, tags) ?? cuesTense(words.before, words.after, tags),
  };
}

/**
 * Within the clause, the conjunct of the date first: in "The bill passed on Monday and heads
 * to the House" Monday is the passing's, however near "heads" is. Undefined where the conjunct
 * tells nothing, for the clause to tell.
 */
function conjunctTense(
  text: string,
  start: number,
  before: string,
  clause: { before: Stretch; after: Stretch },
  tags: () => WordTags,
): Tense | undefined {
  const conjunct = ownConjunct(clause.before, clause.after, tags);
  if (conjunct?.shared !== undefined) {
    // "had ruled that …, and set Friday as the deadline": the verb shares the tense of the one
    // before the "and", which it stands for as a past or a present cue at its own place.
    const at = start - before.length;
    const leading = before.slice(0, conjunct.shared.joint - at);
    const told = cuesTense({ words: leading, at }, { words: '', at: start }, tags);
    // "met on Monday and set Friday as the deadline": a date the verb sets is a time set ahead,
    // which a simple past before the joint does not date; a past perfect does ("had ruled").
    const { verb } = conjunct.shared;
    const setsDate = /^\s*$/.test(text.slice(verb.at + verb.length, start));
    if (told !== 'unknown' && !(told === 'past' && setsDate && !/\bhad\b/i.test(leading))) {
      const tense = cuesTense(conjunct.before, conjunct.after, tags, {
        ...verb,
        tense: told,
      });
      if (tense !== 'unknown') return tense;
    }
  }
  const tense = conjunct && cuesTense(conjunct.before, conjunct.after, tags);
  if (tense === 'unknown' && conjunct?.present) return 'future';
  return tense && tense !== 'unknown' ? tense : undefined;
}

/**
 * The tense of a date with words right before or after it that look ahead ("until", "is free",
 * "a chance of", "by"): ahead, unless an occasion is told in a past clause of its own or the main
 * clause tells it gone by. Undefined where no such words stand by it.
 */
function tenseNextToDate(read: VerbsRead, clause: DateClause): Tense | undefined {
  const { text, start, end, before, after, tags } = read;
  const adjacentBefore = isAheadBeforeDate(read, clause);
  if (
    !adjacentBefore &&
    !(
      ADJACENT_FUTURE_AFTER.test(after) &&
      (!AFTER_BEFORE.test(before) ||
        DEADLINE_AFTER.test(after) ||
        (SINCE_BEFORE.test(before) && OCCASION_VERB_AFTER.test(after)))
    )
  )
    return undefined;
  // "Turnout was low in the Sunday vote": an occasion (not a deadline) told in a past clause of
  // its own, not merely reported ("Officials said the Sunday vote would be free"), is gone by.
  const weekdayOccasion = WEEKDAY_OCCASION.test(text.slice(start, end));
  const toldPast =
    !adjacentBefore &&
    (!AWAITED_OCCASION_BEFORE.test(before) ||
      (COUNT_BEFORE_OCCASION.test(before) && !weekdayOccasion)) &&
    !DEADLINE_AFTER.test(after) &&
    !REPORTED.test(clause.own) &&
    clause.tense() === 'past';
  const afterStretch = { words: after, at: end };
  return toldPast ||
    pastMainClause(before, afterStretch, tags) ||
    (!weekdayOccasion && pastAfterFrontedCount(before, afterStretch, tags)) ||
    (clause.postponement === 'to' && pastClauseAfterNewTime(before, afterStretch, tags))
    ? 'past'
    : 'future';
}

/** Whether the words right before a date look ahead to it: a new time, a state, odds, a bound. */
function isAheadBeforeDate(read: VerbsRead, clause: DateClause): boolean {
  const { text, start, end, before, after, tags } = read;
  const mention = text.slice(start, end);
  const withPreposition = `${before}${MENTION_PREPOSITION.exec(mention)?.[0] ?? ''}`;
  const warning = warningForBefore(before);
  return (
    clause.postponement === 'to' ||
    (warning !== null && (warning.inPlace || !pastStoryAfter(clause.rest, end, tags))) ||
    PRESENT_PASSIVE_BEFORE.test(withPreposition) ||
    // "The curfew is in effect Saturday", "Parking is free Sunday": a state set for the day; not
    // one a past clause after dates ("The road is closed Saturday as crews cleared the wreck").
    (WEEKDAY_WORD.test(mention) &&
      endsInPresentState(before) &&
      !pastStoryAfter(clause.rest, end, tags)) ||
    // "The museum will stay closed on Christmas Day", "remains shut on Monday": a state kept.
    (isStateKeptBefore(withPreposition) && !pastStoryAfter(clause.rest, end, tags)) ||
    // "Snow is possible Thursday night", "a chance of showers on Friday": odds are for what comes;
    // so is the trouble travellers face ("Commuters face disruption on Friday").
    ((oddsForWeekday(before, mention) ||
      disruptionFacedFor(before, mention) ||
      wishAheadFor(before, mention, text.slice(end)) ||
      wishAheadForPeriod(before, mention, text.slice(end)) ||
      lookingAheadTo(before, mention) ||
      releaseAsideAhead(withPreposition, text.slice(end))) &&
      !pastStoryAfter(clause.rest, end, tags)) ||
    isBoundAheadBefore(read, clause) ||
    (COPULA_BEFORE.test(`${before}${CLOCK_OPENING.exec(mention)?.[0] ?? ''}`) &&
      !/^['’]s\b/.test(after) &&
      !pastWhenAfter(after, end, tags))
  );
}

/**
 * Whether a word of a bound or a time ahead right before a date ("until", "by", "from") looks
 * ahead to it, not told by a past verb of the bound ("stayed until", "was finished by") that no
 * modal or infinitive in its clause turns ahead.
 */
function isBoundAheadBefore({ text, start, end, before, after }: VerbsRead, clause: DateClause) {
  const { futureInClause } = clause;
  return (
    ADJACENT_FUTURE_BEFORE.test(before) &&
    clause.postponement !== 'from' &&
    !(PAST_VERB_FROM.test(before) && !futureInClause) &&
    !(PAST_EFFECTIVE.test(before) && !futureInClause) &&
    !(PAST_VERB_UNTIL.test(before) && !holdsUntil(before) && !futureInClause) &&
    !(isPastStayUntil(before) && !holdsUntil(before) && !futureInClause) &&
    // "used to" is no infinitive looking ahead (futureInClause); a month only, for a clock
    // ("used to stay up until midnight") is the habit's.
    !(
      USED_TO_UNTIL.test(before) &&
      !holdsUntil(before) &&
      MONTH_ALONE.test(text.slice(start, end))
    ) &&
    !(PAST_VERB_BY.test(before) && !holdsBy(before) && !futureInClause) &&
    !isDutyGoneBy(before, after) &&
    !(
      PAST_PASSIVE_BY.test(before) &&
      !holdsBy(before) &&
      !futureInClause &&
      !PRESENT_OR_MODAL_AFTER.test(after)
    ) &&
    // "to most customers" between the deed and "by" is no infinitive, so only a modal in the
    // clause, not futureInClause, says the deed is still to be done.
    !(
      (isDeedObjectBy(before) || isUnchangedDeedObjectBy(before, after) || isPastLevelBy(before)) &&
      !holdsBy(before) &&
      !MODAL_IN_CLAUSE.test(clause.before) &&
      !PRESENT_OR_MODAL_AFTER.test(after)
    ) &&
    !opensStretch(before, after)
  );
}

// A figure in a date's words, a day and month ("On 9 September"), or a weekday ("On Friday"): a
// day a plan can be set for, not a month or a season.
const PLAN_DAY = new RegExp(String.raw`\d|\b${WEEKDAY_PATTERN}\b`, 'i');
// A figure in the date's words: a day and month, which dayMonthByTense keeps within three months
// gone by, where a weekday read ahead is the coming one whatever follows.
const FIGURE = /\d/;
// A month named in the date's words, which with a figure is a day and month ("on 9 September").
const MONTH_IN_DAY = new RegExp(String.raw`\b${MONTH_WORD_SOURCE}`, 'i');
// "through" or "thru" right before the date, a word between at most ("through mid June").
const THROUGH_BEFORE = /\b(?:through|thru)\s+(?:\w+\s+)?$/i;
// The words after a date up to the first comma of its sentence, which may close a fronted phrase.
const UP_TO_COMMA = /^[^,;]*,/;

// A subject of one or two words in lower case and a present copula that does not open a plan
// ("Sunday hours are shorter", "Monday it is closed for cleaning", "Sunday admission is free"). Not
// the weekday as the subject itself ("Tuesday is remembered as the day the dam broke", "Tuesday is
// history"), which other rules read.
// Nor an adverb before the weekday's own copula ("Tuesday now is seen as the turning point",
// "Tuesday still is remembered"), which is no subject.
const PRESENT_STATE_AFTER = new RegExp(
  String.raw`^\s+(?!(?:now|still|also|already|again|once|too|never|${HABIT_ADVERB})\s)(?:[a-z][\w'’-]*\s+){1,2}?(?:is|are)\s+(?!(?:to|due|going)\b)[a-z]`,
);
// A past or a future elsewhere in the sentence tells its time by its own words.
const OTHER_TENSE_AFTER = /\b(?:was|were|had|did|will|would|yesterday|ago|last|earlier)\b/i;
// A simple past elsewhere in it ("Saturday the streets are quiet after rioters burned dozens of
// shops"), once the word after each copula is set aside ("is closed for inventory": a state).
const COPULA_AND_WORD = /\b(?:is|are)\s+(?:\w+ly\s+)?\w+/gi;
const SIMPLE_PAST = new RegExp(String.raw`\b(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`, 'i');
// A passive of a deed after the copula ("is reported missing", "is found in a ditch"), not a
// state a schedule tells ("is closed for cleaning", "is booked").
const DEED_PASSIVE = String.raw`(?:is|are)\s+(?:\w+ly\s+)?(?!(?:closed|shut|opened|reopened|booked|reserved|limited|expected|scheduled)\b)(?:${REGULAR_PAST}|${IRREGULAR_PARTICIPLE})\b`;
const DEED_PASSIVE_AFTER = new RegExp(String.raw`^[^.!?]*?\b${DEED_PASSIVE}`, 'i');
// The next sentence opening with a weekday and a passive of a deed too ("Sunday her body is found").
const WEEKDAY_DEED_PASSIVE_NEXT = new RegExp(
  String.raw`^[.!?]['"’”]?\s+${WEEKDAY_PATTERN}\b[^.!?]*?\b${DEED_PASSIVE}`,
  'i',
);

/**
 * "The museum is open Saturday, from 10 a.m. Sunday hours are shorter", said on Friday 12 January
 * 1996: a weekday alone that opens its sentence, at the text's start or after a clock that ends
 * the one before (clockEndsSentenceBetween), with a subject and a present copula after it, is a
 * state still to come, the coming Sunday (`1996-01-14`, was `1996-01-07`); "Sunday hours were
 * shorter" is the one gone by. Not a narrative in the historic present, a passive of a deed after
 * the weekday and again after the weekday opening the next sentence ("Friday the girl is reported
 * missing. Sunday her body is found in a ditch.", said on Wednesday 16 September 2009, the Friday
 * gone by).
 */
function presentStateAfterOpeningWeekday(
  text: string,
  start: number,
  after: string,
  next: string,
): boolean {
  // The text's start, not any sentence's: after a sentence of its own the weekday may go on a
  // narrative gone by ("Rioters burned cars Saturday. Sunday the streets are calm").
  const opens =
    text.slice(0, start).trim() === '' || clockEndsSentenceBetween(text, start - 1, start);
  return (
    opens &&
    PRESENT_STATE_AFTER.test(after) &&
    !OTHER_TENSE_AFTER.test(after) &&
    !SIMPLE_PAST.test(after.replace(COPULA_AND_WORD, 'is')) &&
    !(DEED_PASSIVE_AFTER.test(after) && WEEKDAY_DEED_PASSIVE_NEXT.test(next))
  );
}

/**
 * The tense a plan, a state or a past told around a fronted date gives it ("On Friday, the
 * company had planned to …", "Friday the streets are calm"), undefined if none.
 */
function tenseAroundFrontedDate(read: VerbsRead, clause: DateClause): Tense | undefined {
  const { text, start, end, before, after, tags } = read;
  const afterStretch = { words: after, at: end };
  const day = text.slice(start, end);
  // The text from the stop that ends the date's sentence on, whose next sentence may open with
  // "Instead" (INSTEAD_NEXT).
  const next = text.slice(end + after.length);
  if (
    !DATE_AHEAD.test(`${before.slice(-10)}${day}`) &&
    plannedAfterFrontedDate(before, afterStretch)
  )
    return 'past';
  if (
    PLAN_DAY.test(day) &&
    planToldAfterFrontedDay(before, afterStretch) &&
    (FIGURE.test(day) || !(pastAfterPlanClause(afterStretch) || INSTEAD_NEXT.test(next)))
  )
    return 'future';
  if (WEEKDAY_ALONE.test(day) && presentStateAfterOpeningWeekday(text, start, after, next))
    return 'future';
  if (
    (WEEKDAY_ALONE.test(day) || (FIGURE.test(day) && MONTH_IN_DAY.test(day))) &&
    planToldBeforeDay(before, after, next)
  )
    return 'future';
  if (planUndoneAfterFrontedDate(before, afterStretch)) return 'past';
  if (
    pastAfterFrontedDeadline(before, afterStretch, tags) ||
    pastRelativeClauseBefore({ words: clause.before, at: start - clause.before.length }, end, tags)
  )
    return 'past';
  return undefined;
}

/**
 * The tense of a date whose clause tells none: a past told by a verb with an amount, else the
 * whole sentence's, or a headline's plan.
 */
function tenseOfAmountOrSentence(read: VerbsRead, clause: DateClause): Tense {
  const { text, start, end, before, after, tags } = read;
  const afterStretch = { words: after, at: end };
  // "Inflation hit 5.1 percent in August, …, but the bank expects it to fall": a verb whose past
  // is its present, with an amount after it, in the date's clause and no modal or "to" before it,
  // reports what happened; a future cue further on in the sentence is another clause's.
  if (UNCHANGED_WITH_AMOUNT.test(clause.before) && !clause.futureInClause) return 'past';
  // "Six months after the merger, the company cut 300 jobs": so does such a verb in the main clause
  // after the comma of a phrase that opens the sentence.
  const comma = UP_TO_COMMA.exec(after);
  if (
    comma &&
    FRONTED.test(before) &&
    UNCHANGED_WITH_AMOUNT.test(clauseAt(afterStretch, comma[0].length).words)
  )
    return 'past';
  const whole = cuesTense(
    { words: before, at: start - before.length },
    { words: clause.rest, at: end },
    tags,
  );
  return whole === 'unknown' &&
    (HEADLINE_DUE.test(before) ||
      (SIGNALS_PLAN_BEFORE.test(before) &&
        !SIGNALS_PLAN_NO_OBJECT.test(before) &&
        (!NOUN_AFTER_MONTH.test(after) || PLANNED_ACTION_BEFORE.test(before))) ||
      headlineInfinitive(
        text.slice(start - before.length, end + after.length),
        start - before.length,
        tags(),
      ))
    ? 'future'
    : whole;
}

/**
 * The tense of a date with no word by it that looks ahead: a plan or a past told after a fronted
 * date, a bound up to it, its clause's tense, a past told by a verb with an amount, else the whole
 * sentence's, or a headline's plan.
 */
function tenseOfClauseOrSentence(read: VerbsRead, clause: DateClause): Tense {
  const fronted = tenseAroundFrontedDate(read, clause);
  if (fronted) return fronted;
  const { end, before, after, tags } = read;
  const afterStretch = { words: after, at: end };
  const own = clause.tense();
  if (UP_TO_BEFORE.test(before) && !opensStretch(before, after)) {
    const holds = THROUGH_BEFORE.test(before) && HOLDS_UNTIL.test(clause.own);
    // "Before the weekend, traders sold stocks": fronted, the date's phrase is dated by the main
    // clause after its comma, as "By Tuesday evening, the fire was out" is.
    const past =
      (own === 'past' && !LOOKS_AHEAD.test(clause.before)) ||
      pastMainClause(before, afterStretch, tags) ||
      pastAfterFrontedDayCount(before, afterStretch, tags);
    return past && !holds ? 'past' : 'future';
  }
  if (own !== 'unknown') return own;
  return tenseOfAmountOrSentence(read, clause);
}

// "Election results due Monday": "due" right before the date of a sentence with no other tense is
// a headline's plan; not after "came", "fell" or "became" (a debt falling due), nor "was", "were",
// "been". Elsewhere "due" tells no tense ("The payment, due on Monday, was never made").
const NOT_HEADLINE_DUE = 'was|were|been|came|come|comes|fell|fall|falls|became|become|becomes';
const HEADLINE_DUE = new RegExp(
  String.raw`(?<!\b(?:${NOT_HEADLINE_DUE})\s+)\bdue\s+(?:on\s+)?$`,
  'i',
);

// "Fed Signals Rate Cut In December", "Ministry Eyes Tax Rise In October", "Union Vows Strike In
// September", "Relatives plan a mass on Sunday": a present verb of signalling or planning before
// the date, in a sentence with no other tense, points ahead; the plural's forms too ("plan",
// "vow", "pledge", "propose", "prepare"), which have no past of that spelling, only after a plural
// subject ("Relatives", "Unions", "they", "we"). Not "sets" after a determiner, a number or "TV" (a
// noun: "TV sets in December"), nor "plan" after one ("the plan") or after a noun that is not
// plural ("State pension plan gains 8 percent in March", "Wedding vow renewals soar in June": the
// noun "plan", the news gone by).
const PLURAL_SUBJECT_BEFORE = String.raw`(?<=\b(?:\w+[a-rtv-z]s|they|we)\s)`;
const NOT_SINGULAR_BEFORE = String.raw`(?<!\b(?:\w+['’]s|this|is|was|has|does|its|his)\s)`;
const SIGNALS_PLAN_VERBS = [
  'signals|plans|eyes|sets|vows|pledges|promises|targets|weighs|mulls|considers|proposes',
  'readies|prepares|flags',
  `${PLURAL_SUBJECT_BEFORE}${NOT_SINGULAR_BEFORE}(?:plan|vow|pledge|propose|prepare)`,
].join('|');
const SIGNALS_PLAN_BEFORE = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|his|her|their|our|TV|\d+)\s)\b(?:${SIGNALS_PLAN_VERBS})\b`,
  'i',
);
// Not where the verb has no object before the date ("Record Sets In February"), nor where a noun
// follows the month ("Trump Targets Canada In January Speech"): the month then names a thing
// done, not the time of a plan.
const SIGNALS_PLAN_NO_OBJECT = new RegExp(
  `${SIGNALS_PLAN_BEFORE.source}\\s+(?:in|on|at|for|during|by)\\s+(?:the\\s+)?$`,
  'i',
);
const NOT_NOUN_AFTER_MONTH = [
  'as|and|but|or|after|before|amid|to|for|with|while|when|if|despite|over|on|in|at|by|from',
  'says?|said|report|sources',
].join('|');
const NOUN_AFTER_MONTH = new RegExp(String.raw`^\s+(?!(?:${NOT_NOUN_AFTER_MONTH})\b)[A-Za-z]`, 'i');
// "Fed Signals Rate Cut In December Meeting", "Union Plans Strike At March Conference": a change or
// an action planned right before the month is the plan the meeting is for, the noun after the
// month its occasion, which still lies ahead.
const PLANNED_ACTION = 'cuts?|hikes?|rises?|increases?|reductions?|strikes?|walkouts?|pause';
const PLANNED_ACTION_BEFORE = new RegExp(
  String.raw`\b(?:${PLANNED_ACTION})\s+(?:in|at)\s+(?:the\s+|its\s+|their\s+)?$`,
  'i',
);

// "Minister to visit Kyiv on Tuesday", "Storm to hit coast on Thursday": a headline's subject and
// an infinitive, with "is" or "are" left out, tell a plan.
// The subject is the fewest words before the first "to" ("Union to put offer to members").
const HEADLINE_INFINITIVE = new RegExp(
  `^\\s*((?:[\\w'’.-]+\\s+){1,4}?)(to\\s+)(?=${TO_INFINITIVE.slice('\\bto\\s+'.length)})`,
);
// "Returned", "Chose": a past form of a verb, which "Fed" (three letters) is not taken for.
const ONE_WORD_PAST = new RegExp(`^\\s*(?:${regularPastOfStem(3)}|${IRREGULAR_PAST})\\s+$`, 'i');
// "Gold edges to record high": a level the headline's subject moved to, not a verb.
const LEVEL_AFTER = /^[a-z]+\s+(?:highs?|lows?)\b/i;
// "Fed ", "Man ": a headline's subject of one word.
const ONE_WORD = /^\s*\S+\s+$/;

/**
 * Whether a sentence with no other cue is a headline of a plan: up to four words with no verb in
 * the present or the past ("Shares fall to record low" has one; a lone word is the subject), then
 * "to" and a word the tagger takes for an infinitive ("Return to normal", "Pound falls to
 * two-week low" have none).
 */
function headlineInfinitive(sentence: string, at: number, tags: WordTags): boolean {
  const m = HEADLINE_INFINITIVE.exec(sentence);
  if (!m) return false;
  const subject = m[0].length - m[2]!.length;
  const verb = tags.get(at + m[0].length);
  if (!verb?.has('Infinitive') || LEVEL_AFTER.test(sentence.slice(m[0].length))) return false;
  // "Fed to cut rates", "Man to face trial": a subject of one word is the headline's noun, whatever
  // the tagger makes of it; a headline's verb needs a subject before it. Not a word in a past form
  // ("Returned to work", "Chose to stay", "Told to leave"): that is the verb of a subject left out.
  if (ONE_WORD.test(m[1]!) && !ONE_WORD_PAST.test(m[1]!)) return true;
  return ![...tags].some(
    ([offset, tagged]) =>
      offset >= at &&
      offset < at + subject &&
      (tagged.has('PresentTense') || tagged.has('PastTense') || tagged.has('Modal')),
  );
}

/**
 * The words after a date with the noun it describes blanked out: in "the Sunday vote", "after the
 * March 3 close" and "Friday's vote" the word after the date is a noun, never the present tense
 * of a plan. Blanks keep every offset where it was.
 */
const ATTRIBUTIVE_LEAD = new RegExp(`\\b(?:${DETERMINER}|this|last)\\s+$`, 'i');
// "The Easter weekend will be busy", "The weekend could bring snow": a modal in lower case right
// after the date is the verb of the date as subject, never a noun it describes. Not a modal's
// perfect ("The Friday could not have gone worse", "would have marked"), told of a time gone by:
// there the word after the date is blanked as a noun, as for any other word.
const MODAL_OPENS_AFTER = new RegExp(`^\\s+(?:${MODALS})\\b(?!\\s+(?:not\\s+)?have\\b)`);
// "Friday's vote": a possessive right after the date.
const POSSESSIVE_AFTER = /^['’]s\b/;
// The noun the date describes, after its possessive if it has one.
const DESCRIBED_NOUN = /^(?:['’]s)?\s*[a-z]+/i;

function nounAfterDate(before: string, after: string): string {
  const describes =
    (ATTRIBUTIVE_LEAD.test(before) && !MODAL_OPENS_AFTER.test(after)) ||
    POSSESSIVE_AFTER.test(after);
  return describes ? after.replace(DESCRIBED_NOUN, (noun) => ' '.repeat(noun.length)) : after;
}

// "moved from Monday to May 3", "postponed from Monday to next week": the words of the new time
// after the time given up.
const NEW_TIME_AFTER = /^(\s+(?:to|until|till|into)\s+)([^,;:()]*)/i;

/**
 * The words after a time given up with those of the new time blanked: they date the new time
 * ("May", "next week" are no cue to the time given up), which the verb of putting off dates.
 * Blanks keep every offset where it was.
 */
function withoutNewTime(after: string): string {
  return after.replace(
    NEW_TIME_AFTER,
    (_all, to: string, time: string) => `${to}${' '.repeat(time.length)}`,
  );
}

// "from Tuesday through Thursday": "from" opens a stretch here, and says nothing of the tense.
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const STRETCH_END_AFTER = /^\s+(?:to|through|thru|until|till)\s/i;

function opensStretch(before: string, after: string): boolean {
  return FROM_BEFORE.test(before) && STRETCH_END_AFTER.test(after);
}

// Commas, semicolons, colons, dashes and parentheses bound a clause; the colon of a clock time
// ("at 9:15 p.m.") does not, nor the comma that groups a figure's thousands ("a crowd of 100,000
// shortly before midnight" is one clause, told by "addressed").
const CLAUSE_BOUNDARY = /(?<!\d),|,(?!\d{3}(?!\d))|[;()]|:(?!\d)|--|—/g;

/** `words` with each parenthesis closed within it blanked, brackets and all, keeping its length. */
function withoutAsides(words: string): string {
  return words.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
}

/** The clause that opens `from` characters into `stretch`: its words up to the next boundary. */
function clauseAt(stretch: Stretch, from: number): Stretch {
  const rest = stretch.words.slice(from);
  const stop = rest.search(CLAUSE_BOUNDARY);
  return { words: stop < 0 ? rest : rest.slice(0, stop), at: stretch.at + from };
}

// "hit 5.1 percent", "cut 300 jobs", "hit a record": a verb whose past is written as its present
// ("set", "put", "cut") before an amount, not after a modal, "to" or "did" (where it is the bare
// form) nor after "-s" subjects' present "hits". The amount may be what the verb's object was
// brought to or by ("cut its rate to 0.75 percent", "cut the forecast by 0.2 points"), its object
// of up to three words between.
const UNCHANGED_AMOUNT = [
  String.raw`(?:a|an)\s+(?:record|high|low|peak)\b`,
  String.raw`(?:(?:its|their|the|his|her|our)\s+(?:[\w'’-]+\s+){1,2}(?:to|by)\s+)?` +
    String.raw`(?:about|around|nearly|almost|some|over|more\s+than)?\s*[$£€]?\d`,
].join('|');
const UNCHANGED_WITH_AMOUNT = new RegExp(
  `(?<!${BARE_VERB_LEAD_SOURCE})` + String.raw`\b(?:${UNCHANGED_PAST})\s+(?:${UNCHANGED_AMOUNT})`,
  'i',
);

/**
 * "By Tuesday evening, the fire was out", "Until March, he was free": a deadline word that opens
 * the sentence names a moment already gone when the clause right after the comma is past (and
 * reports nothing: in "By Friday, Iran must comply, he said" the saying does not date Friday).
 */
function pastMainClause(before: string, after: Stretch, tags: () => WordTags): boolean {
  // "Through June Ford, the No. 2 auto maker, sold …": the main clause after its subject's
  // apposition.
  const comma = SUBJECT_APPOSED_AFTER.exec(after.words) ?? COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED.test(before)) return false;
  return pastUnreported(clauseAt(after, comma[0].length), tags);
}

// "Three weeks before the", "Days before the": a count before an occasion opening the sentence.
const FRONTED_COUNT = new RegExp(`^\\s*${COUNT_BEFORE_SOURCE}`, 'i');
// The comma that closes a fronted occasion: after the date, its possessive and one word at most
// ("Three weeks before the March 9 vote, he quit").
const COMMA_AFTER_OCCASION = /^(?:['’]s)?\s*[a-z]*\s*,/i;

/**
 * "Three weeks before the March 9 vote, he quit": a count before an occasion that opens the
 * sentence dates the main clause after the comma (with no reporting verb), so a past main clause
 * puts the occasion in the past too.
 */
function pastAfterFrontedCount(before: string, after: Stretch, tags: () => WordTags): boolean {
  const comma = COMMA_AFTER_OCCASION.exec(after.words);
  if (!comma || !FRONTED_COUNT.test(before)) return false;
  return pastUnreported(clauseAt(after, comma[0].length), tags);
}

// "Two weeks before", "In the final two days before", "Over the past two weeks before": a count
// of days, weeks or months (or a span of them) before a date, opening the sentence. Not hours:
// "Hours before Sunday, …" told on a Saturday is as likely the coming Sunday as the last.
const FRONTED_DAY_COUNT = new RegExp(
  String.raw`^\s*(?:(?:in|over|during|across|for)\s+)?(?:the\s+)?` +
    String.raw`(?:(?:final|past|last|first|remaining|closing|previous|preceding)\s+)?` +
    String.raw`(?:${NUMBER_SOURCE}|a few|several)\s+(?:days?|weeks?|months?)\s+before\s+$`,
  'i',
);

/**
 * "Two weeks before Sunday, prices rose", "In the final two days before Sunday, volunteers
 * knocked on doors": a count before a date that opens the sentence is told in the tense of the
 * main clause after its comma (with no reporting verb), as it is when it follows that clause
 * ("Prices rose two weeks before Sunday") and as a bare fronted "Before Sunday," is.
 */
function pastAfterFrontedDayCount(before: string, after: Stretch, tags: () => WordTags): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED_DAY_COUNT.test(before)) return false;
  return pastUnreported(clauseAt(after, comma[0].length), tags);
}

// "the government planned to pay", "the company expected to close": a subject of up to four words
// and a past of planning as its verb, with no form of "be" or "have" before it (a passive or a
// perfect) nor an article right before it ("the planned merger").
const BE_HAVE_OR_WILL = `${BE_OR_HAVE}|will|would`;
const PLANNED_MAIN_VERB = new RegExp(
  String.raw`^\s*(?:(?!(?:${BE_HAVE_OR_WILL})\s)[\w'’.-]+\s+){0,4}` +
    String.raw`(?!(?:${BE_HAVE_OR_WILL}|${DETERMINER})\s)[\w'’.-]+\s+` +
    '(?:planned|scheduled|expected)\\b',
  'i',
);
// "This Friday, the council planned to vote": a date that names itself ahead stays ahead.
const DATE_AHEAD = /\b(?:this|next|coming)\s/i;
// What tells the main clause is still ahead of that past plan: "a vote scheduled for Monday
// will decide it" (a participle after its noun, the main verb to come).
const MAIN_VERB_AHEAD = /\b(?:will|would|shall|is|are|'ll|’ll)\b/i;

/**
 * "On Friday, the government planned to pay the first claims": a date that opens the sentence
 * before a main clause whose verb is a past of planning dates that past, as "On Friday, it
 * intended to pay" does; the plan's own time is in what follows it. "was planning to" and "plans
 * to" are not such verbs.
 */
function plannedAfterFrontedDate(before: string, after: Stretch): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED.test(before)) return false;
  const main = clauseAt(after, comma[0].length).words;
  const verb = PLANNED_MAIN_VERB.exec(main);
  return (
    verb !== null &&
    !MAIN_VERB_AHEAD.test(main.slice(verb[0].length)) &&
    nearest(REPORTING, main, false) === Infinity
  );
}

// The main clause of a plan told in the past: a subject of one to five words (no form of "be",
// "have" or a modal among them), "was" or "were", "due", "set" or "scheduled" if any, and "to"
// with a verb that is not "have" ("was to have reopened" is a plan that came to nothing). An "and"
// or "then" just before "was" joins a second verb to a clause already told ("On Monday, the board
// met and was to vote on Friday"): the fronted day is that first deed's.
const PLAN_TOLD_MAIN = new RegExp(
  String.raw`^\s*(?:(?!(?:${BE_HAVE_OR_WILL}|${MODALS})\s)[\w'’.-]+\s+){1,5}(?<!\b(?:and|then)\s+)(?:was|were)\s+(?:(?:due|set|scheduled)\s+)?to\s+(?!have\b)[a-z]+\b`,
  'i',
);

// "was to meet, but the meeting was cancelled": a plan told with "but" after it came to nothing,
// a day gone by.
const PLAN_UNDONE = /\bbut\b/i;
// A past in what follows a plan, which tells what came of it: after its "but" ("but the work ran
// late", "but it was reprieved"), or after its clause ("; he stayed in London"). PAST_CUE without
// its "g", so that `test` keeps no `lastIndex` between calls.
const UNDONE_PAST_CUE = new RegExp(PAST_CUE.source);
// The stop that ends the sentence of what came of the plan.
const SENTENCE_STOP = /[.!?]/;
// Something still to come after the "but", which leaves the plan ahead ("but the date may slip",
// "but officials said it would open late").
const UNDONE_AHEAD = new RegExp(String.raw`\b(?:${MODALS}|is|are|'ll|’ll|hopes?|expects?)\b`, 'i');
// "but the opening was put back to 2009", "but it was postponed until next year": a plan put off to
// a later time the sentence names was still ahead when put off, and its day is the coming one.
const UNDONE_TO_LATER =
  /\b(?:(?:put|pushed|moved|set)\s+back|put\s+off|postponed|delayed|deferred|rescheduled)\b[^.;!?]*?\b(?:to|until|till|by)\s+(?:next\s+(?:year|month|week|spring|summer|autumn|fall|winter)|a\s+year|(?:several|a\s+few|two|three|six)\s+(?:weeks|months|years)|(?:19|20)\d{2})\b/i;
// "but miners voted last night to fight on": what follows "but" told as the latest news, on a day
// of its own near publication, is news of a plan still standing then, its day ahead, whether or
// not that news undoes it.
const UNDONE_LATELY = new RegExp(
  String.raw`\b(?:yesterday|today|tonight|last\s+night|this\s+(?:week|morning|afternoon|evening)|${WEEKDAY_PATTERN})\b`,
  'i',
);
// "On Monday, the jury was to begin its deliberations. Instead, the judge declared a mistrial.": a
// next sentence that opens with "Instead" tells what came of the plan, as a past after the plan's
// clause in its own sentence does; "Instead of flying, the players will take the train" does not
// (a thing put in another's place, the plan's day standing).
const INSTEAD_NEXT = /^[.!?]['"’”]?\s+Instead\b(?!\s+of\b)/;
// "The couple were to marry on 9 September. The groom never arrived.": a next sentence that tells
// in the past that something never happened tells what came of the plan, as "Instead" does; a
// "never" before a present ("The groom never arrives late") tells no outcome.
const NEVER_PAST_NEXT = new RegExp(
  String.raw`^[.!?]['"’”]?\s+[^.!?]*?\bnever\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST})\b`,
  'i',
);

/**
 * "On 9 September, the trust's board was to meet in Leeds", said on 15 February 2006: a day and
 * month that open the sentence before a plan told in the past ("was to", "were due to", "was set
 * to") is the plan's day, ahead, as a plan told in the present is; only a day more than three
 * months gone moves to the next year (dayMonthByTense), so "On 9 January, the board was to meet",
 * said on 15 February, stays the January gone by. A weekday is read the same way: "On Friday, the
 * trust's board was to meet in Leeds", said on Wednesday 15 February 2006, is the coming Friday.
 */
function planToldAfterFrontedDay(before: string, after: Stretch): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED.test(before) || PLAN_UNDONE.test(after.words)) return false;
  return PLAN_TOLD_MAIN.test(clauseAt(after, comma[0].length).words);
}

// A plan told in a relative clause ("The thrift's sale, which was to be completed Friday, has been
// delayed"): the main clause tells what became of it, so the plan alone does not date the day.
const RELATIVE_PLAN = new RegExp(
  String.raw`\b(?:which|that|who)\s+(?:[\w'’-]+\s+)?(?:was|were)\s+(?:(?:due|set|scheduled)\s+)?to\b`,
  'i',
);
// A plan put off or called off later in its sentence, gone by.
const PLAN_PUT_OFF =
  /\b(?:delayed|postponed|cancell?ed|called\s+off|put\s+off|scrapped|shelved|suspended)\b/i;
// "She was to marry him on Saturday; instead she fled to Paris": what was done instead, after a
// semicolon, undoes the plan as "but" does; "; instead of a church, they chose a beach" does not.
const INSTEAD_AFTER_STOP = /;\s*instead\b(?!\s+of\b)/i;
// A stop before a space or the text's end, which ends the sentence after a weekday.
const SENTENCE_STOP_AFTER = /[.!?](?=\s|$)/;

/**
 * "The board was to meet on Friday", said on Wednesday 15 February 2006: a weekday right after a
 * plan told in the past is the plan's day, ahead, as "On Friday, the board was to meet" is
 * (planToldAfterFrontedDay). So is a day and month: "The board was to meet on 9 September in
 * Leeds", said on 15 February 2006, is the coming September, as the fronted form is, while
 * dayMonthByTense keeps a day less than three months gone where it was ("The trial was to begin
 * on March 3", said on 14 May 1997). Not when "but" tells the plan came to nothing ("was to meet on
 * Friday, but the meeting was cancelled") or "instead" after a semicolon or opening the next
 * sentence ("She was to marry him on Saturday; instead she fled to Paris", said on Wednesday 9
 * October 2002, the Saturday gone by) or a next sentence telling in the past that something never
 * happened ("The couple were to marry on 9 September. The groom never arrived.", said on 15
 * February 2006, the September gone by), nor when the plan is put off later in the sentence or
 * told in a relative clause ("The sale, which was to be completed Friday, has been delayed"),
 * which stay gone by.
 */
function planToldBeforeDay(before: string, after: string, next: string): boolean {
  const clause = before.split(CLAUSE_STOP).at(-1) ?? '';
  return (
    PLAN_TOLD_BEFORE.test(clause) &&
    !RELATIVE_PLAN.test(clause) &&
    !PLAN_UNDONE.test(clause) &&
    !PLAN_UNDONE.test(after) &&
    !INSTEAD_AFTER_STOP.test(after) &&
    !INSTEAD_NEXT.test(next) &&
    !NEVER_PAST_NEXT.test(next) &&
    !PLAN_PUT_OFF.test(after.split(SENTENCE_STOP_AFTER)[0] ?? '')
  );
}

/**
 * "On Tuesday, the minister was to fly to Brussels; he stayed in London", said on Wednesday 15
 * February 2006: a past told after the plan's clause, in the same sentence, is what came of the
 * plan, and the weekday is the one gone by.
 */
function pastAfterPlanClause(after: Stretch): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma) return false;
  const plan = clauseAt(after, comma[0].length).words;
  const rest = after.words.slice(comma[0].length + plan.length).split(SENTENCE_STOP)[0] ?? '';
  return UNDONE_PAST_CUE.test(rest);
}

/**
 * "On 21 August, the gallery was due to reopen, but the work ran late", said on 9 May 2001: a
 * fronted date before a plan told in the past that "but" and a past undo is the plan's day gone
 * by, as "was to have reopened" is; "but the date may slip" leaves the plan ahead.
 */
function planUndoneAfterFrontedDate(before: string, after: Stretch): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED.test(before)) return false;
  const main = clauseAt(after, comma[0].length).words;
  const but = PLAN_UNDONE.exec(after.words);
  if (!but || !PLAN_TOLD_MAIN.test(main)) return false;
  return undoneInPast(after.words.slice(but.index + but[0].length).split(SENTENCE_STOP)[0] ?? '');
}

/**
 * Whether the words after a plan's "but" tell, in the past, what undid it ("but the work ran
 * late"). "but the union said it had not been consulted": a saying after "but" is a word on the
 * plan, not what undid it, and leaves the plan where it was; "but the opening was put back to
 * 2009" puts it off to a later time, and leaves it ahead.
 */
function undoneInPast(undone: string): boolean {
  return (
    UNDONE_PAST_CUE.test(undone) &&
    !UNDONE_AHEAD.test(undone) &&
    !REPORTED.test(undone) &&
    !UNDONE_LATELY.test(undone) &&
    !UNDONE_TO_LATER.test(undone)
  );
}

// "Retailers planned for a strong Christmas season, but shoppers stayed home": a subject's past
// of planning "for" the time, a few words of its own between, is a plan told in the past too, as
// "was scheduled to open on" is. Not after a form of "be" or "have" ("was planned for", "had
// planned for": a passive or a plan held before).
const PLANNED_FOR_BEFORE = new RegExp(
  String.raw`(?<!\b(?:${BE_OR_HAVE})\s+)\bplanned\s+for\s+(?:[\w'’$%-]+\s+){0,3}?$`,
  'i',
);

/**
 * "The plant was scheduled to close on 1 December, but it was reprieved", said on 10 April 2008: a
 * date right after a plan told in the past, with "but" and a past undo later in its sentence, is
 * the plan's day gone by (`2007-12-01`), as the fronted date is (planUndoneAfterFrontedDate); "but
 * workers hope it will be saved" leaves it ahead, as does "The gallery was due to reopen on 21
 * August" with nothing after it, and a plan told in a relative clause is the main clause's to date.
 */
function planUndoneAfterDate(before: string, after: string): boolean {
  const clause = before.split(CLAUSE_STOP).at(-1) ?? '';
  if (!(PLAN_TOLD_BEFORE.test(clause) || PLANNED_FOR_BEFORE.test(clause))) return false;
  if (RELATIVE_PLAN.test(clause)) return false;
  const sentence = after.split(SENTENCE_STOP)[0] ?? '';
  const but = PLAN_UNDONE.exec(sentence);
  return but !== null && undoneInPast(sentence.slice(but.index + but[0].length));
}

/**
 * "On Saturday night, the deadline was extended": a day that opens the sentence is dated by the
 * verb of the main clause after its comma, as "On Saturday, the talks were extended" is, even when
 * that clause's subject is a deadline: the noun names the day of the deadline, not the day before
 * the comma. Only a past verb that reports nothing ("On Saturday, the deadline was extended, he
 * said" tells only when it was said); "On Saturday, the deadline expires" stays ahead.
 */
function pastAfterFrontedDeadline(before: string, after: Stretch, tags: () => WordTags): boolean {
  const comma = COMMA_FIRST.exec(after.words);
  if (!comma || !FRONTED.test(before)) return false;
  const main = clauseAt(after, comma[0].length);
  const subject = DEADLINE_SUBJECT.exec(main.words);
  if (!subject) return false;
  const from = subject[0].length;
  return pastUnreported({ words: main.words.slice(from), at: main.at + from }, tags);
}

// A relative pronoun and its clause's words up to the date: "who were turned away ", "that
// closed ". Six words at most: further off, the clause may have ended before the date.
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|which|that)\s+((?:[\w'’-]+\s+){1,6})$/i;
// A modal, "will" or "to" in the relative clause looks ahead ("who will be turned away").
const AHEAD_IN_RELATIVE = new RegExp(`\\b(?:${MODALS}|won't|'ll|’ll|to)\\b`, 'i');

/**
 * "Shoppers who were turned away on Saturday can return next week": a relative clause with no
 * comma that runs up to the date dates it by its own verb, when that is past; the modal or
 * "will" after the date is the main clause's ("… will return next week"). Not a clause looking
 * ahead ("who will be turned away on Saturday"), nor one with a present verb before the date,
 * where the relative clause has ended and the date is the main verb's ("Fans who camped out see
 * the band on Saturday").
 */
function pastRelativeClauseBefore(clause: Stretch, end: number, tags: () => WordTags): boolean {
  const relative = RELATIVE_CLAUSE_BEFORE.exec(clause.words);
  if (!relative || AHEAD_IN_RELATIVE.test(relative[1]!)) return false;
  const from = clause.at + relative.index + relative[0].length - relative[1]!.length;
  const words = { words: relative[1]!, at: from };
  const present = [...tags()].some(
    ([offset, tagged]) =>
      offset >= from &&
      offset < from + relative[1]!.length &&
      (tagged.has('PresentTense') || tagged.has('Modal')),
  );
  return !present && cuesTense(words, { words: '', at: end }, tags) === 'past';
}

// A participle phrase the date closes ("The vote, postponed to "): the main verb comes after it.
const PARTICIPLE_PHRASE = /,\s*(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;:()]*$/i;

// A main verb that says the thing put off itself came about ("went ahead", "was finally held",
// "took place", "was a success"): only that dates the new time beyond a participle phrase; any
// other past verb tells what the putting off did ("The tax, delayed to April, angered farmers").
const CAME_ABOUT = new RegExp(
  String.raw`^(?:\w+ly\s+)?(?:` +
    [
      String.raw`finally\b`,
      String.raw`(?:was|were)\s+(?:\w+ly\s+)?(?:held|played|staged|opened|launched|completed)\b`,
      String.raw`(?:was|were)\s+an?\s+(?:\w+\s+)?(?:success|hit|flop|failure|sell-?out)\b`,
      String.raw`went\s+(?:ahead|off)\b|took\s+place\b|got\s+under\s*way\b|kicked\s+off\b`,
      String.raw`(?:happened|opened|began|started|ended|closed|passed)\b`,
    ].join('|') +
    ')',
  'i',
);

// The comma after a new time, and the "when" that may open the clause after it.
const COMMA_AFTER_NEW_TIME = /^\s*,\s*/;
const WHEN_OPENS = /^when\s+/i;

/**
 * "The vote, postponed to Sunday, went ahead", "The hearing was moved to Monday, when the judge
 * denied bail": the new time of a thing put off is gone by when a past clause after it tells what
 * happened then, a "when" clause or the main verb beyond the participle phrase holding the date
 * when it says the thing came about.
 * A saying ("…, officials said") tells only when it was said.
 */
function pastClauseAfterNewTime(before: string, after: Stretch, tags: () => WordTags): boolean {
  const comma = COMMA_AFTER_NEW_TIME.exec(after.words);
  if (!comma) return false;
  const when = WHEN_OPENS.exec(after.words.slice(comma[0].length));
  if (!when && !PARTICIPLE_PHRASE.test(before)) return false;
  const clause = clauseAt(after, comma[0].length + (when?.[0].length ?? 0));
  return (
    (when !== null || CAME_ABOUT.test(clause.words)) &&
    !REPORTED.test(clause.words) &&
    clauseIsPast(clause, tags)
  );
}

/**
 * The nearer of the future and the past cues in `before` and `after`; the tagger is asked (once
 * a sentence) only when its past tenses could still win, the cues having found no past nearer
 * than the future.
 */
function cuesTense(
  beforeStretch: Stretch,
  afterStretch: Stretch,
  tags: () => WordTags,
  verb?: { at: number; length: number; tense: 'past' | 'future' },
): Tense {
  const before = beforeStretch.words;
  const after = afterStretch.words;
  // A verb whose tense the caller knows, at its distance from the date.
  const known = (tense: Tense) => {
    if (verb?.tense !== tense) return Infinity;
    const index = verb.at - beforeStretch.at;
    if (index >= 0 && index < before.length) return before.length - index - verb.length;
    const later = verb.at - afterStretch.at;
    return later >= 0 && later < after.length ? later : Infinity;
  };
  const future = Math.min(
    known('future'),
    nearest(FUTURE_CUE, before, true),
    nearest(FUTURE_CUE, maskParticipleAdjunct(after), false),
    nearest(PRESENT_SCHEDULE, before, true),
    nearest(PRESENT_SCHEDULE, after, false),
    nearest(FIXTURE, before, true),
  );
  const reporting = Math.min(nearest(REPORTING, before, true), nearest(REPORTING, after, false));
  const cued = Math.min(
    known('past'),
    nearest(PAST_CUE, before, true, NOT_PAST),
    nearest(PAST_CUE, after, false, NOT_PAST_AFTER),
    future === Infinity
      ? reporting
      : reportingNextTo(before, after, opensScene(beforeStretch, tags)),
  );
  const past =
    future < cued || cued === Infinity
      ? Math.min(
          cued,
          nearestTaggedPast(beforeStretch, true, tags()),
          nearestTaggedPast(afterStretch, false, tags()),
        )
      : cued;
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}
