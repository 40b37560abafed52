import { IRREGULAR_PAST } from './irregularPast.ts';
import { PLAN_PARTICIPLES } from './planParticiples.ts';
import { NUMBER_SOURCE } from './readNumber.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { NOT_PAST } from './tenseAround.ts';
import { MODALS } from './modals.ts';

// What may stand before a day in a sentence's subject: an article or possessive, up to three
// capitalised or possessive words, "on" ("The council's 4/12 vote", "The Oscars on March 2",
// "Voters on May 4").
const SUBJECT_LEAD =
  /(?:^|[.!?]["”’']?\s+)(?:(?:The|A|An|Its|Their|His|Her|Our)\s+)?(?:(?:[A-Z][\w.’'-]*|[a-z]+['’]s)\s+){0,3}(?:on\s+)?$/;
// … or an article and one or two words of a common noun before "on" ("The parade on July 4",
// "The peace talks on Dec. 12"). Such a subject may be an occasion still ahead, so a count after
// "drew" tells a crowd only before a crowd noun (CROWD_BY_NOUN).
const COMMON_NOUN_LEAD =
  /(?:^|[.!?]["”’']?\s+)(?:The|A|An|Its|Their|His|Her|Our)\s+(?:[a-z][\w’'-]*\s+){1,2}on\s+$/;
// The words that end the subject after the day and its noun, "'s" or up to two words but no
// auxiliary, modal, "to" nor joining word, then a past verb: "vote approved", "drew", "summit
// ended", not "vote was postponed", "summit will decide", "vote is expected". Lower-case words
// only: a name after the day ("The March 19 Fed meeting", "The April 4 United Nations vote") is
// no verb; the sentence's capital is SUBJECT_LEAD's.
const PAST_VERB_AFTER = new RegExp(
  `^(?:['’]s)?((?:\\s+(?!(?:was|were|is|are|${MODALS}|has|have|had|to|and|or|but|that|which|who)\\b)[a-z]+){0,2}?)\\s+(${IRREGULAR_PAST}|${REGULAR_PAST})\\b`,
);
// A past form before a noun and then a verb of its own is an adjective of the subject ("The
// April 2 delayed launch is now set", "The March 25 closed session is open").
const ADJECTIVE_OF_SUBJECT = new RegExp(
  `^\\s+[a-z]+\\s+(?:is|are|was|were|has|have|had|${MODALS})\\b`,
);
// A past form the clause's own verb follows is a participle of the subject, not its verb: one
// right before "by" and a name ("The June 5 summit organised by France", not "passed by a wide
// margin"), or one with an auxiliary or modal later in its clause ("The March 20 match postponed
// last month will be replayed"). The clause ends at a stop, a comma, a relative or a joining word.
const PARTICIPLE_OF_SUBJECT = new RegExp(
  `^(?:\\s+by\\s+(?:the\\s+)?[A-Z]|(?:\\s+(?!(?:that|which|who|where|to|and|but|while|because|although|though|whereas|when|after|before|since|until|so)\\b)[\\w'’-]+){0,8}?\\s+(?:is|are|was|were|has|have|had|${MODALS})\\b)`,
);
const PLAN_PARTICIPLE = new RegExp(`^(?:${PLAN_PARTICIPLES})$`, 'i');
// Verbs of what an occasion stirs before it is held ("The April 12 concert sold out", "The May 5
// vote sparked protests", "drew criticism"): no sign it was held.
const STIRRED_BEFORE =
  /^(?:sold|sparked|prompted|angered|alarmed|worried|raised|triggered|stirred|provoked|faced|fueled|fuelled|divided|drew|attracted)$/;
// … but a crowd counted is one that came: "drew 19.7 million viewers", "attracted 30,000 fans",
// and so a crowd in words, as the wires write it ("drew half a million people", "drew thousands of
// protesters", "drew a record crowd"); a count in words of anything else may be stirred before
// ("drew thousands of complaints"). "Hundreds of thousands of spectators" counts as "tens of
// thousands" does. The wires count those who came by who they are as often ("drew tens of
// thousands of workers to the capital", "drew thousands of students", "hundreds of veterans",
// "thousands of farmers"): people, never a thing a day stirs.
// Those who come by their trade or their standing, as the wires count them at a march or a Mass
// ("drew thousands of miners to Bucharest", "hundreds of teachers", "thousands of nurses").
const CROWD_NOUN = String.raw`(?:crowds?|people|protesters|demonstrators|marchers|spectators|viewers|fans|visitors|pilgrims|supporters|mourners|revell?ers|worshippers|tourists|onlookers|workers|students|veterans|farmers|residents|activists|believers|followers|faithful|participants|runners|families|children|women|men|miners|teachers|nurses|strikers|pensioners|retirees|refugees|soldiers|troops|voters|shoppers|delegates|athletes|parishioners|youths|villagers|peasants|unionists|doctors|truckers|fishermen|drivers)\b`;
// A count before a crowd noun: in figures or in words.
// A count in hundreds or more ("thousands of", "tens of thousands of", "2 million").
const LARGE_COUNT =
  String.raw`(?:\d[\d,.]*\s+(?:million|thousand|hundred)|(?:half\s+)?${NUMBER_SOURCE}\s+(?:million|thousand|hundred)|` +
  String.raw`(?:(?:tens|hundreds)\s+of\s+)?(?:hundreds|thousands|millions)\s+of)`;
const COUNT_SOURCE = String.raw`(?:${LARGE_COUNT}|\d[\d,.]*|an?\s+(?:record|huge|large|big))`;
const COUNT_OF_CROWD = String.raw`${COUNT_SOURCE}\s+(?:[a-z]+\s+)?${CROWD_NOUN}`;
const COUNT_LEAD = String.raw`^\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|an\s+estimated\s+)?`;
// After a named subject any figure counts ("drew 19.7 million viewers", "drew 75,000 to the
// Mall"); after a common noun only a crowd: "The parade on July 4 drew 200 applications for
// floats", said on 25 June, is still ahead.
const CROWD_COUNTED = new RegExp(`${COUNT_LEAD}(?:\\d|${COUNT_OF_CROWD})`, 'i');
const CROWD_BY_NOUN = new RegExp(`${COUNT_LEAD}${COUNT_OF_CROWD}`, 'i');
// … and a people or a faith named in the plural with a capital, one name or two ("drew thousands
// of Catholics to the cathedral", "tens of thousands of Muslims", "New Yorkers", "Serbs"): people
// who came, never a thing a day stirs. Case matters here, so not under CROWD_BY_NOUN's flag.
// The name must end the noun: before a plural it names a thing ("drew hundreds of Christmas
// orders", "drew 200 Texas exhibitors"), not a people. A bare figure counts things as often ("drew
// 300 Beanie Babies from donors"), so a people is counted in hundreds or more ("thousands of").
// Not a product sold under a name ("thousands of Beanie Babies", "thousands of Furbies"): a thing
// a sale or a drive stirs before its day, not a people come.
const PRODUCT_NAMED = String.raw`(?:[A-Z][a-z]+\s+)?(?:Babies|Buddies|Bears|Dolls|Kids|Cards|Toys|Furbies|Tamagotchis|Pokemons)\b`;
const PEOPLE_NAMED = new RegExp(
  `${COUNT_LEAD}${LARGE_COUNT}\\s+(?!${PRODUCT_NAMED})(?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+s\\b(?!['’]|\\s+(?!(?:as|across|towards|besides|plus)\\b)[a-z]+s\\b)`,
);
const COUNTS_CROWD = /^(?:drew|attracted)$/;

/**
 * Whether a day (from `start` to `end`) stands in the subject of a past verb right after it and
 * its noun ("The council's 4/12 vote approved the plan", "The Oscars on March 2 drew 19.7 million
 * viewers"): what was done on the day is gone by, and so is the day, however near the next one
 * is. Not an auxiliary's passive ("The April 12 vote was postponed"), a plan's participle ("The
 * May 5 summit planned by…"), a participle the clause's verb follows ("The April 4 vote called by
 * the governor could unseat him"), a word in -ed that is no past cue, nor a verb of what an
 * occasion stirs before it is held ("The April 12 concert sold out") unless it counts a crowd.
 */
export function pastVerbOfDaySubject(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  const named = SUBJECT_LEAD.test(lead);
  if (!named && !COMMON_NOUN_LEAD.test(lead)) return false;
  const m = PAST_VERB_AFTER.exec(text.slice(end, end + 60));
  if (!m) return false;
  const after = text.slice(end + m[0].length);
  if (ADJECTIVE_OF_SUBJECT.test(after) || PARTICIPLE_OF_SUBJECT.test(after)) return false;
  const verb = m[2]!.toLowerCase();
  if (PLAN_PARTICIPLE.test(verb) || NOT_PAST.has(verb)) return false;
  if (!STIRRED_BEFORE.test(verb)) return true;
  const counted = named ? CROWD_COUNTED : CROWD_BY_NOUN;
  return COUNTS_CROWD.test(verb) && (counted.test(after) || PEOPLE_NAMED.test(after));
}
