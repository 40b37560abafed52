import { COUNTED_NOUN_BEFORE } from './countedNounBefore.ts';
import { COURT_LISTING } from './courtListing.ts';
import { DETERMINER } from './determiner.ts';
import { ENTRIES_OPEN } from './entriesOpen.ts';
import { EVENT_FACED_OVER } from './eventFacedOver.ts';
import { MONTH_WORD_LOOSE_SOURCE, MONTH_WORD_SOURCE } from './monthNames.ts';
import { NOUN_PHRASE_LEAD } from './nounPhraseLead.ts';
import { NOUN_AFTER_PREPOSITION } from './nounAfterPreposition.ts';
import { PLURAL_VERB_WITH_OBJECT_SOURCE } from './pluralVerbWithObject.ts';
import { PLURAL_VERB_WITH_CONTEST_SOURCE } from './pluralVerbWithContest.ts';
import { PLURAL_TRAVEL_VERB_SOURCE } from './pluralTravelVerb.ts';
import { PLURAL_ENDING_VERB_SOURCE } from './pluralEndingVerb.ts';
import { PLURAL_PLAY_VERB_SOURCE } from './pluralPlayVerb.ts';
import { PLURAL_PROCEEDINGS_VERB_SOURCE } from './pluralProceedingsVerb.ts';
import { THAT_OF_NOUN, THAT_OF_PLURAL } from './relativeThat.ts';
import { OUT_ON_RELEASE } from './outOnRelease.ts';
import { PROGRESSIVE_ARRANGEMENT } from './progressiveArrangement.ts';
import { PROGRESSIVE_PASSIVE_ARRANGEMENT } from './progressivePassiveArrangement.ts';
import { GETTING_READY_FOR } from './gettingReadyFor.ts';
import { HANDOVER_PRESENT_SOURCE } from './handoverPresent.ts';
import { SCHEDULE_ADVERB } from './scheduleAdverb.ts';
import { SCHOOL_BREAK_UP } from './schoolBreakUp.ts';
import { SCHOOL_CALENDAR_PRESENT } from './schoolCalendarPresent.ts';
import { SHOULD_AHEAD_SOURCE } from './shouldAhead.ts';
import { LIKELY_AHEAD_SOURCE } from './likelyAhead.ts';
import { INSTRUCTION_TO_ATTEND_SOURCE } from './instructionToAttend.ts';
import { SIGN_OFF_SOURCE } from './signOff.ts';
import { RELEASE_PRESENT_SOURCE } from './releasePresent.ts';
import { WORDS_TO_99 } from './readNumber.ts';
import { SPACE_EVENT_PRESENT_SOURCE } from './spaceEventPresent.ts';
import { TURNS_AN_AGE } from './turnsAnAge.ts';
import { PRESENT_PASSIVE_OF_ANNOUNCING } from './presentPassiveOfAnnouncing.ts';
import { UP_FOR_CHOICE } from './upForChoice.ts';
import { WITH_NOUN_SET_FOR } from './withNounSetFor.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// Words that look forward to what follows them: "poised to attack", "likely to meet", "about to
// close", "preparing to list". After "was" or "were" they look forward from a past moment ("as
// he was about to be deported Thursday"), which says nothing of the date, so they count neither
// way there.
const PROSPECTIVE_WORDS = [
  'poised|likely|unlikely|preparing|prepared|ready|supposed|about|on track|eager|seeking',
  'trying|looking|hoping|intending|expecting|aiming|projected|predicted|tipped',
].join('|');
// "forecast to" not before a figure: there "forecast" is the noun, "cut its growth forecast to 1.2
// percent in October" gives its new level, "to" a preposition and no infinitive looking forward.
// The participles keep looking ahead before a figure: "Brent is tipped to $100 a barrel in
// February", "Revenue projected to $4 billion" leave out a verb ("to reach").
const PROSPECTIVE = String.raw`(?:(?:${PROSPECTIVE_WORDS}) to|forecast to(?!\s+(?:[$£€¥]\s?)?\d))`;
// A participle between an article and its noun with an adverb ("the hastily planned trip") is an
// adjective describing the noun, not the sentence's verb; only participles, since "ly" also ends
// nouns ("The family will gather").
const ADVERB_AFTER_ARTICLE = `\\b${DETERMINER}\\s+\\w+ly\\s`;
// A decision to act ("has decided to admit them in early March", "agreed to meet on Tuesday")
// looks forward, though its verb is past; so does a present "is set for" (or "with the ceremony set
// for", `WITH_NOUN_SET_FOR`) before a time, even with a clock time and its zone between it and the
// day ("is set for 11 p.m. Moscow time on Friday").
// Not "set at" or "set on" ("The fare is set at $2.90 after a vote on Monday"), nor "set for"
// before anything else ("The stage is set for a showdown after a win on Sunday").
// The words after "set for" that open a time.
const TIME_OPENS = [
  String.raw`\d`,
  WEEKDAY_PATTERN,
  MONTH_WORD_SOURCE,
  String.raw`(?:early|mid|late|next|this|today|tonight|tomorrow|noon|midnight)\b`,
  String.raw`the (?:end|start|beginning|middle|first|second|third|fourth|last|week|weekend)\b`,
].join('|');
const SET_FOR_TIME = String.raw`(?:(?:is|are)(?: ${SCHEDULE_ADVERB})? |${WITH_NOUN_SET_FOR})set for(?=\s*$|\s+(?:${TIME_OPENS}))`;
// "voted on Monday to resume talks in February", "decided last week to reopen": the day of the
// decision may stand between it and its infinitive, which still looks forward from it.
// A hope or an intention reported in the past looks forward the same way ("said it hoped to
// reopen the line on Friday"), unless it is one given up ("had hoped to win in May").
const DAY_WORDS = [
  WEEKDAY_PATTERN,
  'yesterday|today|last (?:week|month|night)|this week|earlier this (?:week|month)',
].join('|');
const DAY_BETWEEN = String.raw`(?:\s+(?:on\s+)?(?:${DAY_WORDS}))?`;
const DECISION_VERB = [
  'decided|agreed|voted|promised|pledged|vowed|threatened',
  String.raw`(?<!\bhad\s+)(?:hoped|intended|aimed)`,
].join('|');
// The infinitive after the decision, not "to" and a noun ("agreed to the deal on Monday").
const INFINITIVE_AHEAD = String.raw` to(?!\s+(?:a|an|the|his|her|its|their|this|that)\b)`;
const FUTURE_CUE_WORDS = [
  String.raw`(?<!\b(?:was|were)\s+)${PROSPECTIVE}`,
  "will|won't|shall|'ll|’ll|going to|is due|are due|due to",
  // "Interest payments come due in mid-December": a payment that comes or falls due in the
  // present is still to be made ("came due in January" is gone by).
  '(?:comes?|falls?|becomes?) due',
  String.raw`(?<!${ADVERB_AFTER_ARTICLE})(?:scheduled|expected to|planned|slated)`,
  COURT_LISTING,
  'set to',
  SET_FOR_TIME,
  'expects?',
  '(?:is|are|be) (?:expected|forecast|forecasted|predicted|projected)',
  'plans? to|planning (?:to|for)|intends? to|aims? to|hopes? to',
  `(?:${DECISION_VERB})${DAY_BETWEEN}${INFINITIVE_AHEAD}`,
  'is to|are to|would|could|may|might|upcoming|coming',
  String.raw`next(?!\s+to\b)|deadline|expires?|tomorrow`,
  SIGN_OFF_SOURCE,
  SHOULD_AHEAD_SOURCE,
  LIKELY_AHEAD_SOURCE,
  INSTRUCTION_TO_ATTEND_SOURCE,
  GETTING_READY_FOR,
];
export const FUTURE_CUE = new RegExp(String.raw`\b(?:${FUTURE_CUE_WORDS.join('|')})\b`, 'gi');
// News writes scheduled events in the present tense: "Polls open on Thursday", "The summit opens
// Monday", "Apple reports earnings on Thursday", "Voters head to the polls". Only verbs of
// scheduling count (not "says"), and the bare plural forms only before a preposition, a date word
// or the date itself, where they cannot be nouns or adjectives ("an open letter", "the head of").
// After an article or a possessive they are nouns too ("after the vote on May 3", "the returns on
// Monday", "its reports"), and after "was" or "were" adjectives ("Polls were open on Monday").
// Releases too: "The update rolls out in February", "The memoir comes out in the spring", "The book
// hits shelves Tuesday" ("hits" only before where a release is sold or shown: "The storm hits the
// coast Tuesday" is news gone by); "comes out" not before at, against, ahead, on top, in favour,
// of, to or as ("Inflation comes out at 2.8% in November"). "wraps" ("kept under wraps in
// December") and "ships" ("attacks on ships in March") are left out, being nouns as often; "wraps
// up" is the verb ("The Fed wraps up its meeting on Wednesday"). Closing and handing over: "The
// transfer window shuts at midnight on Monday", "She steps down on Friday", "He takes office in
// January"; not the bare "shut", whose past is the same word ("Most polls shut at 8 p.m. Tuesday").
// "drops" only after a release ("The album drops on Friday"): a price or a level that drops is news
// gone by ("Oil drops on Friday"). Travel: "Fans travel to Madrid on Saturday", "The team flies out
// Sunday", only before where they go or "out"/"home" (a bare "Shares fly on Monday" is a market's
// jump); not the noun after its kind ("air travel", "record travel"). "falls" only after a holiday
// or a day ("The bank holiday falls on Monday"): snow or a price that falls is news gone by. A
// release that "is out" right before the day ("The film is out on Friday"); not "is out on bail". A
// stage of a contest reached: "The runners-up go into play-offs in November", "The winner advances
// to the final on Sunday" (only with where they go right before the date: "prices move to records"
// is no schedule without it). Not a market's level ("Stocks move to record highs in January",
// "Prices move to a record in August", "move into the red"), nor the noun after a possessive
// ("Ronaldo's move to Juventus in July"). Before a weekday ("on Saturday") only a round of a
// contest or a day of talks ("Group winners advance to the regional final on Saturday", "Talks go
// into a third day on Tuesday") and "go into effect" or "into force" ("New tariffs go into effect
// on Sunday"): "Investors move into bonds on Monday" is a market's day gone by. A game's start, as
// "kicks off" is: "The game tips off at 7 p.m. Friday", "The final round tees off Sunday", "The
// teams face off on Saturday", "The race gets under way Saturday"; "tips off" and "faces off" only
// before the time or the date ("She tips off police on Friday" is informing, not a start).
// Not after "to", a preposition (`NOUN_AFTER_PREPOSITION`: "after reports of a fight"), an
// article, a possessive or "first", "last", "next" (a noun there: "the opens"), nor after "was",
// "were" or "been" (an adjective there: "Polls were open"). After "that" only where it is a
// relative pronoun (`relativeThat`): "a summit that opens Tuesday", "talks that open Tuesday" are
// schedules, "at that end" a noun.
const SCHEDULE_NOT_AFTER = [
  String.raw`(?<!\bto\s)`,
  NOUN_AFTER_PREPOSITION,
  String.raw`(?<!\b(?:the|a|an|this|its|his|her|their|our|first|last|next)\s)`,
  String.raw`(?:(?<!\bthat\s)|${THAT_OF_NOUN}(?=[a-z]+s\b)|${THAT_OF_PLURAL})`,
  String.raw`(?<!\b(?:was|were|been)\s+(?:(?:still|already|not|never|also|only|\w+ly)\s+)?)`,
].join('');
const MONTH_THEN_DAY = String.raw`${MONTH_WORD_LOOSE_SOURCE}\s+\d`;
// A deed of the week ahead told by its object, the verb alone being as much a market's or a
// headline's: "The Pentagon sends a third carrier to the Gulf on Friday" (not "sends stocks lower",
// "sends the dollar up"), "Britain puts its draft to a vote on Tuesday", "The President gives his
// State of the Union speech on Tuesday night" (a speech, an address, a news conference; not "gives
// the market a lift"), "Mitchell hands the parties his draft on Tuesday" (not "changes hands" nor "won hands down"),
// "Albright takes her case to Ohio on Wednesday", "She answers questions at Ohio State on
// Wednesday".
const SCHEDULED_DEED = [
  String.raw`sends(?!\s+(?:the\s+)?(?:stocks?|shares|prices|markets?|rates|yields|bonds|dollar|pound|yen|index|Dow)\b)`,
  String.raw`puts(?=\s+(?:[\w'’-]+\s+){0,4}to\s+(?:a\s+)?vote\b)`,
  String.raw`gives(?=\s+(?:his|her|its|their|a|an|the)\s+(?:[\w'’-]+\s+){0,5}(?:speech|address|news\s+conference|press\s+conference|briefing|testimony|lecture|sermon|concert|performance)\b)`,
  String.raw`(?<!\b(?:change|changes|changed|changing)\s)hands(?=\s+(?:the|his|her|its|their|over|down\s+(?:a|an|the|its|his|her|their))\b)`,
  String.raw`takes\s+(?:the|his|her|its|their)\s+(?:case|message|campaign|fight)\b`,
  String.raw`(?:answers|takes)\s+questions`,
  // "The defense files its motion on Friday", "Her lawyers file their appeal on Monday": a filing
  // told by what is filed, after a determiner ("files for bankruptcy" and "file suit" are left to
  // their tense).
  String.raw`files?(?=\s+(?:its|his|her|their|the|an?)\s+(?:[\w'’-]+\s+){0,2}(?:appeal|motion|brief|petition|response|reply|complaint|lawsuit|suit|papers|paperwork)s?\b)`,
].join('|');
// The singular present verbs of scheduling, read wherever they stand.
const SCHEDULE_VERBS = [
  'opens|reopens|closes|starts|begins|holds|meets|heads|returns|resumes|launches|goes',
  'takes effect|take effect|comes into (?:force|effect)|takes place|kicks off',
  String.raw`tees off(?!\s+on\s+(?!${WEEKDAY_PATTERN}\b|${MONTH_THEN_DAY}|\d)\S)`,
  String.raw`(?:tips|faces) off(?=\s+(?:at|on|in|this|next|from)\b|\s*$)`,
  String.raw`gets under\s?way`,
  'plays|hears|reports|arrives|lands|visits|travels|hosts|expires|debuts|premieres|airs',
  'rolls out',
  // "The plant halts production Saturday until 7 a.m. Monday": a stop set for the day, not after
  // a noun of trading ("trading halts on Monday", the noun).
  String.raw`(?<!\b(?:trading|share|stock)\s)(?:halts|suspends)`,
  String.raw`hits\s+(?:the\s+)?(?:shelves|stores|bookstores|newsstands|theaters|theatres|cinemas|screens)`,
  String.raw`comes out(?!\s+(?:at|against|ahead|on top|in favou?r|of|to|as)\b)`,
  'convenes|reconvenes|sits|rules|testifies|appears|signs|unveils|leaves|departs|speaks',
  `faces(?!${EVENT_FACED_OVER})`,
  `face(?=\\s+(?:trial|retrial|sentencing)\\b)(?!${EVENT_FACED_OVER})`,
  'addresses|delivers|resigns|retires|tours|competes|celebrates|marks|honors|honours|graduates',
  // "The Pope says mass on Sunday in Havana": a priest's rite, not a saying.
  String.raw`says\s+(?:an?\s+|the\s+)?(?:open-air\s+)?mass`,
  'performs|screens|ends|runs|finishes|concludes|shuts|wraps up|steps down',
  // A contest's or a chamber's turn, as broadcast news tells the week ahead: "Kwan skates the short
  // program on Wednesday", "Street races in the super-G on Wednesday", "The Security Council takes
  // up the agreement on Wednesday", "The Senate debates the resolution on Monday", "The board
  // decides the case on Tuesday", "The President announces his decision on Friday".
  // "races", "debates" and "votes" are nouns after a count ("won three races on Saturday", "Bush
  // won Florida by 537 votes on Sunday"), where "The Senate votes on Sunday" is the chamber's turn.
  `(?<!\\b(?:\\d[\\d,]*|${WORDS_TO_99}|several|many|few|both|other)\\s)(?:races|debates|votes)`,
  // "skates" and "skis" are the gear after a determiner or "of" ("sold out of skis on Saturday").
  String.raw`(?<!\b(?:of|the|new|his|her|its|their|a|and|with|rental|borrowed)\s)(?:skates|skis)`,
  'takes up|decides|announces',
  SCHEDULED_DEED,
  // "Voting continues Friday from 8 a.m.", "The trial continues Monday": a sitting's or a poll's
  // next day, only with the date right after ("The selloff continues, and on Monday…" is none).
  String.raw`continues(?=(?:\s+on)?\s*$)`,
  // "The program shows on Sunday", "The special shows Friday night on ABC": a broadcast's or a
  // film's showing, only with the date right after ("A poll released Sunday shows his approval at
  // 67 percent", "The tape shows the inspectors at the gate" and "…, history shows." are none),
  // only after the thing shown.
  String.raw`(?<=\b(?:program|programme|special|documentary|film|movie|series|episode|interview|broadcast|miniseries)\s)shows(?=(?:\s+on)?\s*$)`,
  HANDOVER_PRESENT_SOURCE,
  RELEASE_PRESENT_SOURCE,
].join('|');
// The bare plural forms, read only before a preposition, a date word or the date itself. "gather"
// and "assemble" convene as "meet" does ("Fed policy makers gather Tuesday"), but only in the plural:
// "support gathers pace on Monday" tells of a change, not a meeting. An "-ly" adverb or "again"
// may stand between ("Ministers meet again at the weekend"), and what they meet for after "for"
// ("The two leaders meet for talks on Friday in Brussels", said on Wednesday 11 March 2026, is
// 2026-03-13, where it was the Friday gone by), but not "for" right before the date or a name
// ("Families gather for Lunar New Year" is left to the tense), nor a span after "for" ("Crowds
// gather for hours on Sunday, police said" is the Sunday gone by), nor "gather for", a caption's
// present as often as a plan ("The families gather for a vigil on Sunday", said on Monday).
// Not before "at least" or "at most" and a span, how long a store has been open and no time
// ("November sales at stores open at least a year rose 4.5%", said on 8 December 1989, is the
// November gone by), unless the span is how early or late, or ends the words before the date
// ("Polls open at least an hour early on Tuesday", said on Monday, is the Tuesday ahead).
const SPAN_OPEN = String.raw`\s+(?:least|most)\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?|hours?)\b(?!\s+(?:early|earlier|late|later|ahead|sooner)\b|\s*$)`;
const BARE_SCHEDULE_VERBS = [
  'open|reopen|close|start|begin|meet|return|resume|vote|convene|reconvene|go|gather|assemble',
  'come into (?:force|effect)|face off|tee off',
].join('|');
const BARE_SCHEDULE_AHEAD = String.raw`(?=(?:\s+(?:\w+ly|again))?(?:\s+(?:on|in|this|next|from|at(?!${SPAN_OPEN}))\b|(?<!\bgather)\s+for(?=\s+[a-z])(?!\s+(?:\w+\s+)?(?:hours?|days?|nights?|weeks?|minutes?|months?|years?)\b)|\s*$))`;
// The kinds of travel that are nouns before "travel" ("air travel").
const TRAVEL_KIND =
  '(?:air|rail|road|sea|record|business|holiday|foreign|space|overseas|international|free)';
// The days that "fall" on a date ("The bank holiday falls on Monday").
const DAY_KIND =
  '(?:holiday|day|anniversary|birthday|festival|Eve|Christmas|Easter|Eid|Diwali|Thanksgiving)';
// A market's level, no stage of a contest ("Stocks move to record highs in January").
const MARKET_LEVEL = 'records?|highs?|lows?|levels?|red|black|positive|negative|territory';
const ADVANCE_TO = String.raw`\s+(?:into|to|through(?:\s+to)?)\s+`;
const CONTEST_STAGE = [
  String.raw`(?:finals?|semi-?finals?|quarter-?finals?|play-?offs?`,
  String.raw`knockout\s+(?:stages?|rounds?)|next\s+round)`,
].join('|');
const NTH = '(?:second|third|fourth|fifth|sixth|seventh|final)';
const NTH_DAY = String.raw`a\s+${NTH}\s+(?:day|week|round)`;
// A stage of a contest reached, with where they go right before the date.
const ADVANCES_TO_PLACE = [
  String.raw`(?<!['’]s\s)(?:go|advance|move|progress|advances|moves|progresses)`,
  String.raw`(?=${ADVANCE_TO}(?:the\s+)?(?!(?:a|an|${MARKET_LEVEL})\b|\d)[\w-]+`,
  String.raw`(?:\s+(?!(?:${MARKET_LEVEL})\b)[\w-]+)?\s+(?:on|in)\s*$)`,
].join('');
// A round of a contest or a day of talks, before a weekday too.
const ADVANCES_TO_STAGE = [
  String.raw`(?<!['’]s\s)(?:go|advance|move|progress|goes|advances|moves|progresses)`,
  String.raw`(?=${ADVANCE_TO}(?:(?:the\s+)?(?:[\w-]+\s+)?${CONTEST_STAGE}|${NTH_DAY})`,
  String.raw`(?:\s+(?:on|in))?\s*$)`,
].join('');
export const PRESENT_SCHEDULE = new RegExp(
  String.raw`\b${SCHEDULE_NOT_AFTER}(?:` +
    [
      `${COUNTED_NOUN_BEFORE}(?:${SCHEDULE_VERBS})`,
      `(?:(?<!${NOUN_PHRASE_LEAD})|${THAT_OF_PLURAL})(?:${BARE_SCHEDULE_VERBS})${BARE_SCHEDULE_AHEAD}`,
      String.raw`head(?=\s+(?:to|for|into)\b|\s*$)`,
      String.raw`(?<!\b${TRAVEL_KIND}\s)(?:travel|fly|flies)(?=\s+(?:on\s+)?(?:to|for|into|out|home)\b)`,
      String.raw`(?<=\b${DAY_KIND}\s)falls(?=\s+on\s*$|\s*$)`,
      OUT_ON_RELEASE,
      String.raw`go(?=\s+to\s+the\s+polls\b)`,
      ADVANCES_TO_PLACE,
      String.raw`(?:go|goes)\s+into\s+(?:force|effect)(?=(?:\s+(?:on|in))?\s*$)`,
      // "Lawmakers go back into session Monday": a chamber's return after its recess.
      String.raw`(?:go|goes|come|comes)\s+back\s+(?:into|in)\s+session(?=(?:\s+(?:on|in))?\s*$)`,
      ADVANCES_TO_STAGE,
      PROGRESSIVE_ARRANGEMENT,
      PROGRESSIVE_PASSIVE_ARRANGEMENT,
      UP_FOR_CHOICE,
      SCHOOL_BREAK_UP,
      SCHOOL_CALENDAR_PRESENT,
      PLURAL_TRAVEL_VERB_SOURCE,
      PLURAL_ENDING_VERB_SOURCE,
      PLURAL_PLAY_VERB_SOURCE,
      PLURAL_PROCEEDINGS_VERB_SOURCE,
      PLURAL_VERB_WITH_OBJECT_SOURCE,
      PLURAL_VERB_WITH_CONTEST_SOURCE,
      ENTRIES_OPEN,
      TURNS_AN_AGE,
      SPACE_EVENT_PRESENT_SOURCE,
      PRESENT_PASSIVE_OF_ANNOUNCING,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);
// A team's fixture in the plural present, its opponent named (capitalised) between it and the
// date ("Leeds face Chelsea at Elland Road on Saturday", "The Lakers host the Celtics on Friday",
// "The two sides play each other on Saturday", "The Rangers face off against Boston at 7 p.m.
// Saturday", "The Bears play against Detroit on Sunday": a game's start, as "The teams face off on
// Saturday" is), with the ground and the round between them too
// ("Villa face PSG in Paris in the second leg on Tuesday"), up to FIXTURE_WORDS words and no
// clause boundary. Case-sensitive: "Workers face charges over the riot on Saturday" is no fixture.
const FIXTURE_WORDS = 9;
// "meet" and "visit" name a fixture too ("The Lakers meet the Jazz on Sunday", "The Jets visit
// Miami on Sunday"), but as verbs of any meeting they follow "did not", "to" or a modal as often
// ("He did not meet Arafat on Sunday", "plans to visit Paris"), whose tense is theirs, or a
// question's "did" with its subject between ("Did Barak meet Arafat on Sunday?").
const NOT_AFTER_AUXILIARY = String.raw`(?<!(?:\b(?:to|did|does|do|not|never|would|could|should|might|must|can|may)|n['’]t)\s)`;
const NOT_IN_QUESTION = String.raw`(?<!\b[Dd]id(?:n['’]t)?\s+(?:[\w'’.-]+\s+){1,3})`;
const FIXTURE_VERB = `(?:${[
  String.raw`[Ff]ace(?:\s+off)?(?:\s+against)?`,
  '[Hh]ost',
  String.raw`[Pp]lay(?:\s+against)?`,
  String.raw`${NOT_AFTER_AUXILIARY}${NOT_IN_QUESTION}(?:[Mm]eet|[Vv]isit)`,
].join('|')})`;
const OPPONENT = String.raw`(?:(?:the\s+)?[A-Z][\w'’.-]*|each\s+other)`;
export const FIXTURE = new RegExp(
  String.raw`\b(?<!\b(?:the|a|an|this|that|its|his|her|their|our)\s)${FIXTURE_VERB}` +
    String.raw`(?=\s+${OPPONENT}(?:\s+[\w'’.-]+){0,${FIXTURE_WORDS}}\s*$)`,
  'g',
);
// At most so many words, then the end: one pattern for each count asked for (1 or 2), built once.
const CLOSE_WITHIN = new Map<number, RegExp>();
function closeWithin(words: number): RegExp {
  let close = CLOSE_WITHIN.get(words);
  if (!close) {
    close = new RegExp(`^(?:\\s+[\\w'’-]+){0,${words}}\\s*$`);
    CLOSE_WITHIN.set(words, close);
  }
  return close;
}
/**
 * Whether `before` (the words before a date's preposition) ends with a verb looking ahead, a
 * future or plan cue or a present verb of schedule, with at most `words` words after it ("will
 * come out", "could be approved", "is expected", "launches").
 */
export function aheadVerbEnds(before: string, words: number): boolean {
  const close = closeWithin(words);
  return [FUTURE_CUE, PRESENT_SCHEDULE].some((pattern) =>
    [...before.matchAll(pattern)].some((m) => close.test(before.slice(m.index + m[0].length))),
  );
}
