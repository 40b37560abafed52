/**
 * "is likely", "are possible" before a date, a forecast's present as "is expected" is: "Frost is
 * likely overnight", "Showers are possible overnight in the west", "Gales are likely along the
 * coast on Sunday", said on a Wednesday, are the night to come and the coming Sunday. Not "likely
 * to", "possible that" or a clause straight after ("It is possible the pipe burst on Sunday": its
 * own verb tells the tense), nor "was likely" (the sentence is past).
 * It looks ahead only before the date (tenseAround's nearest), as "should" does.
 */
export const LIKELY_AHEAD_SOURCE = String.raw`(?:is|are)\s+(?:(?:also|still|now|more|less|most|quite|very|highly)\s+)?(?:likely|possible|unlikely)(?!\s+(?:to|that|the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|you|I|someone|somebody)\b)`;
