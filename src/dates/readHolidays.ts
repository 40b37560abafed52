import { FEAST_CELEBRATION_SOURCE } from './feastEvents.ts';
import { FEAST_SEASON_SOURCE } from './feastSeason.ts';
import { OTHER_YEAR_IN_SENTENCE } from './otherYearInSentence.ts';
import { bareNewYear } from './bareNewYear.ts';
import { addDays, differenceInCalendarDays, getDay, max, min, startOfISOWeek } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { MONTH_WORD_LOOSE_SOURCE, monthNumber } from './monthNames.ts';
import type { Pass, Reading } from './Reading.ts';
import type { Locale } from '../model/temporal.ts';
import { publishedDayReading } from './publishedDayReading.ts';
import { penaltyFor } from './penaltyFor.ts';
import { perfectOfPlanFor } from './perfectOfPlanFor.ts';
import { pastPlanFor } from './pastPlanFor.ts';
import { pastArrangementFor } from './pastArrangementFor.ts';
import { feastEventAhead } from './feastEventAhead.ts';
import { feastEventCalledOff } from './feastEventCalledOff.ts';
import { pastReadyingFor } from './pastReadyingFor.ts';
import { feastRunUp } from './feastRunUp.ts';
import { isHolidayFixture } from './isHolidayFixture.ts';
import { lastOrderDayBefore } from './lastOrderDayBefore.ts';
import { lastStretchBeforeFeast } from './lastStretchBeforeFeast.ts';
import { lastWeekdayBeforeFeast } from './lastWeekdayBeforeFeast.ts';
import { tenseAround, type Tense } from './tenseAround.ts';
import { presentScheduleBeforeHoliday } from './presentScheduleBeforeHoliday.ts';
import { frontedCountBefore } from './frontedCountBefore.ts';
import { sentenceEnds, sentenceStartAt } from './sentenceEnds.ts';
import { shiftTimex } from './shiftTimex.ts';
import { toTimex } from './toTimex.ts';
import { isOtherCountrysHoliday } from './isOtherCountrysHoliday.ts';
import { NAMED_EVENT_NOUN } from './namedEventNoun.ts';
import { yearWordNear } from './yearWordNear.ts';
import { yearOpeningSentence } from './yearOpeningSentence.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import { firstDayOfHanukkah, keepsLunisolarCalendars, lunarNewYear } from './lunisolarFeasts.ts';
import { HEBREW_FEASTS } from './hebrewFeasts.ts';
import { isAfterPersonTitle } from './personTitle.ts';
import { ORTHODOX_FEASTS } from './orthodoxFeasts.ts';
import { runUpToFeast } from './runUpToFeast.ts';
import { relativeDayAfter } from './relativeDayAfter.ts';
import { stretchAfterFeast } from './stretchAfterFeast.ts';
import { seasonExpected } from './seasonExpected.ts';
import { seasonOver } from './seasonOver.ts';
import { monthToldBack } from './monthToldBack.ts';

/** The nth (1-based; -1 for the last) given weekday (0 = Sunday) of a month (1-based). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = new Date(year, month, 0);
    return addDays(last, -((getDay(last) - weekday + 7) % 7));
  }
  const first = new Date(year, month - 1, 1);
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** A holiday's day in a given year. */
export type HolidayRule = (year: number) => Date;
type Rule = HolidayRule;
const fixed =
  (month: number, day: number): Rule =>
  (year) =>
    new Date(year, month - 1, day);

// Holidays news dates events by, US ones first: the names as written, each with its day in a year.
// The third item, where there is one, is the first year the rule holds: the Monday holidays of 1971
// (Memorial Day had been May 30, Columbus Day Oct. 12, Washington's Birthday Feb. 22), Thanksgiving
// on the fourth Thursday from 1942, Labor Day from 1894, Martin Luther King Jr. Day from 1986,
// Mother's Day (second Sunday of May) from 1914, Father's Day (third Sunday of June) from 1972, and
// Super Bowl Sunday in February from 2004 (the 2003 game was Jan. 26). A holiday written with an
// earlier year is read as the year alone.
const HOLIDAYS: Array<[RegExp, Rule, number?]> = [
  [/new year['’]?s eve/, fixed(12, 31)],
  [/new year['’]?s(?: day)?/, fixed(1, 1)],
  // A bare "New Year", read only where bareNewYear finds it the holiday.
  [/new year(?!['’])/, fixed(1, 1)],
  [/christmas eve/, fixed(12, 24)],
  [/christmas(?: day)?/, fixed(12, 25)],
  [/boxing day/, fixed(12, 26)],
  [/independence day|(?:the )?fourth of july|july fourth/, fixed(7, 4)],
  [/thanksgiving(?: day)?/, (y) => nthWeekday(y, 11, 4, 4), 1942],
  // The shopping days after Thanksgiving.
  [/black friday/, (y) => addDays(nthWeekday(y, 11, 4, 4), 1), 1942],
  [/cyber monday/, (y) => addDays(nthWeekday(y, 11, 4, 4), 4), 1942],
  [/labou?r day/, (y) => nthWeekday(y, 9, 1, 1), 1894],
  [/memorial day/, (y) => nthWeekday(y, 5, 1, -1), 1971],
  [/election day/, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/veterans day/, fixed(11, 11)],
  [/halloween/, fixed(10, 31)],
  [/valentine['’]?s day/, fixed(2, 14)],
  // The Orthodox feasts named as theirs (orthodoxFeasts), before the Western names.
  ...ORTHODOX_FEASTS,
  // Easter Monday first, so that "Easter" is not read alone before a bare "Monday".
  [/easter monday/, (y) => addDays(easterSunday(y), 1)],
  [/easter(?: sunday)?/, easterSunday],
  [/good friday/, (y) => addDays(easterSunday(y), -2)],
  [/martin luther king(?: jr\.?)? day/, (y) => nthWeekday(y, 1, 1, 3), 1986],
  [/presidents['’]? day/, (y) => nthWeekday(y, 2, 1, 3), 1971],
  [/columbus day/, (y) => nthWeekday(y, 10, 1, 2), 1971],
  [/juneteenth/, fixed(6, 19)],
  [/mother['’]?s day/, (y) => nthWeekday(y, 5, 0, 2), 1914],
  [/father['’]?s day/, (y) => nthWeekday(y, 6, 0, 3), 1972],
  // The first Sunday of February until the longer season of 2022, the second since.
  [/super bowl sunday/, (y) => nthWeekday(y, 2, 0, y >= 2022 ? 2 : 1), 2004],
  [/maundy thursday/, (y) => addDays(easterSunday(y), -3)],
  [/shrove tuesday|pancake day/, (y) => addDays(easterSunday(y), -47)],
  [/ash wednesday/, (y) => addDays(easterSunday(y), -46)],
  [/mothering sunday/, (y) => addDays(easterSunday(y), -21)],
  // The Church's feasts a calendar or a shop's hours are told by: Palm Sunday a week before
  // Easter, Ascension Day forty days after it (a Thursday), Whit Sunday (Pentecost) seven weeks
  // after and Whit Monday the day after that; the fixed ones, Epiphany on 6 January, All Saints'
  // and All Souls' Days on 1 and 2 November, St Stephen's Day (Ireland's Boxing Day) on 26
  // December. Not Twelfth Night, the 5th or the 6th of January by custom and as often the play.
  [/palm sunday/, (y) => addDays(easterSunday(y), -7)],
  [/ascension day/, (y) => addDays(easterSunday(y), 39)],
  [/whit monday/, (y) => addDays(easterSunday(y), 50)],
  // Not the Whitsunday Islands off Queensland, nor the Whitsunday Coast by them.
  [
    /whit sunday|whitsunday(?!\s+(?:islands?|coast|passage)\b)|pentecost(?: sunday)?/,
    (y) => addDays(easterSunday(y), 49),
  ],
  [/(?:the )?epiphany/, fixed(1, 6)],
  [/all saints['’]? day/, fixed(11, 1)],
  [/all souls['’]? day/, fixed(11, 2)],
  [/(?:st\.?|saint) stephen['’]?s day/, fixed(12, 26)],
  // British, Irish and Commonwealth days.
  [/hogmanay/, fixed(12, 31)],
  [/burns night/, fixed(1, 25)],
  [/(?:st\.?|saint) patrick['’]?s day/, fixed(3, 17)],
  [/anzac day/, fixed(4, 25)],
  [/australia day/, fixed(1, 26)],
  [/waitangi day/, fixed(2, 6)],
  [/canada day/, fixed(7, 1)],
  [/bastille day/, fixed(7, 14)],
  [/armistice day/, fixed(11, 11)],
  [/remembrance sunday/, (y) => nthWeekday(y, 11, 0, 2)],
  [/remembrance day/, fixed(11, 11)],
  [/(?:st\.?|saint) george['’]?s day/, fixed(4, 23)],
  [/(?:st\.?|saint) david['’]?s day/, fixed(3, 1)],
  [/(?:st\.?|saint) andrew['’]?s day/, fixed(11, 30)],

  [/bonfire night|guy fawkes night/, fixed(11, 5)],
  // The Monday bank holidays of England and Wales named by their season: the summer one on the
  // last Monday of August (from 1971), the spring one on the last Monday of May (1971), the
  // early May one on the first Monday of May (1978).
  [/(?:august|summer) bank holiday(?: monday)?/, (y) => nthWeekday(y, 8, 1, -1), 1971],
  [/(?:spring|late may) bank holiday(?: monday)?/, (y) => nthWeekday(y, 5, 1, -1), 1971],
  [/(?:early may|may day) bank holiday(?: monday)?/, (y) => nthWeekday(y, 5, 1, 1), 1978],
  // Moveable feasts of lunisolar calendars, from the calendars ICU keeps (left out where the
  // runtime has none), the Hebrew calendar's by their first day as Hanukkah (hebrewFeasts). Not
  // Eid or Diwali: their day hangs on a moon sighting or a local almanac, and a table of our own
  // could name a wrong day.
  ...(keepsLunisolarCalendars()
    ? ([
        // Its eve first, so that "Lunar New Year's Eve" is not read as the day itself.
        [/(?:lunar|chinese) new year['’]?s eve/, (y) => addDays(lunarNewYear(y)!, -1)],
        [/(?:lunar|chinese) new year(?:['’]s day)?/, (y) => lunarNewYear(y)!],
        [/c?hanukk?ah/, (y) => firstDayOfHanukkah(y)!],
        ...HEBREW_FEASTS,
      ] satisfies Array<[RegExp, Rule]>)
    : []),
];

/** The holidays' names as one alternation of lower-case patterns (match with the "i" flag). */
export const HOLIDAY_NAME_SOURCE = HOLIDAYS.map(([p]) => p.source).join('|');

// Each holiday's pattern matching a whole name, with its rule and the first year the rule held,
// compiled once for every look-up by name.
const HOLIDAYS_BY_WHOLE_NAME = HOLIDAYS.map(
  ([p, rule, firstYear]) => [new RegExp(`^(?:${p.source})$`, 'i'), rule, firstYear] as const,
);

/** The holiday written `name` (its whole-name pattern, rule and first year), if one read here. */
function holidayNamed(name: string): (typeof HOLIDAYS_BY_WHOLE_NAME)[number] | undefined {
  return HOLIDAYS_BY_WHOLE_NAME.find(([whole]) => whole.test(name));
}

/** The rule that gives the day of the holiday written `name`, if it is one read here. */
export function holidayRule(name: string): HolidayRule | undefined {
  return holidayNamed(name)?.[1];
}
// "the Easter holiday weekend", "the Easter bank holiday weekend": the holiday's weekend, as "the
// Easter weekend" is (not "Easter" and the coming weekend).
// A holiday's year: after a comma only before punctuation or the end ("Christmas Day, 2021."),
// since a figure after a comma may open what follows ("Before Christmas, 2000 people signed");
// without one, not before a plural noun in lower case, which the figure counts ("On Thanksgiving
// 2000 volunteers served meals"; "was", "is", "has" and common verbs in -s are verbs: "Easter
// 2025 falls late").
const YEAR = '(?:1[89]|20)\\d{2}(?![\\d,.]\\d|[-–/]\\d)';
const VERB_IN_S =
  'was|is|has|does|falls|comes|begins|ends|marks|sees|brings|means|looks|starts|lands|arrives|takes|makes|promises|remains|proves|gets|goes';
const COUNTED_NOUN = `(?!(?:${VERB_IN_S})\\b)[a-z][a-z'’-]*[^s\\W]s\\b`;
// "Christmas-season sales", "Easter-season demand": a feast joined to "season" by a hyphen names
// the feast as its season does ("the Christmas season"); other compounds ("Christmas-tree growers",
// "Easter-egg hunt") name a thing, and read no feast.
const SEASON_COMPOUND = String.raw`-season\b`;
const PATTERN = new RegExp(
  `\\b(?:(last|next|this)\\s+)?(${HOLIDAY_NAME_SOURCE})(?:\\s+(?:(?:bank\\s+)?holiday\\s+(?=weekend\\b))?(week(?:end)?))?(?:,\\s+(${YEAR})(?=\\s*(?:[.,;:!?)\\]”"]|$))|\\s+(${YEAR})(?!\\s+${COUNTED_NOUN}))?(?=['’]s\\b|${SEASON_COMPOUND}|(?![\\w'’-]))`,
  'gi',
);

// "Christmas in 2020 was quiet", "Lunar New Year of 2020", "a Hanukkah spent in Warsaw in 1938",
// "Easter in Rome in 2019": the year the holiday is put in, right after it, after its place or
// after a participle telling how it was kept (in the same clause). Not a figure that counts a
// plural after it ("Christmas in 2000 homes").
const KEPT_IN_CLAUSE = String.raw`\s+(?:spent|celebrated|marked|observed|kept)\b[^.,;:!?]{0,40}?`;
const PLACE_NAMED = String.raw`\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?`;
const YEAR_PUT_AFTER = new RegExp(
  String.raw`^(?:${KEPT_IN_CLAUSE}|${PLACE_NAMED})?\s+(?:in|of)\s+` +
    String.raw`(${YEAR})(?!\d|\s+${COUNTED_NOUN})`,
);

// "Independence Day … in Delhi on 15 August", "Thanksgiving falls on Nov. 27 this year": a day
// and month attached to the holiday (at most a verb of falling or marking and a place between),
// which says which holiday, or which year's. A day in another clause ("Christmas sales rose 4%,
// the retailer said on Jan. 8") says nothing of the holiday.
const DAY_WRITTEN_AFTER = new RegExp(
  `^\\s+(?:(?:${FEAST_CELEBRATION_SOURCE})\\s+)?(?:(?:falls|fell|falling|is|was|were|will\\s+be|comes|came)\\s+)?(?:(?:celebrated|marked|observed)\\s+)?(?:in\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?\\s+)?on\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD_LOOSE_SOURCE})|(${MONTH_WORD_LOOSE_SOURCE})\\s+(\\d{1,2})(?!\\d))`,
  'i',
);
const REFERENCE_BEFORE =
  /\b(?:for|before|after|until|till|ahead\s+of|since|by|through|from|over)\s+(?:the\s+)?$/i;
// "the Australia Day Council", "the Canada Day Award": a holiday's name in the name of a body or
// a prize, no day. So in the name of a past accord or event ("the Good Friday Agreement", often
// "agreement" in British copy, "the Easter Rising", "the Christmas Truce"), "peace" between or not
// ("the Good Friday peace accord", as wire copy writes it). So a bank's savings plan ("Christmas
// Club accounts", "a Christmas Club"): a product, no day.
const NAME_AFTER = new RegExp(
  `^\\s+(?:Club|Clubs|Council|Committee|Foundation|Association|Trust|Society|Act|Awards?|Honou?rs|Medal|Commission|Board|Fund|Appeal|Centre|Center|School|Hospital|Hospice|Nursery|(?:[Pp]eace\\s+)?(?:${NAMED_EVENT_NOUN}))\\b`,
);
// "Holocaust Remembrance Day", "Genocide Remembrance Day", "the Srebrenica Remembrance Day
// service": a capitalised word right before "Remembrance Day" names another day of remembrance,
// not 11 November; a preposition, article or the like opening the sentence does not ("On
// Remembrance Day", "This Remembrance Day").
const REMEMBRANCE_NAMED_BEFORE =
  /(?<![\w'’-])(?!(?:On|By|At|For|Before|After|Until|Till|Since|From|Through|During|Over|Ahead|This|Last|Next|The|Every|Each|As|And|But|Of|In|Armistice)\s)[A-Z][\w'’-]*\s+$/;

// "By Christmas lights will line every street", "Over Easter eggs sold out": a preposition opening
// the sentence takes the holiday, whatever noun follows it. Not readPeriods' pattern for seasons,
// on purpose: a holiday is a day, taken by "at", "for", "before", "after", "since" or "from"
// ("At Christmas lights lined every street"), not by "in" or after "the" as a season is ("By the
// Christmas trees children sang", "In the Christmas lights the square glowed" date nothing).
const SENTENCE_OPENING_PREPOSITION =
  /(?:^|[.!?]["'”’]?\s+)(?:By|Over|For|At|Before|After|Until|Till|Since|Through|From|During)\s+$/;

// "Christmas trees", "Easter eggs", "Halloween costumes", "Hanukkah candles", "Lunar New Year
// lanterns", a retailer's "Christmas catalogs": a thing of the holiday's, which dates nothing,
// unlike "Christmas sales" or "Easter traffic".
// "Christmas falls on a Friday", "Lunar New Year falls in February", "Tet and Lunar New Year fall
// in February": a present that tells the calendar is of the coming holiday; "fall" only with
// another name joined before the holiday ("Passover and Easter fall on the same weekend").
const FALLS_ON_AFTER = /^\s+falls\s+(?:on|in)\b/i;
const FALL_ON_AFTER = /^\s+fall\s+(?:on|in)\b/i;
const JOINED_BEFORE = /\b[A-Z][\w'’-]*\s+(?:and|or)\s+$/;
// "Hanukkah, which ends Thursday", "Christmas, which runs through Jan. 6", "Lunar New Year is under
// way": the feast is going on. Not "which starts Thursday" nor "which ended Thursday", read by
// their own tense.
const UNDER_WAY_AFTER =
  /^,?\s+(?:which\s+(?:ends|continues|(?:runs|lasts)\s+(?:through|until|till|to))|(?:is|are)\s+(?:under\s?way|in\s+full\s+swing))\b/;
export const THING_AFTER =
  /^\s+(?:trees?|eggs?|cards?|carols?|crackers?|puddings?|jumpers?|sweaters?|decorations?|ornaments?|stockings?|lights|costumes?|hampers?|candles?|menorahs?|dreidels?|lanterns?|catalog(?:ue)?s?|red\s+envelopes?)\b/i;

/**
 * The day written after a holiday, as the holiday's day of a year within one of publication's
 * when only one year's holiday falls on it (a moving holiday); `undefined` when no day is
 * written or several years fit (a fixed day: the tense chooses), `null` when the day written is
 * not the holiday's (another country's "Independence Day" or "Thanksgiving").
 */
function writtenDay(
  text: string,
  end: number,
  rule: Rule,
  published: string,
): Date | null | undefined {
  const m = DAY_WRITTEN_AFTER.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  const month = monthNumber(m[2] ?? m[3]!) - 1;
  const day = Number(m[1] ?? m[4]);
  const year = toLocalDate(published).getFullYear();
  const matches = [year, year - 1, year + 1]
    .map((y) => rule(y))
    .filter((d) => d.getMonth() === month && d.getDate() === day);
  return matches.length === 0 ? null : matches.length === 1 ? matches[0] : undefined;
}

// How many days ahead a holiday may be to be the one meant with no tense: news of its run-up.
const COMING_DAYS = 14;
// How many days ahead a holiday may be for what was booked or readied for it, told in the past, to
// be for the coming one: a month of bookings and preparations.
const ARRANGEMENT_DAYS = 31;

// "the Lunar New Year travel rush", "the Christmas getaway", "the Thanksgiving travel season": the
// stretch of travel or shopping that runs up to a feast and just after it. Told in the present
// ("Airlines are bracing for the Lunar New Year travel rush", said on Dec. 20, 2024) it is under
// way or at hand, so its feast is the nearer of the last and the next, however far ahead (a
// travel rush runs some 40 days), not the last one, as a present with no cue would read it.
// So is a feast's selling season ("Retailers are counting on the Christmas season", said on 28
// November 1989, is 1989-12-25, not 1988's).
const RUN_UP_AFTER = new RegExp(
  String.raw`^\s+(?:(?:travel|shopping|holiday|getaway)\s+(?:rush|season|period|peak|crush)|${FEAST_SEASON_SOURCE}|rush|getaway|exodus|migration)\b`,
  'i',
);
// A feast's season told in the past while it runs, its feast at most SEASON_RUNNING_DAYS ahead
// (from 23 November for Christmas, about when the Thanksgiving weekend opens the selling season;
// Thanksgiving itself is not asked): "Retailers said sales in the first two weeks of the Christmas
// season were disappointing", said on 11 December 1989, is that season's feast, 1989-12-25.
// Further ahead the season told in the past is last year's ("Sales in the Christmas season were
// flat", said in January or in November).
const SEASON_AFTER = new RegExp(String.raw`^\s+${FEAST_SEASON_SOURCE}\b`, 'i');
const SEASON_RUNNING_DAYS = 32;
// How many days back a feast may be for its season, expected or forecast in the past, to be the
// one gone by: the quarter after it, when results are told against what was expected ("Retailers
// said they expected a strong Christmas season", said in January). Any earlier the season is
// expected ahead, however far: toy makers' and buyers' forecasts run from spring's orders on.
const EXPECTED_SEASON_AFTERMATH_DAYS = 90;
// How many days back a feast may be for its season, told in the present as over, to be that
// feast's: the weeks of clearance sales after it.
const SEASON_OVER_DAYS = 45;

// "Congress returns from its July Fourth recess on Tuesday", "back from the Thanksgiving break":
// a break named by its feast that someone comes back from is under way or over, so its feast is
// the nearer of the last and the next, whatever the present of the coming back says (said two
// days after the Fourth, this year's; said the day before Thanksgiving, the coming one). Not a
// "holiday season" (sales from the Christmas holiday season are of the coming one), and not told
// in the future: "will vote when it returns from its Thanksgiving recess", said in March, is of
// the coming recess, as the tense says. Only a future verb counts: a present ("returns ... next
// week") is the break's own time.
const FUTURE_VERB_BEFORE = /\b(?:will|won['’]t|shall)\b|['’]ll\b|\bgoing\s+to\b/i;
const BREAK_AFTER =
  /^\s+(?:recess|break|holidays?(?!\s+(?:season|shopping|sales|rush|period)\b)|vacation|hiatus)\b/i;
const FROM_BEFORE = /\bfrom\s+(?:(?:the|its|their|his|her|our)\s+)?$/i;

// "as the Thanksgiving holiday approached", "as the Labor Day weekend neared": a feast drawing
// near, told in the past of the days just before publication, is the coming one when it is at most
// APPROACH_DAYS ahead (said on 20 November 1989, 1989-11-23, not 1988's), as a feast approaching
// in the present is. Further off, the approach is one gone by ("Sales rose as Christmas
// approached", said on 2 January, 1989-12-25).
const APPROACHED_AFTER =
  /^\s+(?:(?:holiday|weekend|break|recess|season)\s+)?(?:approached|neared|drew\s+(?:near|nearer|closer)|loomed)\b/i;
const APPROACH_DAYS = 10;
// "Macy's had a dismal Christmas season, analysts recalled, and this year looks no better": a
// season told in the past, then "this year" set against it, is another year's; not "this year's"
// before the season, which names the running one.
const THIS_YEAR_AFTER = /\bthis\s+year\b(?!['’]s)/i;

/** Whether a feast drawing near, `start`–`end` in `text`, is the coming one (see APPROACHED_AFTER). */
function approachingFeast(
  text: string,
  start: number,
  end: number,
  rule: Rule,
  published: string,
): boolean {
  const after = text.slice(end);
  if (!APPROACHED_AFTER.test(after)) return false;
  const sentence =
    text.slice(sentenceStartAt(text, start), start) +
    after.slice(0, sentenceEnds(after, false)[0] ?? after.length);
  return (
    !OTHER_YEAR_IN_SENTENCE.test(sentence) && feastWithin(rule, published, 'future', APPROACH_DAYS)
  );
}

/**
 * Whether a feast's season at `start`–`end`, told in the past, is the one running at publication
 * (see SEASON_AFTER): its feast at most SEASON_RUNNING_DAYS ahead, no other year in the sentence
 * ("Last year's Christmas season was the worst since 1982", said on 28 November 1989, is 1988's)
 * and no "this year" after it (THIS_YEAR_AFTER).
 */
function seasonRunning(text: string, start: number, end: number, rule: Rule, published: string) {
  const after = text.slice(end);
  if (!SEASON_AFTER.test(after)) return false;
  const rest = after.slice(0, sentenceEnds(after, false)[0] ?? after.length);
  const sentence = text.slice(sentenceStartAt(text, start), start) + rest;
  return (
    !OTHER_YEAR_IN_SENTENCE.test(sentence) &&
    !THIS_YEAR_AFTER.test(rest) &&
    feastWithin(rule, published, 'future', SEASON_RUNNING_DAYS)
  );
}

/**
 * The tense the words right around a holiday give it, whatever its sentence's tense: a feast
 * drawing near, a break come back from, "falls on", a feast under way, a penalty for it; undefined
 * where they give none.
 */
function holidayCueTense(
  text: string,
  start: number,
  end: number,
  rule: Rule,
  published: string,
): HolidayTense | undefined {
  const after = text.slice(end);
  if (approachingFeast(text, start, end, rule, published)) return 'future';
  if (
    BREAK_AFTER.test(after) &&
    FROM_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
    !FUTURE_VERB_BEFORE.test(text.slice(sentenceStartAt(text, start), start))
  )
    return 'nearest';
  // "The Christmas season is over", said on 9 January 1990: the season just ended, its feast at
  // most SEASON_OVER_DAYS gone by.
  if (seasonOver(after) && feastWithin(rule, published, 'past', SEASON_OVER_DAYS)) return 'past';
  if (FALLS_ON_AFTER.test(after)) return 'future';
  if (FALL_ON_AFTER.test(after) && JOINED_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
    return 'future';
  // "During Hanukkah, which ends Thursday, …": a feast told to be under way began on or before
  // publication, as one gone by did, whatever the present of its ending says.
  if (UNDER_WAY_AFTER.test(after)) return 'past';
  if (penaltyFor(text, start)) return 'past';
  return undefined;
}

/**
 * The tense a holiday named alone is read by: the future before "falls on" ("Christmas falls on a
 * Friday"); the past after a penalty or blame for it ("A man has been jailed for the Christmas Eve
 * stabbing"); none after a present perfect of getting ready for it ("Police have cancelled all
 * leave for New Year's Eve", said on Dec. 30) nor after a plan told in the past ("No trains had
 * been due to run on Boxing Day", said on Dec. 18: pastPlanFor), so the nearer one, if it is
 * coming within two weeks, is meant; else the tense around it.
 */
function holidayTense(
  text: string,
  start: number,
  end: number,
  rule: Rule,
  published: string,
): HolidayTense {
  const cue = holidayCueTense(text, start, end, rule, published);
  if (cue !== undefined) return cue;
  const around: FeastAround = {
    text,
    start,
    end,
    rule,
    published,
    tense: tenseAround(text, start, end),
  };
  return stretchAroundFeastTense(around) ?? plannedForFeastTense(around);
}

/**
 * A holiday named in `text` from `start` to `end`, its rule, the publication date and the tense
 * around it: what the readings of a stretch around a feast and of a plan for one both take.
 */
interface FeastAround {
  text: string;
  start: number;
  end: number;
  rule: Rule;
  published: string;
  tense: Tense;
}

/**
 * The tense a holiday is read by when a stretch before or after it is named, its run-up, its
 * last days, the week after it or its season; undefined where none is.
 */
function stretchAroundFeastTense({
  text,
  start,
  end,
  rule,
  published,
  tense,
}: FeastAround): HolidayTense | undefined {
  const after = text.slice(end);
  // "in the run-up to Christmas", told in the present: the run-up of the nearer feast, the coming
  // one before it, the one just gone by after it (as feastRunUp's). With a future verb before it
  // ("Councils will offer free parking in the run-up to Christmas", said in June), the coming one.
  if (
    tense !== 'past' &&
    runUpToFeast(text, start) &&
    !FUTURE_VERB_BEFORE.test(text.slice(sentenceStartAt(text, start), start))
  )
    return 'nearest';
  if (tense === 'past' && countFromComingGoneBy(text, start, rule, published)) return 'future';
  // "Sales in the week after Christmas are expected to be heavy", said on Dec. 26: the stretch
  // after a feast gone by a week ago at most is under way, so the feast is that one, whatever
  // the future says (stretchAfterFeast).
  if (
    tense !== 'past' &&
    stretchAfterFeast(text.slice(Math.max(0, start - 60), start)) &&
    feastWithin(rule, published, 'past', AFTER_STRETCH_DAYS)
  )
    return 'past';
  // "the last posting date for Christmas": the "last" is the day's, the feast the nearer one.
  // "the last Saturday before Christmas": the "last" is the weekday's too; "the last two weeks
  // before Christmas": the stretch's.
  if (
    tense !== 'future' &&
    (lastOrderDayBefore(text, start, end) ||
      lastWeekdayBeforeFeast(text, start) ||
      (lastStretchBeforeFeast(text, start) && feastWithin(rule, published, 'future', STRETCH_DAYS)))
  )
    return 'nearest';
  if (tense === 'unknown' && (RUN_UP_AFTER.test(after) || feastRunUp(text, start, end)))
    return 'nearest';
  if (tense === 'past' && seasonRunning(text, start, end, rule, published)) return 'nearest';
  // "Retailers said they expected a strong Christmas season", said on 13 November 1989 or on 20
  // June 1990: a season expected or forecast looks ahead though its verb is past, unless its feast
  // is at most EXPECTED_SEASON_AFTERMATH_DAYS gone, the expectation then told against the results.
  // Told in a fall or month named back from publication ("Last October, retailers said they
  // expected a strong Christmas season", said on 10 September 1990), it is the feast after that
  // month, gone by or to come.
  if (tense === 'past' && seasonExpected(text, start, end)) {
    const told = monthToldBack(text.slice(sentenceStartAt(text, start), start), published);
    if (told) return feastOnOrAfter(rule, told) < toLocalDate(published) ? 'past' : 'future';
    if (!feastWithin(rule, published, 'past', EXPECTED_SEASON_AFTERMATH_DAYS)) return 'future';
  }
  return undefined;
}

/**
 * The tense a holiday is read by from what is booked, planned or scheduled for it, a fixture on
 * it or a notice of it; else the tense around it.
 */
function plannedForFeastTense(around: FeastAround): HolidayTense {
  const { text, start, end, tense } = around;
  if (tense === 'past') return pastPlanForFeastTense(around);
  if (tense === 'unknown') return untoldForFeastTense(around);
  // "The parade was set to go ahead on Thanksgiving": the plan's words ("set to", "scheduled")
  // look ahead, but it is told in the past, from before its day, which may have gone by since; so
  // do the day's events named after it ("Christmas Eve services were scheduled at 10 p.m.").
  return tense === 'future' && pastPlanFor(text, start, end) ? 'nearest' : tense;
}

/** What is done or told for a feast, told in the past, and the days ahead it reaches over. */
const NEAR_FEAST_DEEDS: readonly {
  told: (text: string, start: number, end: number, published: string) => boolean;
  days: number;
}[] = [
  // "Airlines said bookings for New Year's Eve were down", said on Dec. 30: a thing booked or
  // forecast for the day, told in the past, is the coming one's if it is near (pastArrangementFor),
  // within the month its bookings and preparations are made in ("The mayor said preparations for
  // New Year's Eve were on schedule", said on Dec. 15, is that Dec. 31).
  { told: pastArrangementFor, days: ARRANGEMENT_DAYS },
  // "Officials said the New Year's Eve celebrations were canceled", said on Dec. 28: events called
  // off are the coming ones if they are two weeks ahead at most (feastEventCalledOff).
  { told: feastEventCalledOff, days: COMING_DAYS },
  // "Officials said the New Year's Eve celebrations would go ahead", said on Dec. 28: the
  // feast's events named with "the", told in the past, are the coming ones if they are two weeks
  // ahead at most (feastEventAhead).
  { told: feastEventAhead, days: COMING_DAYS },
  // "The city assigned 8,000 police officers to Times Square for New Year's Eve", said on Dec.
  // 27: a deed of readying for the day, told in the past, is for the coming one if it is two weeks
  // ahead at most (pastReadyingFor); further off, the one gone by.
  { told: pastReadyingFor, days: COMING_DAYS },
];

/**
 * The tense of a holiday told in the past with what was booked, called off, readied or planned
 * for it: the nearer feast when the coming one is near enough (NEAR_FEAST_DEEDS), no tense for a
 * plan further off, else the past.
 */
function pastPlanForFeastTense({ text, start, end, rule, published }: FeastAround): HolidayTense {
  if (
    NEAR_FEAST_DEEDS.some(
      ({ told, days }) =>
        told(text, start, end, published) && feastWithin(rule, published, 'future', days),
    )
  )
    return 'nearest';
  if (
    perfectOfPlanFor(text, start, end) ||
    pastPlanFor(text, start, end) ||
    pastArrangementFor(text, start, end, published)
  )
    return 'unknown';
  return 'past';
}

/** The tense of a holiday told with no tense: the nearer feast for a fixture or a notice. */
function untoldForFeastTense({ text, start, end }: FeastAround): HolidayTense {
  // "Fans are looking forward to the Boxing Day derby", said on 20 November: a fixture told with
  // no tense is the nearer one, the coming one before its day, the one gone by after it ("The FA is
  // investigating crowd trouble at the Boxing Day derby", said on 20 January).
  if (isHolidayFixture(text, start, end)) return 'nearest';
  // "The library is closed between Christmas and New Year", said on Dec. 9: a notice of it.
  if (presentScheduleBeforeHoliday(text.slice(sentenceStartAt(text, start), start)))
    return 'nearest';
  return 'unknown';
}

// How many days ahead the coming feast may be for its last stretch to be read as the nearer
// feast's: "Retailers said sales in the last two weeks before Christmas were weaker than
// expected", said on 15 August 1989, is the Christmas gone by (1988-12-25), its run-up far off.
const STRETCH_DAYS = 60;

// How many days before publication the feast gone by may be for the stretch right after it to be
// under way: "the week after Christmas", said on Dec. 26.
const AFTER_STRETCH_DAYS = 7;

/**
 * Whether the holiday gone by (or today's), with 'past', or the coming one, with 'future', is at
 * most `days` days from publication.
 */
function feastWithin(
  rule: Rule,
  published: string,
  tense: 'past' | 'future',
  days: number,
): boolean {
  const feast = toLocalDate(holidayByTense(rule, published, tense));
  const told = toLocalDate(published);
  const apart =
    tense === 'past'
      ? differenceInCalendarDays(told, feast)
      : differenceInCalendarDays(feast, told);
  return apart <= days;
}

/** The first of a holiday's days on or after `from`. */
function feastOnOrAfter(rule: Rule, from: Date): Date {
  const year = from.getFullYear();
  return [year, year + 1].map(rule).find((day) => differenceInCalendarDays(day, from) >= 0)!;
}

/**
 * Whether a count opening the sentence before the holiday ("Three weeks before Easter, the church
 * held a fundraiser", told on 14 March 2024) lands, from the coming holiday, on a day gone by at
 * publication (10 March, Easter being 31 March): the past clause is told of that day, so the
 * holiday is the coming one, not last year's. A count that lands after publication from the
 * coming one ("Two days before Christmas, shoppers flocked", told in March) keeps the last.
 */
function countFromComingGoneBy(
  text: string,
  start: number,
  rule: Rule,
  published: string,
): boolean {
  const count = frontedCountBefore(text, start);
  if (!count) return false;
  const coming = holidayByTense(rule, published, 'future');
  return shiftTimex(coming, count) <= published.slice(0, 10);
}

/**
 * How a holiday is read: by the tense around it, or 'nearest' for a plan told in the past whose
 * words look ahead ("was set to go ahead on Thanksgiving"): the nearer of the last one and the next
 * one, however far ahead the next (said on Dec. 18, the Thanksgiving three weeks gone by; said on
 * Nov. 1, the one to come).
 */
type HolidayTense = Tense | 'nearest';

// How many days ahead this year's holiday may be for a past told of it with "this year" to be its
// run-up ("Christmas sales this year were weak", said on Dec. 17), not the last one at the year
// turn ("Christmas was quiet this year", said on Jan. 2).
const RUN_UP_DAYS = 31;

/**
 * The day a holiday named without a year stands for: the latest on or before publication, or the
 * next on or after it when the sentence speaks of the future or, with no tense, when the next is
 * the nearer and at most two weeks ahead; "last"/"next" are strictly before/after, "this" is the
 * one of the publication year.
 */
export function holidayByTense(
  rule: Rule,
  published: string,
  tense: HolidayTense,
  modifier?: string,
): string {
  const pub = toLocalDate(published);
  const year = pub.getFullYear();
  if (modifier === 'this') return toCalendarDate(rule(year));
  const days = [year - 1, year, year + 1].map(rule);
  const from = (d: Date) => differenceInCalendarDays(d, pub);
  const before = days.filter((d) => (modifier === 'last' ? from(d) < 0 : from(d) <= 0)).pop()!;
  const after = days.find((d) => (modifier === 'next' ? from(d) > 0 : from(d) >= 0))!;
  // "With New Year's Eve a day away, police are ready", said on Dec. 30: with no tense to say
  // which, a holiday at most two weeks ahead, nearer than the last, is the coming one.
  const nearer =
    !modifier &&
    ((tense === 'unknown' && from(after) <= COMING_DAYS) || tense === 'nearest') &&
    from(after) < -from(before);
  const ahead = nearer || modifier === 'next' || (modifier !== 'last' && tense === 'future');
  return toCalendarDate(ahead ? after : before);
}

/**
 * "Easter week", "Thanksgiving week": the ISO week that holds the holiday. Said in that week it is
 * the week of the coming holiday whatever the tense ("as Easter week began", on its Monday);
 * otherwise the holiday is read by tense as it is alone.
 *
 * Easter falls on a Sunday, the last day of an ISO week, so "Easter week" is read as the week
 * that ends on Easter Sunday (Holy Week from its Monday), not the week that starts on Easter
 * Monday, which some, chiefly British and Irish, usage calls Easter Week. One rule serves every
 * holiday, and it follows TimeML, which gives a week named by a day in it as the ISO week
 * (YYYY-Www) that contains that day.
 */
function holidayWeek(
  rule: Rule,
  published: string,
  tense: HolidayTense,
  modifier?: string,
): string {
  const pub = toLocalDate(published);
  const current = toTimex(pub, 'week');
  const year = pub.getFullYear();
  const inIt = [year - 1, year, year + 1].some((y) => toTimex(rule(y), 'week') === current);
  if (inIt && modifier === undefined) return current;
  return toTimex(toLocalDate(holidayByTense(rule, published, tense, modifier)), 'week');
}

// A day in the ISO week whose weekend goes with the holiday: its own, or the week before for a
// Monday or Tuesday holiday (Memorial Day and Labor Day end their weekend).
const weekendWeek = (day: Date) => addDays(day, getDay(day) === 1 || getDay(day) === 2 ? -7 : 0);

/**
 * "the Easter weekend", "the Memorial Day weekend": the weekend (`YYYY-Www-WE`) the holiday goes
 * with, the one closing its ISO week, or the one just before it when the holiday falls on a Monday
 * or Tuesday. Said during it, from its Friday (or the holiday, if earlier) through its Sunday (or
 * the holiday, if later), it is that weekend whatever the tense, as "Easter week" is; otherwise the
 * holiday is read as it is alone.
 */
function holidayWeekend(
  rule: Rule,
  published: string,
  tense: HolidayTense,
  modifier?: string,
): string {
  const pub = toLocalDate(published);
  const year = pub.getFullYear();
  const during =
    modifier === undefined
      ? [year - 1, year, year + 1].map(rule).find((day) => {
          const friday = addDays(startOfISOWeek(weekendWeek(day)), 4);
          return pub >= min([day, friday]) && pub <= max([day, addDays(friday, 2)]);
        })
      : undefined;
  const day = during ?? toLocalDate(holidayByTense(rule, published, tense, modifier));
  return `${toTimex(weekendWeek(day), 'week')}-WE`;
}

/** The day, ISO week or weekend of a holiday whose year is written ("Christmas Day 2021"). */
function holidayOfYear(day: Date, span: string | undefined): string {
  if (span === 'week') return toTimex(day, 'week');
  if (span === 'weekend') return `${toTimex(weekendWeek(day), 'week')}-WE`;
  return toCalendarDate(day);
}

// "9/11", "the Sept. 11 attacks": the day of the 2001 attacks, as news names it, in any locale
// and whatever the publication year.
const SEPTEMBER_11 =
  /(?<![\d/.])9\/11(?![\d/]|\.\d)|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:2001\s+)?(?:terror(?:ist)?\s+)?attacks?\b)/g;

// "the 7/7 bombings": the day of the 2005 London attacks, told from 7 July of any year by the
// attacks or bombings named right after it.
const JULY_7 =
  /(?<![\d/.])7\/7(?![\d/]|\.\d)(?=\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|bombers?)\b)/g;

/** In British English "Mother's Day" is Mothering Sunday (Easter less three weeks), not May's. */
function britishName(name: string, locale: Locale): string {
  return locale === 'en-GB' && /^mother['’]?s day$/i.test(name) ? 'Mothering Sunday' : name;
}

// The patterns of readHolidays' steps below, built once for every holiday found.
/** A name's capital, after "the" ("the Fourth of July"). */
const CAPITALISED_NAME = /^(?:the\s+)?[A-Z]/;
const BANK_HOLIDAY = /\bbank holiday\b/i;
const NEW_YEAR_NAME = /^new year$/i;
const REMEMBRANCE_DAY = /^remembrance day$/i;
/** A December day's value, a pair's Christmas or Hogmanay, with its year. */
const DECEMBER_DAY = /^(\d{4})-12-\d\d$/;
/** "Christmas and New Year": one word between a pair's two holidays. */
const ONE_WORD_BETWEEN = /^\s+\w+\s+$/;

/** A holiday's name the pattern found, with what is written with it. */
interface HolidayFound {
  start: number;
  end: number;
  nameStart: number;
  /** How a bare "New Year" is the holiday: after a preposition of time, or the end of a pair. */
  bare: 'lead' | 'pair' | undefined;
  rule: Rule;
  firstYear: number | undefined;
  /** "next", "last", … before the name. */
  modifier: string | undefined;
  /** "week" or "weekend" after it. */
  span: string | undefined;
  /** The year written after it ("Christmas Day 2021"). */
  year: number | undefined;
}

/**
 * A holiday's name at the pattern's match `m`, or undefined where the words are no holiday's
 * name: in lower case, a bare "New Year" that names no day, a person's or another country's.
 */
function holidayFound(
  text: string,
  m: RegExpExecArray,
  locale: Locale,
  timeml: boolean | undefined,
): HolidayFound | undefined {
  // A holiday is a name: "easter" or "christmas" in lower case is not one ("the" before "Fourth
  // of July" is not part of the name). A bank holiday is named by its season in lower case too
  // ("the spring bank holiday", "the early May bank holiday").
  if (!CAPITALISED_NAME.test(m[2]!) && !BANK_HOLIDAY.test(m[2]!)) return undefined;
  const name = britishName(m[2]!, locale);
  const nameStart = m.index + (m[1] ? m[0].indexOf(m[2]!) : 0);
  const newYear = NEW_YEAR_NAME.test(m[2]!);
  const bare = newYear
    ? bareNewYear(text, nameStart, nameStart + m[2]!.length, timeml === true)
    : undefined;
  if (newYear && bare === undefined) return undefined;
  const [, rule, firstYear] = holidayNamed(name)!;
  const start = m.index;
  const end = start + m[0].length;
  const span = m[3]?.toLowerCase();
  // "Christmas Day 2021", "Thanksgiving weekend 2023": the holiday of the year written after it.
  const written = m[4] ?? m[5];
  if (isNoHolidayHere(text, start, end, name, written === undefined && !span)) return undefined;
  const year = written === undefined ? undefined : Number(written);
  return {
    start,
    end,
    nameStart,
    bare,
    rule,
    firstYear,
    modifier: m[1]?.toLowerCase(),
    span,
    year,
  };
}

/**
 * Whether the holiday's name at [start, end) is part of another name, another country's
 * holiday, a person's name, or (`alone`, with no year or span) a thing named after the holiday.
 */
function isNoHolidayHere(
  text: string,
  start: number,
  end: number,
  name: string,
  alone: boolean,
): boolean {
  if (NAME_AFTER.test(text.slice(end)) || isOtherCountrysHoliday(text, start, name)) return true;
  // "Rabbi Pesach Wolicki said", "Father Christmas visits the ward": a person's name.
  if (isAfterPersonTitle(text, start)) return true;
  if (
    REMEMBRANCE_DAY.test(name) &&
    REMEMBRANCE_NAMED_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  )
    return true;
  return (
    alone &&
    THING_AFTER.test(text.slice(end)) &&
    !SENTENCE_OPENING_PREPOSITION.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * The day of the holiday its sentence names: by a day written after it, a year put after it, a
 * year word near it or a year opening the sentence; undefined where none does (the tense
 * chooses), null where what is written is no day of the holiday's.
 */
function holidayDayNamed(
  text: string,
  { start, end, rule, firstYear, modifier, span, year }: HolidayFound,
  published: string,
): Date | null | undefined {
  // "closes for Christmas on Dec. 23": after a preposition the holiday is a time the day written
  // is measured against, not that day.
  const against = REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  // "for Lunar New Year, which falls on Feb. 17": a relative clause tells the feast's day.
  const relative = relativeDayAfter(text, end);
  const told =
    year === undefined && !span && (!against || relative !== undefined)
      ? writtenDay(text, relative ?? end, rule, published)
      : undefined;
  if (told === null) return null;
  const free = !(modifier || span || year !== undefined);
  const putIn = free ? YEAR_PUT_AFTER.exec(text.slice(end)) : null;
  const putYear = putIn ? Number(putIn[1]) : undefined;
  if (putYear !== undefined) {
    // "Memorial Day in 1968": a year before the rule held; the year is read on its own.
    return firstYear !== undefined && putYear < firstYear ? null : rule(putYear);
  }
  if (told) return told;
  // "Juneteenth falls on a Friday this year", "Easter came early last year": the holiday of the
  // year the sentence names, whatever the tense.
  const yearWord = free ? yearWordNear(text, start, end) : undefined;
  if (yearWord) {
    const day = rule(toLocalDate(published).getFullYear() + UNIT_SHIFT[yearWord]!);
    return isYearWordAgainstTense(text, start, end, day, published) ? undefined : day;
  }
  // "In 2019 the ferry was scheduled to sail on Christmas Day": a year gone by that opens the
  // sentence is the year of its holiday, whatever the tense says of publication's.
  const opening = free ? yearOpeningSentence(text, start, published) : undefined;
  return opening !== undefined ? rule(opening) : undefined;
}

/**
 * "Christmas was quiet this year", said on Jan. 2: the tense still counts at the year turn, so a
 * year word's `day` on the other side of publication from the tense gives way to the tense,
 * unless a past tells the run-up to a day a month ahead at most ("Christmas sales this year were
 * weak", said on Dec. 17).
 */
function isYearWordAgainstTense(
  text: string,
  start: number,
  end: number,
  day: Date,
  published: string,
): boolean {
  const tense = tenseAround(text, start, end);
  return (
    (tense === 'past' && differenceInCalendarDays(day, toLocalDate(published)) > RUN_UP_DAYS) ||
    (tense === 'future' && day < toLocalDate(published))
  );
}

/** The reading of a holiday found, on the day its sentence names or by its tense. */
function holidayReading(
  text: string,
  { start, end, rule, firstYear, modifier, span, year }: HolidayFound,
  named: Date | undefined,
  published: string,
): Reading {
  // "Memorial Day 1968": a year before the rule held, whose day the rule would get wrong; the
  // whole name is read as that year alone.
  const beforeRule = year !== undefined && firstYear !== undefined && year < firstYear;
  const readSpan =
    span === 'week' ? holidayWeek : span === 'weekend' ? holidayWeekend : holidayByTense;
  return {
    start,
    end,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: beforeRule
        ? String(year)
        : named
          ? toCalendarDate(named)
          : year !== undefined
            ? holidayOfYear(rule(year), span)
            : readSpan(rule, published, holidayTense(text, start, end, rule, published), modifier),
      granularity: beforeRule ? 'year' : span ? 'week' : 'day',
      anchor: { kind: 'published', date: published },
    }),
  };
}

/**
 * The New Year of a pair is the one after the pair's Christmas (or Hogmanay), whatever its own
 * tense gives ("face disruption between Christmas and New Year", said on 14 December 2026, is
 * 2027-01-01, not 2026-01-01).
 */
function afterPairedFirst(own: Reading, pairedWith: Reading): Reading {
  const ownResolve = own.resolve;
  return {
    ...own,
    resolve: (context) => {
      const read = ownResolve(context);
      const first = DECEMBER_DAY.exec(String(pairedWith.resolve(context).value));
      return first ? { ...read, value: `${Number(first[1]) + 1}-01-01` } : read;
    },
  };
}

/**
 * "Thanksgiving Day", "last Christmas", "Election Day": holidays, as the days they fall on;
 * "Easter week" as the week that holds one, "the Easter weekend" as the weekend it goes with.
 */
export const readHolidays: Pass = (text, { published, locale, timeml }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const found = holidayFound(text, m, locale, timeml);
    if (!found) continue;
    // "between Christmas and New Year": the holiday read just before, the pair's first end.
    const last = readings.at(-1);
    const pairedWith =
      found.bare === 'pair' && last && ONE_WORD_BETWEEN.test(text.slice(last.end, found.nameStart))
        ? last
        : undefined;
    const named = holidayDayNamed(text, found, published);
    if (named === null) continue;
    const reading = holidayReading(text, found, named, published);
    readings.push(pairedWith ? afterPairedFirst(reading, pairedWith) : reading);
  }
  for (const m of text.matchAll(SEPTEMBER_11))
    readings.push(publishedDayReading(m, '2001-09-11', published));
  for (const m of text.matchAll(JULY_7))
    readings.push(publishedDayReading(m, '2005-07-07', published));
  return readings;
};
