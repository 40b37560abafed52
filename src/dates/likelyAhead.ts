/**
 * "is likely", "are possible" before a date, a forecast's present as "is expected" is: "Frost is
 * likely overnight", "Showers are possible overnight in the west", "Gales are likely along the
 * coast on Sunday", said on a Wednesday, are the night to come and the coming Sunday. Not "likely
 * to" or "possible that" (their own verb tells the tense), nor "was likely" (the sentence is past).
 * It looks ahead only before the date (tenseAround's nearest), as "should" does.
 */
export const LIKELY_AHEAD_SOURCE = String.raw`(?:is|are)\s+(?:(?:also|still|now|more|less|most|quite|very|highly)\s+)?(?:likely|possible|unlikely)(?!\s+(?:to|that)\b)`;
