import { addMonths, getDaysInMonth } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceAround, tenseAround } from './tenseAround.ts';
import { dayOfOrdinalWords, DAY_ORDINAL_WORD_SOURCE } from './dayOrdinalWords.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { UNIT_SHIFT } from './unitShift.ts';

// "the afternoon of the 3rd", "the early hours of the 21st", and "on the 3rd" closing a phrase:
// a day of the month named by its ordinal alone. A bare "the 3rd" is too often a rank ("the 3rd
// round"), so without a part of the day it must follow "on" and end the phrase.
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:the (?:(?:early|late)\s+)?(?:${PART_OF_DAY_SOURCE}|early hours) of the|(?<=\bon )the) ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z])`,
  'gi',
);

// "due in New York on the fifteenth", "expected back in Baghdad on the twentieth", "set to launch
// on the twenty-ninth": a day spoken as an ordinal word, after "on" and closing its phrase. The
// word alone is as often a hole, an inning or a ballot ("birdied on the fifteenth", "won on the
// third"), so a plan's word must stand before it in its clause. Not "back", "set" alone or "ends",
// which golf and baseball copy use of a hole or an inning as often ("was back to six under after
// a birdie on the fifteenth", "set a course record with an eagle on the eighteenth", "the charge
// ends on the sixteenth"); "due back" and "set to" or "set for" still lead a plan. A body that
// convenes or reconvenes and a craft that lifts off keep to a calendar ("Parliament reconvenes
// on the twelfth", "Columbia lifts off on the sixteenth"), which no hole or inning does; "lifts
// off" only right before its "on", as golf copy lifts a shot off ("His approach lifts off and
// lands two feet from the pin on the twelfth").
//
// A chamber or a show that "comes back" on the day ("The Senate comes back on the twenty-seventh
// for the State of the Union") and voters who "go to the polls" keep to a calendar too; golf's
// "comes back on the back nine" names no ordinal, and "comes back on the tenth hole" ranks a hole
// (PHRASE_AFTER).
const PLAN_CUE =
  'due|expected|scheduled|set\\s+(?:to|for)|slated|planned|deadline|arrives?|returns?|leaves?|launch(?:es)?|lifts?\\s+off(?=\\s+on\\s)|opens?|begins?|starts?|closes?|meets?|(?:re)?convenes?|resumes?|expires?|comes?\\s+back|go(?:es)?\\s+to\\s+the\\s+polls';
// "convenes on the tenth in Geneva", "lifts off on the sixteenth with seven aboard", "leaves on
// the twentieth for Baghdad": a preposition or "and" after the ordinal word opens the next phrase,
// so the ordinal still closes its own; a noun after it ("on the tenth hole", "on the twelfth
// ballot") is what it ranks.
// "without" too ("The talks adjourned on the third without an agreement"), and "behind closed
// doors" ("The council meets on the ninth behind closed doors"), a body's sitting, where "behind"
// alone may rank a player on a hole ("starts on the tenth behind the leaders"). "and" only before a
// clause: in "on the second and final day" the ordinal ranks the day, as the word after "and" does.
const PHRASE_AFTER =
  'with|without|in|at|for|to|from|and(?!\\s+(?:final|last|deciding|decisive|closing|concluding)\\b)|aboard|after|before|amid|until|under|behind\\s+closed\\s+doors';
// "starts on the tenth with a birdie", "begins on the ninth with a leadoff walk": a "with" that
// brings a shot or a play ranks a hole or an inning, not a day.
const GAME_PLAY_AFTER = String.raw`\s+with\s+(?:(?:a|an|his|her|their|two|three)\s+)?(?:[\w-]+\s+)?(?:birdie|bogey|par|eagle|putt|walk|single|double|triple|homer|home\s+run|hit|strikeout)s?\b`;
// "The golfers start on the tenth in the rain", "Both pitchers begin on the ninth in a scoreless
// tie": a sentence that names golfers or ballplayers or their things (a tee, a hole, a birdie, an
// inning) before the ordinal, as what starts on it, tells of a hole or an inning, whatever phrase
// follows the ordinal. Only before it: after the day they are what the day is for ("The council
// meets on the twelfth to vote on the new golf course", "The Masters begins on the ninth, and the
// first tee time is at eight", "reconvenes on the ninth to close a hole in the budget"). Not a
// lone golfer, who is as often a governor's pastime ("The governor, an avid golfer, returns on
// the fifth"), nor spring training's "pitchers and catchers", who report on a calendar's day; not
// a green, which a party is as often ("The Green Party convention opens on the ninth in Bonn"),
// nor "the Masters" or "the Open", whose days keep to a calendar ("The Masters begins on the
// ninth"), nor a hole in a thing held ("To close a hole in the budget, lawmakers return on the
// tenth").
const GAME_WORD =
  /\b(?:golfers|tee(?:s|d)?|holes?(?!\s+in\s+(?:the|a|an|its|their|his|her|our)\b)|birdies?|bogeys?|fairways?|innings?|pitchers?(?!\s+and\s+catchers\b))\b/i;
// The ordinal word after "on", closing its phrase: shared by a plan's day and a past deed's.
const SPOKEN_DAY = String.raw`the (${DAY_ORDINAL_WORD_SOURCE})(?!\s+(?:of\s+)?(?!(?:${PHRASE_AFTER})\b)[A-Za-z]|${GAME_PLAY_AFTER})`;
const SPOKEN_ORDINAL_DAY = new RegExp(
  String.raw`(?<=\b(?:${PLAN_CUE})\b[^,.;:!?]{0,60}\bon )${SPOKEN_DAY}`,
  'gi',
);

// "The story broke on the twenty-first", "The panel reconvened on the fourteenth", "The inspectors
// returned to Baghdad on the fifth": a calendar's deed told in the past, right before "on" or with
// the place it was done in or went to (a capitalised name) between. Only deeds no hole or inning
// has: golf copy "began", "started" or "opened" on a hole, and "returned to the lead" on one.
const PAST_CALENDAR_DEED =
  'broke|(?:re)?convened|adjourned|recessed|returned|arrived|resumed|expired|died|took\\s+effect';
const PLACE_BETWEEN = String.raw`(?:(?:to|in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,3})?`;
const PAST_SPOKEN_ORDINAL_DAY = new RegExp(
  String.raw`(?<=\b(?:${PAST_CALENDAR_DEED})\s+${PLACE_BETWEEN}on )${SPOKEN_DAY}`,
  'g',
);

// "go to the polls on the thirteenth of next month", "due back on the twentieth of this month",
// "the 4th of last month": a day of the month with the month it lies in named after it, from
// publication. The month says which, so no plan's word or "on" is asked for; "the thirteenth" with
// no such month after it is left to the patterns above. Not a share of the month's things ("the
// third of this month's games").
const ORDINAL_OF_NEARBY_MONTH = new RegExp(
  String.raw`\bthe (?:(${DAY_ORDINAL_WORD_SOURCE})|([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b) of (this|next|last) month\b(?!['’]s)`,
  'gi',
);

/** The day of the month before "of this month", "of next month" or "of last month". */
function ordinalOfNearbyMonth(m: RegExpExecArray, published: string): Reading[] {
  const day = m[1] ? dayOfOrdinalWords(m[1]) : Number(m[2]);
  const pub = toLocalDate(published);
  const shift = UNIT_SHIFT[m[3]!.toLowerCase()]!;
  const month = addMonths(new Date(pub.getFullYear(), pub.getMonth(), 1), shift);
  if (day === undefined || day > getDaysInMonth(month)) return [];
  return [
    {
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: toCalendarDate(new Date(month.getFullYear(), month.getMonth(), day)),
        granularity: 'day',
        anchor: { kind: 'published', date: published },
      }),
    },
  ];
}

/**
 * A day of the month named by its ordinal: the latest such day on or before publication, or the
 * next one on or after it when the sentence speaks of the future. The news reading gives the day
 * whatever part of it the words name.
 */
export const readOrdinalDays: Pass = (text, { published }) => {
  const inGame = (m: RegExpExecArray) =>
    GAME_WORD.test(sentenceAround(text, m.index, m.index + m[0].length).before);
  const spoken = [...text.matchAll(SPOKEN_ORDINAL_DAY)].filter((m) => !inGame(m));
  // A day both spoken patterns find ("returned on the fifth") is read once, as a plan's.
  const planned = new Set(spoken.map((m) => m.index));
  const spokenDay = (m: RegExpExecArray, plan: boolean) =>
    ordinalDay(text, published, m.index, m.index + m[0].length, dayOfOrdinalWords(m[1]!)!, plan);
  return [
    ...[...text.matchAll(ORDINAL_DAY)].map((m) =>
      ordinalDay(text, published, m.index, m.index + m[0].length, Number(m[1])),
    ),
    ...spoken.map((m) => spokenDay(m, true)),
    ...[...text.matchAll(PAST_SPOKEN_ORDINAL_DAY)]
      .filter((m) => !planned.has(m.index) && !inGame(m))
      .map((m) => spokenDay(m, false)),
    ...[...text.matchAll(ORDINAL_OF_NEARBY_MONTH)].flatMap((m) =>
      ordinalOfNearbyMonth(m, published),
    ),
  ];
};

/**
 * The reading of the day `day` of a month named from `start` to `end`. After a plan's word
 * (`planned`) a tense the words leave unknown is the plan's, ahead: "The shuttle is set for launch
 * on the twenty-ninth".
 */
function ordinalDay(
  text: string,
  published: string,
  start: number,
  end: number,
  day: number,
  planned = false,
): Reading {
  return {
    start,
    end,
    priority: 2,
    resolve: () => {
      const pub = toLocalDate(published);
      const tense = tenseAround(text, start, end);
      const ahead = tense === 'future' || (planned && tense === 'unknown');
      let month = new Date(pub.getFullYear(), pub.getMonth(), 1);
      const fits = (first: Date) => {
        if (day > getDaysInMonth(first)) return false;
        const date = new Date(first.getFullYear(), first.getMonth(), day);
        return ahead ? date >= pub : date <= pub;
      };
      for (let i = 0; i < 12 && !fits(month); i++) month = addMonths(month, ahead ? 1 : -1);
      return {
        type: 'DATE',
        value: toCalendarDate(new Date(month.getFullYear(), month.getMonth(), day)),
        granularity: 'day',
        anchor: { kind: 'published', date: published },
      };
    },
  };
}
