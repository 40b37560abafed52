import { isEverydayDaily } from './isEverydayDaily.ts';
import { isCountedSeriesRate } from './isCountedSeriesRate.ts';
import { isQuarterlyRecurrence } from './isQuarterlyRecurrence.ts';
import { isSuperlativeRate } from './isSuperlativeRate.ts';
import { capitalisedWordAfter } from './capitalisedWordAfter.ts';
import { countRangeBefore } from './countRangeBefore.ts';
import type { TimexMod } from '../model/temporal.ts';
import { LOOKED_OVER_DIRECTION, THE_HOURS_LOOKED_OVER } from './hoursLookedOver.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { LAST_VERB_SOURCE } from './lastAsVerb.ts';
import { LASTING_VERB } from './lastingVerb.ts';
import { MONTH_NAMES, MONTH_WORD_SOURCE } from './monthNames.ts';
import { ORDINAL_AFTER_FIRST_SOURCE, ORDINALS_AFTER_FIRST } from './ordinalsAfterFirst.ts';
import { PART_OF_DAY, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { NUMBER_SOURCE, TENS_WORD, WORDS_TO_99, readNumber } from './readNumber.ts';
import type { Pass, Reading } from './Reading.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import { SPAN_TAKEN_TO_DO } from './spanTakenToDo.ts';
import { tenseAround } from './tenseAround.ts';
import { tensCountingLength } from './tensCountingLength.ts';
import { CLOCK_FORMAT_AFTER } from './clockFormatAfter.ts';
import { WEEKDAY_AND_BEFORE } from './weekdayAndBefore.ts';
import { closesUnitsInEach, eachUnitAfter } from './unitsInEach.ts';
import { WEEKDAY_NAMES } from './weekdayNames.ts';
import { CAPITALISED } from './capitalised.ts';

// "with 2:10 left", "with 0:38 remaining", "with just 1:05 to play": a game clock, minutes and
// seconds still to run, not a time of day.
const GAME_CLOCK =
  /(?<=\b[Ww]ith\s+(?:just\s+|only\s+)?)(\d{1,2}):([0-5]\d)(?=\s+(?:left|remaining|to\s+(?:go|play))\b(?!-))/g;

/** The length a game clock reads, as "2:10" is PT2M10S, and "0:38" PT38S. */
function gameClockValue(minutes: number, seconds: number): string {
  return `PT${minutes ? `${minutes}M` : ''}${seconds || !minutes ? `${seconds}S` : ''}`;
}

const APPROX = /^(?:about|around|roughly|approximately|nearly|almost|some|close to)$/i;
const UNIT =
  '(second|sec|minute|min|hour|hr|day|week|fortnight|month|year|decade|century|centuries)';
/** The words that make a count approximate or a bound (a regular expression's alternatives). */
export const APPROXIMATOR =
  'about|around|roughly|approximately|nearly|almost|some|close to|more than|less than|over|under|at least|up to';
// "a day care center", "a day-care centre", "a day job": a day in the name of a thing ("a
// three-day job fair" is still three days).
const DAY_NOUN_AFTER = String.raw`(?<=\b[Aa]\s+day)(?:[-\s]care|\s+jobs?)\b`;
const DURATION = new RegExp(
  `\\b(?:(${APPROXIMATOR})\\s+)?(another|${NUMBER_SOURCE}(?:(?:-and-a-|\\s+and\\s+a\\s+)half)?)[- ](?:(?:more|additional|further|extra|consecutive|straight|successive|full|whole|(?:first|second)-half)\\s+)?(?:(?:trading|business|working)\\s+(?=days?\\b))?${UNIT}s?(\\s+and\\s+a\\s+half)?(?:-(?:olds?|long))?\\b(?![-‐](?:over|on|to|by)[-‐]|${DAY_NOUN_AFTER}|${CLOCK_FORMAT_AFTER})`,
  'gi',
);
// The units a range of counts is read in ("six to eight weeks"), each its own letter in `PX…`.
const RANGE_UNIT = /^(?:minute|hour|day|week|month|year|decade)$/i;
// The nouns an ordinal in words numbers ("Forty-second Street", "her forty-second birthday").
const ORDINAL_NOUN_AFTER =
  /^\s+(?:Street|St\b|Avenue|Ave\b|floor|birthday|anniversary|annual|day|week|month|year|time|place|round|precinct|district|session|congress|president)/i;
// A month's name just before a count ("May twenty second"): the count is the month's day.
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD_SOURCE}\\.?\\s+$`, 'i');
// A tens word joined to "second" ("Forty-second", "twenty second"): an ordinal or a length.
const TENS_SECOND = new RegExp(`^(?:${TENS_WORD})[-\\s]second$`, 'i');
// Where a sentence or a line starts: a capitalised word there is no title.
const SENTENCE_OR_LINE_START = /(?:^|[.!?]["”’']*\s+|\n\s*)$/;
const IN_ITS_NTH = new RegExp(
  `\\bin (?:its|their|his|her) (${ORDINAL_AFTER_FIRST_SOURCE}) (year|month|week|day)\\b`,
  'gi',
);
// What a rate counts before "a year", "a day", one concept in two kinds. An amount, of money or of
// a measure ("$5 billion a year", "£30m a year", "3 percent a year", "90 miles an hour"), or
// "twice" (which SET reads with its unit), or the nouns a rate most often counts ("1,000 people a
// day", "more visitors a year", "four flights a week", "1,000 patients a day"): no time at all in
// either reading, as TimeBank mostly leaves such rates untagged. A count of other things ("600
// trucks a day", "600 heavy goods lorries a day", "thousands of migrants a year": a plural noun,
// perhaps with up to three words before it), a frequency: no point in time to the news reading, a
// set in TimeML mode, as the guidelines mark "twice a week". Not a count of time units ("three
// years a decade ago"), which stays a length.
const RATE_AMOUNT_BEFORE =
  /(?:\d|\d(?:m|bn|tn|k)|billion|million|trillion|times|once|twice|per|%|percent|percentage points?|points?|cents?|dollars?|euros?|pounds?|yen|shares|people|jobs|units|visitors|passengers|vehicles|cars|homes|copies|flights|cases|deaths|children|women|men|staff|patients|barrels|tons|tonnes|miles|kilomet(?:re|er)s|met(?:re|er)s|feet|inches|knots)\s*$/i;
const RATE_COUNT_BEFORE = new RegExp(
  `(?:(?:^|[^\\w,.])(?:${NUMBER_SOURCE}|hundreds|thousands|millions|dozens|tens of thousands)\\s+(?:of\\s+)?(?:[a-z]+[-\\s]){0,3}(?!(?:second|minute|hour|day|night|week|month|year|decade|centurie|quarter)s\\s*$)[a-z]{2,}s)\\s*$`,
  'i',
);

// The words before "over" that make it a bound on the count ("lasted over a week", "for over three
// days", "just over an hour", "Over two years, …" opening a clause): a verb of lasting, a
// preposition or a copula, an adverb of degree, or nothing of the clause.
const OVER_BOUND_BEFORE =
  /(?:^\s*|[.!?,;:(—–"“]\s*|\b(?:for|lasts?|lasted|lasting|takes?|took|taken|taking|spends?|spent|in|within|after|of|is|was|are|were|be|been|than|to|by|from|just|well|at|with)\s+)$/i;

// "over" is "across" after a count of time or of events ("11 hours over three days", "killed 90
// people over two days") or outside a perfect ("can be used over three years"); in a perfect with
// no count ("They have been married over 50 years", "has worked at the plant over 20 years") it
// is the bound.
const COUNT_BEFORE_OVER = new RegExp(`\\b(?:${NUMBER_SOURCE})\\s+[a-z]+(?:\\s+[a-z]+)?\\s+$`, 'i');
const PERFECT_BEFORE_OVER = /\b(?:has|have|had|[’']ve)\b[^.!?;]*$/i;

/**
 * Whether the "over" at `overIndex`, before a count ending at `countEnd`, says across what time a
 * thing happened ("deliberated for 11 hours over three days", "killed 90 people over two days",
 * "can be used over three years"), not that the count is exceeded: after a verb or a noun that is
 * not one of lasting, and not before "ago" or "old". Its count is then a plain duration, "over"
 * outside the extent, as TimeBank marks "used over <three years>".
 */
export function overMeansAcross(text: string, overIndex: number, countEnd: number): boolean {
  if (/^\s+(?:ago|old)\b/i.test(text.slice(countEnd))) return false;
  const before = text.slice(Math.max(0, overIndex - 30), overIndex);
  if (OVER_BOUND_BEFORE.test(before)) return false;
  return (
    COUNT_BEFORE_OVER.test(before) ||
    !PERFECT_BEFORE_OVER.test(text.slice(Math.max(0, overIndex - 60), overIndex))
  );
}

/** What a rate's "a day" at `index` follows: an amount, a count of things, or neither. */
function rateBefore(text: string, index: number): 'amount' | 'count' | undefined {
  const before = text.slice(Math.max(0, index - 48), index);
  if (RATE_AMOUNT_BEFORE.test(before)) return 'amount';
  return RATE_COUNT_BEFORE.test(before) ? 'count' : undefined;
}
// "12 survivors a week into the search", "300 soldiers a month into the war": the unit counts
// how far into something, a length, not a rate; so is "a week early" after a count, how far off
// ("The ward discharged patients a week early", "The firm delivered 600 cars a week late").
const INTO_AFTER = /^\s+(?:into|early|late)\b/i;
// "every other", "every second", "every third": a recurrence that skips a turn or more. Only
// after "every": "each other" is reciprocal ("saw each other days later").
const SKIPS = `(?:other|${ORDINAL_AFTER_FIRST_SOURCE})`;
// "every four years", "every other day", "every third year", "every 15 minutes": a set with a
// step of more than one unit; "once every 36 hours" with its count in the extent, as the guidelines
// mark "twice a week" (and "twice daily", "once every day" below).
const EVERY_COUNT = new RegExp(
  `\\b(?:(?:once|twice)\\s+)?(?:every\\s+(${SKIPS})|(?:every|each)\\s+(${NUMBER_SOURCE}))\\s+(minute|hour|day|week|month|year|decade)s?\\b`,
  'gi',
);
// "every hour", but not a rate's "per hour" ("70 miles per hour", "£12 per hour"), nor an hour
// or a minute as a subject or a saying: "Every hour counts", "every minute we wait", "every hour
// God sent", "every minute of overtime".
const NOT_RECURRING_AFTER = String.raw`(?!\s+(?:of|God|counts?|counted|matters?|mattered|that|we|you|I|is|was)\b)`;
// Where a sentence starts: the text's start, or after a full stop, "?", "!" or a quote.
// SET: "twice a week", "three times a day", and an uncounted number of times ("several times a
// day", "many times a year", "a few times a month"), which recur as surely as counted ones. Not
// before a possessive: "ten times a year's pay", "five times a month's wages" are amounts.
const SENTENCE_START = /(?:^|[.!?]["'’”]?\s+|^["'“‘])$/;
const SET = new RegExp(
  String.raw`\b(?:(?:once|twice|\d+ times|(?:three|four|five|six|seven|eight|nine|ten|a dozen|several|many|multiple|a few|a couple of) times) (?:a|per) (day|week|month|year|(?:decade|century)(?![-‐–]|\s+(?:of|old|long|ago)\b))(?!['’]s?\b)|(?:(?:once|twice)\s+)?(?:every|each|per) (day|week|month|quarter|year|(?<=(?:every|each) )(?:fortnight|half[- ]hour|minute|hour)\b${NOT_RECURRING_AFTER})|(?:(?:once|twice|thrice)\s+)?(hourly|daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|annually|yearly))\b`,
  'gi',
);
// "the past two quarters", "the next three quarters", "four consecutive quarters", "three
// quarters in a row" (straight, running), "after six quarters of contraction": counted quarters. A
// bare "a quarter" or "three quarters" is more often a fraction ("three quarters of growth came
// from exports", "accounted for three quarters of growth", "over three quarters of losses").
const QUARTERS = new RegExp(
  `\\b(?:the\\s+(?:past|last|next|coming|previous|first)\\s+(${NUMBER_SOURCE})\\s+quarters|(${NUMBER_SOURCE})\\s+(?:consecutive|straight|successive)\\s+quarters|(${NUMBER_SOURCE})\\s+quarters(?=\\s+(?:in\\s+a\\s+row|straight|running)\\b)|(?<=\\b(?:after|following)\\s+)(${NUMBER_SOURCE})\\s+quarters(?=\\s+of\\s+(?:economic\\s+)?(?:growth|contraction|decline|expansion|losses|gains|recession|shrinking)\\b))\\b`,
  'gi',
);
// "the past fortnight", "over the last fortnight": two weeks looked over, as "the past two weeks"
// is, not "the past" that chrono-node reads in it.
// Not "the last fortnight of the campaign", the one that closes it.
const FORTNIGHT_LOOKED_OVER = new RegExp(
  `\\bthe\\s+(?:${LOOKED_OVER_DIRECTION})\\s+(fortnight)\\b(?!\\s+of\\b)`,
  'gi',
);
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const WEEKDAY_WORDS = WEEKDAYS.join('|');
// "every Thursday", "each July", "on Mondays", "Tuesday nights": recurring days and months, and
// every other one ("every other Thursday", "every second Monday": a weekday's SET value cannot
// hold the step, so it is that of every Thursday); and a weekday that shares the recurrence of
// the one after "and" ("Monday and Tuesday nights", "on Mondays and Wednesdays").
const RECURRING = new RegExp(
  `\\b(?:(?:every(?: ${SKIPS})?|each) (${[...WEEKDAYS, ...MONTH_NAMES].join('|')})|(?<=\\bon )(${WEEKDAY_WORDS})s|(${WEEKDAY_WORDS}) (${PART_OF_DAY_SOURCE})s|(${WEEKDAY_WORDS})(?=\\s+(?:and|or)\\s+(?:${WEEKDAY_WORDS})\\s+(${PART_OF_DAY_SOURCE})s\\b)|(?<=\\b(?:${WEEKDAY_WORDS})s,?\\s+(?:and|or)\\s+)(${WEEKDAY_WORDS})s)\\b`,
  'gi',
);

// Words that make days a habit: "every", "usually", "on Fridays"; and the
// stretches a habit fills: "for years", "all summer", "during the winter", "in those days",
// "throughout the season".
const HABIT = new RegExp(
  `\\b(?:every|each|usually|often|always|regularly|routinely|typically|normally|generally|frequently|sometimes|used\\s+to|(?:${WEEKDAY_WORDS})s|for\\s+(?:(?:many|several|some|${NUMBER_SOURCE})\\s+)?(?:weeks|months|years|decades)|(?:all|during\\s+the|that|those)\\s+(?:${SEASON_PATTERN}|season|year)|in\\s+those\\s+(?:days|years|times)|throughout)\\b`,
  'i',
);
const UNCHANGED_PAST_VERB = new RegExp(`\\b(?:${UNCHANGED_PAST})\\b`, 'i');

/**
 * Whether a match of RECURRING is one of two weekdays sharing a part of the day in a past clause
 * with no word of habit: "Rebels attacked Monday and Tuesday nights", "Storms hit the coast
 * Friday and Saturday nights" (a verb whose past is its present, of tense unknown) are two nights
 * gone by (the days are read as days), while "The class meets on Monday and Thursday evenings"
 * and "He usually played Monday and Thursday nights" recur.
 */
function twoDaysGoneBy(text: string, m: RegExpMatchArray): boolean {
  const second =
    m[3] !== undefined && WEEKDAY_AND_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index));
  if (m[5] === undefined && !second) return false;
  const end = m.index! + m[0].length;
  const from = sentenceEnds(text.slice(0, m.index), false).at(-1) ?? -1;
  const to = sentenceEnds(text.slice(end), false)[0];
  const sentence = text.slice(from + 1, to === undefined ? text.length : end + to);
  if (HABIT.test(sentence)) return false;
  const tense = tenseAround(text, m.index!, end);
  return (
    tense === 'past' ||
    (tense === 'unknown' && UNCHANGED_PAST_VERB.test(text.slice(from + 1, m.index)))
  );
}

/** The weekday or month a match of RECURRING names, as written. */
const recurringName = (m: RegExpMatchArray): string => m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[7]!;

// "every morning", "every other weekend", "each weekday".
const RECURRING_PART = new RegExp(
  `\\b(?:(?:every(?:\\s+${SKIPS})?|each)\\s+(${PART_OF_DAY_SOURCE}|weekend|weekday)|(nightly))\\b`,
  'gi',
);
// "every spring", "each winter": a recurring season (XXXX-SP); "each season" recurs as the
// season last named does ("the ski season opens in winter … lifts are serviced each season"),
// and, with none named, as a sports season does, once a year.
const RECURRING_SEASON = new RegExp(`\\b(?:every|each)\\s+(${SEASON_PATTERN}|season)\\b`, 'gi');
const SEASON_WORD = new RegExp(`\\b${SEASON_PATTERN}\\b`, 'gi');

/** The TIMEX SET value of "every winter" or "each season" at `index` in `text`. */
function recurringSeasonValue(text: string, index: number, word: string): string {
  const named =
    word.toLowerCase() === 'season' ? text.slice(0, index).match(SEASON_WORD)?.at(-1) : word;
  return named ? `XXXX-${SEASON_CODES[named.toLowerCase()]!}` : 'P1Y';
}

/** The TIMEX SET value of a recurring weekday or month: XXXX-WXX-4, XXXX-07, XXXX-WXX-2TNI. */
function recurringValue(m: RegExpMatchArray): string {
  const name = recurringName(m).toLowerCase();
  const weekday = WEEKDAYS.indexOf(name);
  const partWord = m[4] ?? m[6];
  const part = partWord ? `T${PART_OF_DAY[partWord.toLowerCase()]!}` : '';
  if (weekday >= 0) return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part}`;
  const month = (MONTH_NAMES as readonly string[]).indexOf(name) + 1;
  return `XXXX-${String(month).padStart(2, '0')}`;
}

const ADVERB_UNIT: Record<string, string> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  // Two weeks: "biweekly" in US copy is the fortnight ("paid biweekly"), as the guidelines read it.
  fortnightly: 'fortnight',
  biweekly: 'fortnight',
  'bi-weekly': 'fortnight',
  monthly: 'month',
  quarterly: 'quarter',
  annually: 'year',
  yearly: 'year',
};

// "for weeks", "in years", "within days", "follows months of talks", and after a verb of taking,
// spending or lasting ("could take months", "spent years", "may last days"): a span of uncounted
// units (TIMEX PXW); of clock units too, right after "within", "for" or a verb of lasting ("within
// minutes of the announcement", "waited for hours": PTXM, PTXH; not "in minutes released
// Wednesday", meeting minutes, "paid for the hours they worked", "went back for seconds"). After
// the verb no "the" ("spent the years since her release" is a noun phrase) and no "off" ("took days
// off"); bare "last" is the verb only after LAST_VERB_SOURCE's lead ("the last days" is no span).
// "could take months or years", "weeks to months", "months, if not years": the second of two such
// spans joined by "or", "to", "if not" or "or even" is one too (after "looking at" as well: see
// LOOKED_AT_SPAN).
const UNCOUNTED = new RegExp(
  `(?<=\\b(?:for|in|within|follows|after|over) (?:the )?(?:(?:many|several|a few) )?|(?<=\\b(?:for|in|within|follows|after|over|look(?:s|ing)? at|${LASTING_VERB}) (?:(?:many|several|a few) )?(?:days|weeks|months|years)(?: |, ))(?:or|to|if not|or even) |\\b(?!last\\b)(?:${LASTING_VERB}) (?:(?:many|several|a few) )?|${LAST_VERB_SOURCE}\\s+)((?<=\\b(?:within|(?<!\\bback )for|${LASTING_VERB}) (?:(?:many|several|a few) )?)(?:minutes|hours)|(?<=\\b(?:within|${LASTING_VERB}) (?:(?:many|several|a few) )?)seconds|days|weeks|months|years|decades|centuries)\\b(?!\\s+(?:ago|later|earlier|before|after|afterwards|old|off)\\b|['’-])`,
  'gi',
);
// "We are looking at weeks, if not months", "looking at months of work": a bare plural unit a
// speaker looks at, before a second span or "of" and what fills it, is an uncounted length. Not
// "Looking at weeks 3 and 4" nor "looks at days like this", which name the units themselves.
// Matched with case, so that what fills it is a common word ("months of work"), not a name
// ("looking at months of May and June", which names the units themselves).
const LOOKED_AT_SPAN =
  /(?<=\b[Ll]ook(?:s|ing)?\s+at\s+)(days|weeks|months|years|decades)(?=,?\s+(?:if\s+not|or(?:\s+even)?|to)\s+(?:days|weeks|months|years|decades)\b|\s+of\s+(?!the\b)[a-z])/g;
// "The release followed weeks of negotiations", "Years of war have left the city in ruins",
// "despite months of talks": a bare plural unit before "of" and what filled it, opening a sentence
// or after a verb or preposition of sequence or circumstance, is an uncounted length, as "for
// weeks" is. Not "the weeks of March" (a determiner before it) nor "days of the week".
const UNCOUNTED_OF =
  /(?<=(?:^|[.!?]["'’”]?\s+|\b(?:followed|following|ends?|ended|ending|caps|capped|despite|amid|amidst|brings|brought)\s+))(days|weeks|months|years|decades)(?=\s+of\s+(?!the\b|this\b|that\b|these\b|those\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b)[a-z])/gi;
// "It took several years", "a few months", "a couple of weeks": a vague count of units is a
// duration (TIMEX PXY, and P2W for a couple), as "for weeks" is; "some" is left out ("some days
// it rains"), and a count before ago, later or old is read elsewhere. "in a matter of hours",
// "within a matter of days": a length said to be short, counted no more than "a few" is.
const VAGUE_COUNT =
  /\b(several|a few|many|a couple of|a matter of)\s+(?:more\s+)?(seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b(?!\s+(?:ago|later|earlier|before|after|afterwards|old|from now)\b|['’-])/gi;
// "over the past decade", "in the next decade": the ten years looked over, a duration, as "the
// past two decades" is (not "the past", PAST_REF, with a stray word after it).
const DECADE_LOOKED_OVER = new RegExp(
  `\\bthe\\s+(?:${LOOKED_OVER_DIRECTION})\\s+decade\\b(?![-'’])`,
  'gi',
);
const CLOCK_LETTER: Record<string, string> = { second: 'S', minute: 'M', hour: 'H' };
const UNIT_LETTER: Record<string, string> = {
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'E',
  centurie: 'C',
};

/** ISO 8601 duration for `amount` units: PT3H, P8M, P3Y, a decade as P10Y. */
// Half of one unit in the next smaller one: "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M.
const HALF: Record<string, string> = {
  minute: '30S',
  hour: '30M',
  day: 'T12H',
  month: '15D',
  year: '6M',
};

/** An uncounted number of `unit`s as TIMEX writes it: PXY, PXQ, PTXH. */
export function vagueDuration(unit: string): string {
  const clock = CLOCK_LETTER[unit];
  return clock ? `PTX${clock}` : `PX${unit === 'quarter' ? 'Q' : UNIT_LETTER[unit]!}`;
}

export function durationValue(amount: number, unit: string): string {
  const u = unit
    .toLowerCase()
    .replace(/s$/, '')
    .replace('centurie', 'century')
    .replace(/^hr$/, 'hour')
    .replace(/^min$/, 'minute');
  // Ten and a hundred years hold their half as whole years: "a decade and a half" is P15Y, one
  // count of years, not a decade's P10Y with the half's 5Y written after it.
  if (u === 'decade') return `P${amount * 10}Y`;
  if (u === 'century') return `P${amount * 100}Y`;
  if (amount % 1 === 0.5 && u in HALF) {
    const whole = durationValue(Math.floor(amount), unit);
    return `${whole}${HALF[u]!}`.replace(/^(P(?:T)?)0[A-Z]/, '$1');
  }
  if (u === 'second' || u === 'sec') return `PT${amount}S`;
  if (u === 'minute') return `PT${amount}M`;
  if (u === 'hour') return `PT${amount}H`;
  if (u === 'fortnight') return `P${amount * 2}W`;
  return `P${amount}${u[0]!.toUpperCase()}`;
}

// "for another week", "lasted another year", "wait another month", "was extended by another
// week", "postponed by another month": a word that tells how long before "another"; not "a story
// for another day" (put off to some day), nor "fight another day", "Another day, another record",
// "just another day" (any day like the others).
const LENGTH_BEFORE_ANOTHER =
  /(?<!\b(?:story|question|matter|issue|debate|discussion|battle|topic|subject|time|fight)\s+)\b(?:for|in|within|after|last|lasts|lasted|lasting|take|takes|took|taking|stay|stays|stayed|remain|remains|remained|spend|spends|spent|wait|waits|waited|extended|extend|extends|run|runs|ran|(?:extended|extending|prolonged|delayed|postponed|pushed\s+back)\s+by)\s+$/i;
// "Another year of talks lies ahead": a sentence opening with the unit and what fills it.
const FILLED_AFTER_ANOTHER = /^\s+of\s+[a-z]/;
// "for another year or two", "another week or so": a vague length, not one unit.
const VAGUE_AFTER = /^\s+or\s+(?:two|so|more|three|longer)\b/i;

// "nine point eight four seconds", "thirty-five point five nine seconds": the digits of a decimal
// spoken before the last one, read alone as the count. A number comes before "point": "the
// winning point eight seconds before the whistle" is a point scored, and eight seconds a length.
const SPOKEN_DECIMAL_BEFORE = new RegExp(
  `\\b(?:zero|oh|${WORDS_TO_99})\\s+point\\s+(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\\s+)*$`,
  'i',
);

/** Whether "another" and a unit at [start, end) is one unit more of a length told. */
function anotherUnitIsLength(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (VAGUE_AFTER.test(after)) return false;
  return (
    LENGTH_BEFORE_ANOTHER.test(text.slice(Math.max(0, start - 30), start)) ||
    FILLED_AFTER_ANOTHER.test(after)
  );
}

/** The anchor every length and set is read from. */
type PublishedAnchor = { readonly kind: 'published'; readonly date: string };
/** Pushes a reading of the words `m` matched as a length or a set of `value`. */
type SpanReading = (
  m: RegExpMatchArray,
  type: 'DURATION' | 'SET',
  value: string,
  priority?: number,
) => void;

/**
 * Durations: "three hours", "about three hours" (APPROX), "three-year-old war", "eight months",
 * "a full year", "two whole days" (the unit counted, "full" and "whole" in the extent), "for weeks"
 * (PXW); and sets: "twice a week".
 */
export const readDurations: Pass = (text, { published, timeml }) => {
  const anchor = { kind: 'published', date: published } as const;
  const readings: Reading[] = [];
  for (const m of text.matchAll(DURATION)) {
    const counted = countedLength(text, m, timeml, anchor);
    if (counted) readings.push(counted);
  }
  const span: SpanReading = (m, type, value, priority = 2) =>
    readings.push({
      start: m.index!,
      end: m.index! + m[0].length,
      priority,
      resolve: () => ({ type, value, granularity: 'span', anchor }),
    });
  readUncountedLengths(text, span);
  for (const m of text.matchAll(IN_ITS_NTH)) {
    // "now in its fourth year": it has lasted more than three years.
    const value = durationValue(ORDINALS_AFTER_FIRST[m[1]!.toLowerCase()]! - 1, m[2]!);
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({ type: 'DURATION', value, granularity: 'span', mod: 'AFTER', anchor }),
    });
  }
  readCountedSpans(text, span);
  readRates(text, timeml, span);
  readRecurring(text, span);
  return readings;
};

/**
 * The count of a counted unit ("two and a half years", "another week"), if a number, and where
 * it starts when a tens word before a length counts the things (`countedFrom`).
 */
function countOfLength(
  text: string,
  m: RegExpExecArray,
):
  | { count: number; halfBefore: boolean; another: boolean; countedFrom: number | undefined }
  | undefined {
  // "two and a half years", "a two-and-a-half-hour set": the count and half a unit more.
  const halfBefore = /(?:-and-a-|\s+and\s+a\s+)half$/i.exec(m[2]!);
  // "for another week", "another year of talks": one unit more, as "an additional year".
  const another = /^another$/i.test(m[2]!);
  // "thirty five-minute statements": thirty statements of five minutes each.
  const countedFrom = m[1]
    ? undefined
    : tensCountingLength(text, m.index, m[2]!, m.index + m[0].length);
  const whole = another
    ? 1
    : countedFrom !== undefined
      ? readNumber(text.slice(countedFrom, m.index + m[2]!.length))
      : halfBefore
        ? readNumber(m[2]!.slice(0, halfBefore.index))
        : readNumber(m[2]!);
  const count = whole === undefined || !halfBefore ? whole : whole + 0.5;
  return count === undefined
    ? undefined
    : { count, halfBefore: halfBefore !== null, another, countedFrom };
}

/** Whether a counted unit is a title, an ordinal, a measured time or a day of a month. */
function isCountNoLength(text: string, m: RegExpExecArray, another: boolean): boolean {
  // "60 Minutes", "Four Weddings": a capitalised unit inside a sentence is part of a title.
  if (CAPITALISED.test(m[3]!) && !SENTENCE_OR_LINE_START.test(text.slice(0, m.index))) return true;
  // "a second-half goal", "a second term": a second counted by "a" is the ordinal. "ran 9.58
  // seconds", "in 9,8 seconds", "in nine point eight four seconds": a second with a decimal
  // count is a measured time, as a race's (with a decimal comma, or spoken with "point", the
  // count read starts after it).
  const decimal =
    /[.,]/.test(m[2]!) ||
    /\d[.,]$/.test(text.slice(0, m.index)) ||
    SPOKEN_DECIMAL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
  if (/^sec/i.test(m[3]!) && (/^(?:an?|another)$/i.test(m[2]!) || decimal)) return true;
  if (another && !anotherUnitIsLength(text, m.index, m.index + m[0].length)) return true;
  // "four second-half minutes", "two second-round votes": "second" joined to a noun is the
  // ordinal, whatever the count before it; "two seconds-flat" is still a count of seconds.
  if (/second$/i.test(m[0]) && /^[-‐][a-z]/i.test(text.slice(m.index + m[0].length))) return true;
  // "from Forty-second to Fifty-ninth", "on Forty-second Street", "the forty-second day": a
  // tens word joined to "second" is the ordinal when capitalised inside a sentence, after
  // "the" with no noun after it ("the forty-second of them"), or before a noun it numbers;
  // "a forty-second ad" and "the thirty-second shot clock" stay a length. Spoken, with a space
  // ("on the twenty second of May", "on May twenty second"), it is the day of a month too,
  // after "the" as above or after the month's name.
  return (
    TENS_SECOND.test(m[0]) &&
    ((CAPITALISED.test(m[0]) && !SENTENCE_OR_LINE_START.test(text.slice(0, m.index))) ||
      (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        /^\s*(?:[.,;:!?)]|of\b|$)/.test(text.slice(m.index + m[0].length))) ||
      MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
      ORDINAL_NOUN_AFTER.test(text.slice(m.index + m[0].length)))
  );
}

/**
 * A counted unit ("three hours", "about a year", "six to eight weeks"): a length, a rate's set,
 * a count in each larger unit, or nothing.
 */
function countedLength(
  text: string,
  m: RegExpExecArray,
  timeml: boolean | undefined,
  anchor: PublishedAnchor,
): Reading | undefined {
  const counted = countOfLength(text, m);
  if (!counted || isCountNoLength(text, m, counted.another)) return undefined;
  const { count, halfBefore, another, countedFrom } = counted;
  // "a minute and a half", "two years and a half".
  const amount = m[4] ? count + 0.5 : count;
  // "seven days a week", "24 hours a day": a count of a unit in each larger one says how often,
  // not how long. A set of the larger unit in TimeML mode, whole as "twice a week" is; no time
  // to the news reading, which claims the words so that neither "seven days" nor "a week" is
  // read as a length.
  const each =
    m[1] || m[4] || another ? undefined : eachUnitAfter(text, m.index + m[0].length, m[3]!);
  if (each)
    return {
      start: m.index,
      end: each.end,
      priority: timeml ? 3 : 9,
      ...(!timeml && { claimOnly: true }),
      resolve: () => ({
        type: 'SET',
        value: durationValue(1, each.unit),
        granularity: 'span',
        anchor,
      }),
    };
  if (/^an?$/i.test(m[2]!) && closesUnitsInEach(text, m.index, m.index + m[0].length, m[3]!))
    return undefined;
  // "$5 billion a year", "twice a day", "600 trucks a day": a rate, not a duration.
  const rate =
    /^an?$/i.test(m[2]!) && !INTO_AFTER.test(text.slice(m.index + m[0].length))
      ? rateBefore(text, m.index)
      : undefined;
  if (rate === 'amount' || (rate && !timeml)) return undefined;
  // "six to eight weeks", "two or three days": one length whose number is unknown (`PXW`).
  const end = m.index + m[0].length;
  const range =
    m[1] || m[4] || halfBefore || rate || /-/.test(m[0]) || !RANGE_UNIT.test(m[3]!)
      ? undefined
      : countRangeBefore(text, m.index, end, amount, timeml);
  if (range?.age) return undefined;
  if (range) {
    const rangeMod = range.approximate ? 'APPROX' : undefined;
    return {
      start: range.start,
      end,
      priority: 2,
      resolve: () => ({
        type: 'DURATION',
        value: vagueDuration(m[3]!.toLowerCase().replace(/s$/, '')),
        granularity: 'span',
        ...(rangeMod && { mod: rangeMod }),
        anchor,
      }),
    };
  }
  return lengthOfCount(text, m, { amount, countedFrom }, rate, anchor);
}

/** A count of a unit read as a length (or a rate's set in TimeML mode), its extent trimmed. */
function lengthOfCount(
  text: string,
  m: RegExpExecArray,
  { amount, countedFrom }: { amount: number; countedFrom: number | undefined },
  rate: ReturnType<typeof rateBefore> | undefined,
  anchor: PublishedAnchor,
): Reading {
  const mod: TimexMod | undefined = m[1] && APPROX.test(m[1]) ? 'APPROX' : undefined;
  const value = durationValue(amount, m[3]!);
  // "a year-long inquiry", "a century-old bridge": the "a" is the article of the noun the
  // length describes, not a count of one, and stays out of the extent.
  const article = !m[1] && !m[4] && /^an?$/i.test(m[2]!) && /-(?:old|long)$/i.test(m[0]);
  const across =
    /^over$/i.test(m[1] ?? '') && overMeansAcross(text, m.index, m.index + m[0].length);
  const start = article
    ? m.index + m[0].search(/[^\s]+$/)
    : countedFrom !== undefined
      ? countedFrom
      : across
        ? m.index + m[0].search(/\s\S/) + 1
        : m.index;
  return {
    start,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: rate ? 'SET' : 'DURATION',
      value,
      granularity: 'span',
      ...(mod && { mod }),
      anchor,
    }),
  };
}

/** Uncounted and vaguely counted units: "for years", "a decades-long feud", "the past hour". */
function readUncountedLengths(text: string, span: SpanReading): void {
  // An uncounted unit, its plural in the first group: "for years", "hours to reach the site".
  for (const pattern of [UNCOUNTED, UNCOUNTED_OF, LOOKED_AT_SPAN, SPAN_TAKEN_TO_DO])
    for (const m of text.matchAll(pattern))
      span(m, 'DURATION', vagueDuration(m[1]!.toLowerCase().replace(/s$/, '')), 1);
  // "a decades-long feud", "a months-long search": an uncounted span as an adjective.
  // Every unit: "an hours-long standoff" is PTXH, as a clock unit takes the T.
  for (const m of text.matchAll(/\b(minutes|hours|days|weeks|months|years|decades)-long\b/gi)) {
    span(m, 'DURATION', vagueDuration(m[1]!.toLowerCase().replace(/s$/, '')), 3);
  }
  for (const m of text.matchAll(VAGUE_COUNT)) {
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    const couple = /couple/i.test(m[1]!);
    const value = couple ? durationValue(2, unit) : vagueDuration(unit);
    span(m, 'DURATION', value, 1);
  }
  for (const m of text.matchAll(DECADE_LOOKED_OVER)) span(m, 'DURATION', 'P10Y', 3);
  // "the past hour", "the last few hours", "the coming hours": hours looked over from now are a
  // length of time, as "the past 48 hours" is (read with the other counts), not the day they reach
  // back to.
  for (const m of text.matchAll(THE_HOURS_LOOKED_OVER)) {
    const { count, unit } = m.groups!;
    const clockUnit = /^min/i.test(unit!) ? 'minute' : 'hour';
    // "the last hour" is one; "the past hours", "the last few minutes" an uncounted number.
    const one = count === undefined && !/s$/i.test(unit!);
    if (count === undefined || /^(?:few|several)$/i.test(count))
      span(m, 'DURATION', one ? durationValue(1, clockUnit) : vagueDuration(clockUnit), 3);
  }
}

/** Quarters counted, a game clock, a fortnight looked over. */
function readCountedSpans(text: string, span: SpanReading): void {
  for (const m of text.matchAll(QUARTERS)) {
    const amount = readNumber((m[1] ?? m[2] ?? m[3] ?? m[4])!);
    if (amount !== undefined && amount > 1) span(m, 'DURATION', `P${amount}Q`);
  }
  for (const m of text.matchAll(GAME_CLOCK))
    span(m, 'DURATION', gameClockValue(Number(m[1]), Number(m[2])), 5);
  for (const m of text.matchAll(FORTNIGHT_LOOKED_OVER))
    span(m, 'DURATION', durationValue(1, m[1]!), 3);
}

/** Sets of a rate: "every two weeks", "twice a week", "daily", "every half hour". */
function readRates(text: string, timeml: boolean | undefined, span: SpanReading): void {
  for (const m of text.matchAll(EVERY_COUNT)) {
    const nth = m[1]?.toLowerCase();
    const step = nth ? (ORDINALS_AFTER_FIRST[nth] ?? 2) : readNumber(m[2]!);
    if (step !== undefined && step > 1) span(m, 'SET', durationValue(step, m[3]!), 3);
  }
  for (const m of text.matchAll(SET)) {
    if (isRateWordNoSet(text, m, timeml)) continue;
    const unit = m[1] ?? m[2] ?? ADVERB_UNIT[m[3]!.toLowerCase()]!;
    // "every half hour" is a set of thirty minutes; "once a decade" of ten years.
    const half = /^half/i.test(unit);
    span(m, 'SET', half ? durationValue(30, 'minute') : durationValue(1, unit));
  }
}

/** Whether a rate's words name no set: a name, a series counted, figures, everyday, a rank. */
function isRateWordNoSet(text: string, m: RegExpExecArray, timeml: boolean | undefined): boolean {
  // "the Fortnightly Review": a capitalised "Fortnightly" inside a sentence is a name.
  if (/^(?:Fortnightly|Bi-?weekly)$/.test(m[0]) && !SENTENCE_START.test(text.slice(0, m.index)))
    return true;
  // "the Daily Mail", "The Daily Show", "the Weekly Standard": so is any capitalised rate word
  // inside a sentence before a capitalised word.
  if (
    CAPITALISED.test(m[0]) &&
    !SENTENCE_START.test(text.slice(0, m.index)) &&
    capitalisedWordAfter(text, m.index + m[0].length)
  )
    return true;
  // "the fourth consecutive monthly decline": the rate word counts a series of changes.
  if (m[3] && isCountedSeriesRate(text, m.index, m.index + m[0].length)) return true;
  // "quarterly results" name a quarter's figures; "a quarterly dividend" is paid each quarter,
  // a set in the news reading. TimeML mode leaves "quarterly" unmarked, as the tuning part's
  // TimeBank files leave all six of their quarterly dividends and payments.
  if (
    /^quarterly$/i.test(m[3] ?? '') &&
    (timeml || !isQuarterlyRecurrence(text, m.index, m.index + m[0].length))
  )
    return true;
  // "daily life", "their daily lives": everyday, no day that recurs, in the news reading.
  // TimeML mode keeps the set: the tuning part's AQUAINT files mark "daily" there.
  if (!timeml && m[3] && isEverydayDaily(text, m.index, m.index + m[0].length)) return true;
  // "its biggest monthly loss since November": the rate word ranks one period's move.
  return Boolean(m[3] && isSuperlativeRate(text, m.index, m.index + m[0].length));
}

/**
 * "every morning", "each night", "every weekend", "each weekday", "nightly": a recurring part of
 * the day or of the week, as "every Thursday" is; the working days are WD as the weekend is WE.
 * So are a recurring season and a recurring day or month ("every Thursday", "each May").
 */
function readRecurring(text: string, span: SpanReading): void {
  for (const m of text.matchAll(RECURRING_PART)) {
    const part = (m[1] ?? (m[2] ? 'night' : 'weekend')).toLowerCase();
    const week = part === 'weekend' ? 'WE' : part === 'weekday' ? 'WD' : undefined;
    span(m, 'SET', week ? `XXXX-WXX-${week}` : `XXXX-XX-XXT${PART_OF_DAY[part]!}`, 3);
  }
  for (const m of text.matchAll(RECURRING_SEASON))
    span(m, 'SET', recurringSeasonValue(text, m.index, m[1]!), 3);
  for (const m of text.matchAll(RECURRING)) {
    // A day or month is a name: "may" in lower case is not the month.
    if (!CAPITALISED.test(recurringName(m))) continue;
    if (twoDaysGoneBy(text, m)) continue;
    span(m, 'SET', recurringValue(m), 3);
  }
}
