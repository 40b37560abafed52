import { namesOtherYear } from './otherYearInSentence.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// One character of a short object in the clause, with no "was", "were", "is", "are" nor a "have"
// starting there (a figure's "8,000" or "2.5" keeps its comma or point); each reading says how
// many it takes.
export const SHORT_OBJECT_CHAR = `(?:(?!\\b(?:was|were|is|are|had|has|have)\\b)(?:[^.!?;:,]|[.,](?=\\d)))`;
// A short object in the clause, with no "was", "were", "is", "are" nor a "have" in it.
const SHORT_OBJECT = `${SHORT_OBJECT_CHAR}{0,40}?`;
// What is booked, ordered, sold or readied for a day ("bookings for", "rooms for", "tickets for
// the", "extra staff for", "a televised address for", "orders for", "arrangements for"), or a
// getting ready under way ("were preparing for heavy traffic on"), then a short object in the
// clause and "for" or "on" right before the time. Not a simple past of a deed of getting ready
// ("Police cancelled all leave for New Year's Eve"), which pastReadyingFor reads, for a day two
// weeks ahead at most, nor, as for a forecast, one whose clause names another year ("Last year,
// airlines said bookings for New Year's Eve were down"), nor a plan told in the past ("was
// scheduled to sail on"), which is pastPlanFor's. No "was", "were", "is", "are" nor a "have"
// between the thing and "for" or "on": "two staff members were shot on Christmas Eve" is a deed on
// the day. A simple past between them is not looked for ("rooms sold out for New Year's Eve" is
// taken). Orders, demand and arrangements only with "for": "demand on Christmas Eve was the
// strongest in years" is what the day itself saw, like "sales on Christmas Eve". So is security:
// "Security for New Year's Eve was tightened" readies the day, "security on New Year's Eve was
// tight" tells it.
const ARRANGEMENT_BEFORE = new RegExp(
  `\\b(?:(?:bookings?|reservations?|rooms|tickets|seats|flights|staff|plans|preparations|address|(?:preparing|bracing|readying)\\s+for)\\b${SHORT_OBJECT}\\b(?:for|on)|(?:orders|demand|arrangements|security)\\b${SHORT_OBJECT}\\bfor)\\s+(?:the\\s+)?$`,
  'i',
);
// "traffic on Christmas Eve was expected to be heavy": a forecast told in the past.
const FORECAST_AFTER = /^[^.!?;]{0,30}?\b(?:was|were)\s+(?:expected|forecast|likely)\b/i;
// "Police said 20,000 pilgrims were expected for Christmas Eve": a crowd or a thing forecast for
// the day, the forecast's passive right before it, unless the sentence's start names another year
// ("Last year, 20,000 pilgrims were expected for Christmas Eve, but only 5,000 came").
// The place may stand between, where the crowd is expected ("two million people were expected in
// Times Square on New Year's Eve", "along the Champs-Elysees", "at the Sydney Opera House",
// "downtown"): a preposition of place and up to four words, none of them "for" or "on".
const EXPECTED_PLACE = String.raw`(?:(?:in|at|along|near|around|outside|inside|across)\s+(?:(?!(?:for|on)\b)[\w.'’-]+\s+){1,4}|downtown\s+)`;
const EXPECTED_FOR_BEFORE = new RegExp(
  String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?:expected|forecast)\s+${EXPECTED_PLACE}?(?:for|on)\s+$`,
  'i',
);
// "…for New Year's Eve every year", "…each year": a habit, no one day.
export const HABIT_AFTER =
  /^[^.!?;]*?\b(?:every|each)\s+year\b|^[^.!?;]*?\b(?:annually|for\s+years)\b/i;

/**
 * Whether the holiday at [start, end), told in the past, is what was booked, readied or forecast
 * for ("Airlines said bookings for New Year's Eve were down", "Retailers said traffic on Christmas
 * Eve was expected to be heavy"): an arrangement made before its day, which may be the coming one
 * ("said on 30 December 1999", 1999-12-31) or the one gone by, so the past of its telling does not
 * say which. Not a deed on the day ("Stores said sales on Christmas Eve were strong"), nor a habit.
 * `published`, the day of publication, tells whether a year named before a forecast is another.
 */
export function pastArrangementFor(
  text: string,
  start: number,
  end: number,
  published?: string,
): boolean {
  const before = text.slice(Math.max(sentenceStartAt(text, start), start - 90), start);
  const after = text.slice(end);
  return (
    (((ARRANGEMENT_BEFORE.test(before) || EXPECTED_FOR_BEFORE.test(before)) &&
      !namesOtherYear(before, published)) ||
      FORECAST_AFTER.test(after)) &&
    !HABIT_AFTER.test(after)
  );
}
