import { regularPastOfStem } from './regularPast.ts';
import { REPORTING_VERBS } from './reportingVerbs.ts';

// The things "today's" makes a kind of the present age rather than of the day: people taken as a
// kind ("today's youth", "today's teenagers"), the world or an order of things ("today's world",
// "today's economy"), and the goods of the age ("today's personal computers"). A day's news says
// "today's vote", "today's editions", "today's rally" instead, which stay the day.
const AGE_KIND =
  'world|society|youth|young\\s+people|generations?|children|kids|teens|teenagers|students|parents|families|consumers|workers|workforce|workplace|culture|economy|technology|computers|cars|phones|smartphones|standards';

// What may follow the kind when it heads its noun phrase: a stop, "and", "or", "what", "than"
// ("today's world _ where", "today's personal computers and", "today's youth what"), or a present
// of state ("today's teenagers read"). Not another noun that the kind only qualifies ("today's
// economy report", "today's youth soccer games", "today's world premiere"), its possessive
// ("today's children's parade"), a thing held ("today's youth rally"), nor a relative clause
// ("today's children who marched"), which are the day's. A verb before a comparison with another
// time heads it too ("Today's students face more debt than their parents did"), not one with the
// day's hopes or its eve ("than expected", "than yesterday").
const HEAD_ENDS =
  '(?=\\s*(?:[.,;:!?)_"”]|$)|\\s+(?:and|or|what|than|live|read|work|use|own|know|prefer|rely|depend)\\b|\\s+[a-z]+\\s+(?:more|less|fewer)\\b[^.;:!?]{0,60}?\\bthan\\s+(?!expected|usual|planned|forecast|yesterday|last\\b))';

// A past in the clause around "today's" tells the day's news, not the age's ("The principal
// greeted today's students.", "Today's children, about 200 in all, were bused in", "today's
// parents and children had raised $40,000"): a past auxiliary or a word in -ed, before it back to
// a quote or a stop, or after it up to the end of the sentence, short of a comparison ("than
// their parents did"), a "what" that sets the present against another time ("for today's youth
// what the blockade was") or a relative clause or dash of its own ("in today's world _ where
// paternity can be proved"). Words that only end in -ed are not pasts ("speed", "indeed"), nor
// is a saying, whose time is not the clause's ("Experts warned today's teenagers read less").
const SAYING = [...REPORTING_VERBS, 'warned', 'argued', 'claimed', 'complained'].join('|');
const PAST_WORD = String.raw`\b(?:was|were|had|did|(?!(?:${SAYING})\b)${regularPastOfStem(3)})\b`;
const NO_PAST_BEFORE = `(?<!${PAST_WORD}[^.!?;"“”\`']*)`;
const NO_PAST_AFTER = `(?!(?:(?!\\b(?:what|than|where|which|who|whose|when)\\b)[^.!?;_—])*${PAST_WORD})`;

// "Today's children, raised on screens, read less": an aside opened by a past participle
// ("raised", "born", "grown") right after the kind tells what the kind is, not what it did, when
// a present of state follows it ("read less", "are", "spend"), which says the age's way of
// things. A verb that may be a past ("Today's children, bused in from nearby towns, sang") keeps
// the day, and so does a present told of anything but a comparison or a measure of the age
// ("read less", "need new skills", "spend hours a day online"): "read poems to the mayor", "have
// left early", "are waiting", "have a tour of the Capitol at noon", "need blankets and food",
// "are guests of honor at the parade", "earn double pay" may all tell the day's event.
const PARTICIPLE_ASIDE = String.raw`,\s+(?:${regularPastOfStem(3)}|born|grown|brought)\b[^,.;:!?"“”]*,\s+`;
const PRESENT_AFTER_ASIDE = String.raw`(?=(?:are|have|spend|know|live|use|own|prefer|rely|depend|face|need|want|do|watch|play|earn|read)\s+(?:far\s+|much\s+)?(?:more|less|fewer|little|better|worse|new|different|hours)\b)`;
const NO_PAST_AFTER_ASIDE = `(?:${PARTICIPLE_ASIDE}${PRESENT_AFTER_ASIDE}${NO_PAST_AFTER}|${NO_PAST_AFTER})`;

/**
 * "in today's world", "what the case is for today's youth", "the chips of choice in many of
 * today's personal computers": "today's" as "nowadays'", before a kind of the present age (with
 * at most one word before the noun) that heads its noun phrase, dates no day. TimeML's tuning part
 * leaves all three unmarked, so both readings read nothing. The kind is written in lower case (not
 * "Today's World Cup opener"). Not "today's vote", "today's youth rally" (a thing held on the
 * day), "today's weather", nor "today's economy report", "today's children's parade".
 */
export const GENERIC_TODAY = new RegExp(
  `${NO_PAST_BEFORE}\\b[Tt]oday(?=['’]s\\s+(?:[a-z]+\\s+)?(?:${AGE_KIND})${HEAD_ENDS}${NO_PAST_AFTER_ASIDE})`,
  'g',
);

const AT = new RegExp(GENERIC_TODAY.source, 'y');

/** Whether the "today" at `start` in `text` is the present age's ("today's world"). */
export function isGenericToday(text: string, start: number): boolean {
  AT.lastIndex = start;
  return AT.test(text);
}

// What follows a present that tells an event of the day, not a state of the age: a progressive, a
// perfect or passive ("are heading", "have voted", "are expected to", "have been"), a plan.
const EVENT_AFTER_VERB =
  '(?!\\s+(?:[a-z]+(?:ing|ed|en)|had|got|made|met|left|won|lost|shut|set|due|to|closed|open)\\b)';
// A present simple that tells how things are, after the subject of the pattern below.
const STATE_VERB_PLURAL =
  'use|own|live|rely|depend|prefer|carry|contain|include|earn|account|exist|cost|run\\s+on';
// The same, after a share told as "one in four", "one in 10" ("Today, one in four children lives in
// poverty."), which takes the verb in the singular; the whole may be placed ("in this country").
const STATE_VERB_SINGULAR =
  'uses|owns|lives|relies|depends|prefers|carries|earns|exists|costs|runs\\s+on';
const ONE_IN_SHARE =
  '(?:(?:nearly|almost|about|roughly)\\s+)?(?:one|1)\\s+in\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})';
// Words that point to one thing the reader knows of ("use the new bridge", "use the day", "own
// their homes"), which a day's news tells; the age's state is told of things at large.
const POINTING = 'the|this|that|these|those|their|its|his|her|our|your|my';
// What a storm or an outage leaves people with, the day's news however it is told ("Today, one
// in three residents lives without power.", "Today, many homes run on generators."): no state of
// the age.
const STORM_AFTERMATH = String.raw`(?!\s+(?:without\s+(?:power|electricity|heat|heating|water|running\s+water|phones?|phone\s+service)|in\s+(?:shelters|tents|hotels|motels|cars|trailers)|(?:on\s+)?generators)\b)`;
// The object of the present, ending the sentence: a bare noun or two, or "a"/"an" and one or two
// ("use lithium batteries.", "own a smartphone."), not a pointed thing nor anything after it
// ("use generators after the storm").
const THINGS_AT_LARGE = `\\s+(?:an?\\s+)?(?:(?!(?:${POINTING})\\b)[a-z-]+\\s+)?(?!(?:${POINTING})\\b)[a-z-]+(?=[.!?;]|$)`;

/**
 * "today" as "nowadays", TimeML's `PRESENT_REF` (the guidelines' reading; the tuning part writes
 * "And today, the right to work is equal to …" so), in both readings, as "nowadays" is: "Today"
 * opening a sentence before a subject told by its share, a present of state and things at large
 * ending the sentence ("Today, most phones use lithium batteries.", "Today, many Americans own a
 * smartphone.", "Today, one in four children lives in poverty."). Since a day lost is worse than a
 * day read for the age, nothing else is taken: not "Today, one in three residents lives without
 * power." (what a storm leaves), "Today, most stores closed early", "Today, some students use the
 * new app" ("some" tells no share of a whole), "Today, many residents use the new bridge for the
 * first time", "Today, most lawmakers use the day to meet voters" (a pointed thing), nor a kind of
 * people before "today" ("Workers today have the day off", "Families today are without power"),
 * which tells the day's news as often as the age's.
 */
export const TODAY_NOWADAYS = new RegExp(
  `(?<=(?:^|[.!?]["”’']?\\s+|\\n\\s*)(?:(?:And|But)\\s+)?)Today(?=,?\\s+(?:(?:most|many|few|(?:nearly|almost)\\s+all|(?:more\\s+than\\s+|about\\s+)?half)\\s+(?:of\\s+(?:the\\s+)?)?(?:[A-Za-z-]+\\s+){0,2}?[A-Za-z-]+s\\s+(?:${STATE_VERB_PLURAL})|${ONE_IN_SHARE}\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:[A-Za-z-]+s|children|people|men|women)(?:\\s+in\\s+(?:this|the)\\s+(?:country|world|nation|state|city|region))?\\s+(?:${STATE_VERB_SINGULAR}))\\b${EVENT_AFTER_VERB}${STORM_AFTERMATH}${THINGS_AT_LARGE})`,
  'gi',
);

// People taken as a kind, subject of a sentence with at most one word before them ("Children
// today", "Many teenagers today", "American workers today").
const PEOPLE_KIND =
  'children|kids|teens|teenagers|students|parents|families|consumers|workers|voters|people|women|men|Americans|Britons|youngsters';
// The other time a comparison sets today against: an earlier generation or the past ("than their
// parents did", "than a generation ago", "than in the 1970s", "than ever before"). Not a day's
// hopes or another day ("than expected", "than yesterday", "than last week", "than they did on
// Monday": "did" must end the clause), nor another thing
// ("than at any polling station"), which a day's news compares.
const ANOTHER_TIME =
  '(?:(?:their|our|his|her|your)\\s+(?:parents|grandparents|elders|predecessors)|(?:they|we|people)\\s+(?:did(?=\\s*(?:[.!?;]|$))|used\\s+to)|(?:in\\s+)?the\\s+past|ever\\s+before|(?:a|one)\\s+generation\\s+ago|(?:\\d+|a\\s+few|several)\\s+(?:years|decades)\\s+ago|(?:in\\s+)?(?:the\\s+)?(?:\\d{4}s|(?:past|previous|earlier)\\s+generations))';

/**
 * "Children today have less freedom than their parents did", "Many teenagers today spend more
 * time online than a generation ago": a kind of people before "today" opening the sentence, a
 * present and a comparison with an earlier time is the age, `PRESENT_REF` in both readings, as
 * TODAY_NOWADAYS is. Without that comparison the kind tells the day's news as often as the age's
 * ("Workers today have the day off", "Children today have less freedom"), and so does one with
 * the day's hopes ("Workers today earn more than expected").
 */
export const KIND_TODAY_COMPARED = new RegExp(
  `(?<=(?:^|[.!?]["”’']?\\s+|\\n\\s*)(?:(?:And|But)\\s+)?(?:[A-Za-z-]+\\s+)?(?:${PEOPLE_KIND})\\s+)today(?=\\s+(?:have|are|get|spend|face|know|read|watch|earn|own|do|play|work|eat|enjoy)\\s+(?:far\\s+|much\\s+)?(?:more|less|fewer|better|worse)\\b[^.;:!?]{0,60}?\\bthan\\s+${ANOTHER_TIME}\\b)`,
  'gi',
);

const NOWADAYS_AT = new RegExp(`${TODAY_NOWADAYS.source}|${KIND_TODAY_COMPARED.source}`, 'iy');

/** Whether the "today" at `start` in `text` means "nowadays". */
export function isTodayNowadays(text: string, start: number): boolean {
  NOWADAYS_AT.lastIndex = start;
  return NOWADAYS_AT.test(text);
}
