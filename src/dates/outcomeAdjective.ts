/**
 * A word that tells how an event turned out: "Friday's disappointing report", "Tuesday's strong
 * auction", "Friday's weak jobs report", "Thursday's dismal sales figures", "Friday's
 * better-than-expected jobs data", "Friday's steep plunge". Only an event that has been held can
 * be told so, and what it will do is its aftermath. Not "big", "record" or "surprise", which as
 * often tell an event to come ("Saturday's big game", "Saturday's surprise party"). A pattern
 * source, to be set between word boundaries and matched without regard to case.
 *
 * @example new RegExp(`^(?:${OUTCOME_ADJECTIVE})$`, 'i').test('better-than-expected') // true
 */
export const OUTCOME_ADJECTIVE = String.raw`(?:strong|stronger|weak|weaker|disappointing|surprising|surprisingly|unexpected|upbeat|gloomy|grim|bleak|dismal|robust|sluggish|poor|lackluster|solid|sloppy|steep|sharp|[\w-]+-than-expected)`;
