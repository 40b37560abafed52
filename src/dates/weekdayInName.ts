import { COMPANY_ABBREVIATION, COMPANY_END } from './companyEnd.ts';
import { GIVEN_NAME_SOURCE } from './givenNames.ts';
import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';
import { HONORIFIC_SOURCE, PERSON_TITLE_SOURCE } from './personTitle.ts';
import { NAMED_EVENT_NOUN, NAMED_EVENT_NOUN_CAPITALISED } from './namedEventNoun.ts';
import { WEEKDAY_CAPITALISED_SOURCE as CAPITALISED } from './weekdayNames.ts';
import { TITLE_NOUN_SOURCE } from './workNoun.ts';

// Before "school(s)" the weekday is the day after a verb of saying or a preposition of time
// ("said Thursday schools would stay closed", "On Monday schools reopened").
const TIME_WORD_BEFORE =
  '(?<!\\b(?:said|says|say|told|announced|on|On|by|By|until|Until|till|since|Since|from|From|before|after|through)\\s+)';

// A capitalised preposition or clause opener before a weekday makes it a day, whatever follows
// ("On Monday Agreement talks resumed").
const NOT_TIME_WORD =
  '(?!(?:On|By|Until|Till|Since|From|Before|After|Through|Over|During|In|At|For|Last|Next|This|Every|And|But|Or|Then|As|When|While)\\b)';

// A word before a weekday that makes it a day whatever follows: a preposition of time, a verb of
// saying, a determiner of time ("said Tuesday IBM Corp. would", "on Friday Acme Inc. sold").
const DAY_WORD_BEFORE =
  '(?<!\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Ee]arly|[Ll]ate|said|says|say|told|announced|reported)\\s+)';

// The part of the day a company named by a weekday takes after it: "Tuesday Morning Corp.".
const PART_OF_DAY_IN_NAME = '(?:Morning|Afternoon|Evening|Night)';

// The nouns that put a work's title right after them: "the horror film Friday the 13th", "the
// song Manic Monday", "the novel Tuesday's Child".
const TITLE_NOUN = `(?:${TITLE_NOUN_SOURCE})`;
// What follows a weekday that is a day, not a title's last word: a stop, or a preposition, a
// conjunction or a part of the day.
const DAY_GOES_ON =
  '(?!\\s*(?:[.,;:!?)]|$)|\\s+(?:in|at|on|and|or|to|for|with|from|after|before|as|when|while|but|night|morning|afternoon|evening)\\b)';
// A sentence opened by "The" and the title's noun, an adjective between or not ("The horror film
// …", "The album …"): the title is the sentence's subject, a weekday in it no adverb of time.
const TITLE_OPENS_SENTENCE = `(?:^|[.!?]['"”’]?\\s+)The\\s+(?:[a-z]+\\s+)?`;
// What no weekday of time sits before but a title does: "the song Manic Monday was a hit", "the
// song Blue Monday by New Order".
const TITLE_IS_AFTER = '(?=\\s+(?:is|was|are|were|by)\\b)';
// What follows a weekday that opens such a title: "the 13th", a capitalised word ("Saturday Night
// Fever") or "'s" and one ("Tuesday's Child"). A lower-case word after it ("released the film
// Friday in 1,200 theaters") leaves the day, and so does the date it falls on ("plans to release
// the film Friday Oct. 20": one day, not a title and a date).
const DATE_AFTER = `(?:${MONTH_CAPITALISED_SOURCE})\\s*\\d{1,2}\\b`;
const TITLE_GOES_ON = `(?=\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\s+${NOT_TIME_WORD}(?!${DATE_AFTER})[A-Z]|['’]s\\s+[A-Z])`;

// A weekday as a person's name. After an honorific, which stands before a surname only ("Mr.
// Friday, the club's chairman, resigned", "Dr. Monday said"). "girl Friday" or "man Friday", an
// aide: after a possessive ("the senator's man Friday", "His Girl Friday"), or "girl" after "a" or
// "the" told as a role, after "as", a form of "be" or a verb of needing or hiring ("worked as a
// girl Friday at a law firm", "she was the girl Friday", "Every editor needs a girl Friday"), with
// no deed after it ("a man Friday robbed a bank" is the day). After any other verb the girl is a
// girl and the weekday her day ("Police found the girl Friday in a wood").
// A first name before a weekday and an apposition ("Joe Friday, the detective in Dragnet") is
// left a day: a wire's lead writes a surname so ("Clinton Friday, the first president to visit
// Vietnam since the war, toured Hanoi"), and the words do not tell the two apart.
const HONORIFIC_NAME = `(?<=\\b(?:${HONORIFIC_SOURCE})\\.?\\s+)(?:${CAPITALISED})\\b`;
// A weekday as a surname after a title and a given name: "Sgt. Joe Friday is the hero", "Police
// spokesman Mark Friday said", "Rep. Mike Friday told reporters". The offices of public life and a
// spokesman stand as titles too. Only a given name seldom a surname (givenNames.ts) counts, so
// "Judge Smith Friday ruled" and "Judge Martin Friday ruled" keep the day. A surname before
// ", who" is no sign: wire copy writes the day there too ("signed by Gov. Bush Friday, who called
// it a victory").
const OFFICE_TITLE = `${PERSON_TITLE_SOURCE}|Sen|Senator|Rep|Gov|Governor|Mayor|Coach|Professor|Prof|[Ss]pokes(?:man|woman|person)`;
const TITLE_THEN = `\\b(?:${OFFICE_TITLE})\\.?\\s+`;
const TITLED_GIVEN_NAME = `(?<=${TITLE_THEN}(?:${GIVEN_NAME_SOURCE})\\s+)(?:${CAPITALISED})\\b`;
const POSSESSIVE = "(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Tt]heir|[A-Za-z]+['’]s)";
const ROLE_BEFORE =
  '\\b(?:[Aa]s|is|was|be|been|became|becomes|become|needs?|needed|wants?|wanted|hire[sd]?|hiring|' +
  'seeks?|seeking|sought|employs?|employed)\\s+';
const AIDE_NAME = `(?<=\\b(?:${POSSESSIVE}\\s+(?:[Gg]irl|[Gg]al|[Mm]an)|${ROLE_BEFORE}(?:[Aa]|[Tt]he)\\s+(?:[Gg]irl|[Gg]al))\\s+)Friday\\b(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:at|for|to|in|of|with)\\b)`;

/**
 * A weekday that is part of the name of a thing, not a day: "Sunday school" (not after "said",
 * "on", "by" and the like), "their Sunday best" (after a possessive, not "best-selling"), one of a
 * short list of shows or broadcasts named for their night or morning ("Saturday Night Live",
 * "Monday Night Football", "the Saturday Night Special", a raid's or a handgun's name, the
 * handgun's in lower case too), or a capitalised word's weekday (not a preposition's) before a
 * capitalised accord or event ("the Good Friday Agreement", and after "Good" a lower-case
 * "agreement" too, "peace" between or not: "the Good Friday peace accord"); "Monday night", "on
 * Tuesday Obama said" and a title-case headline's "Sunday Night As" stay days. A weekday and a part
 * of the day that open a company's name ("Tuesday Morning Corp.", not after "on", "said" and the
 * like) are a name too; before any other company ("Friday General Motors Corp. said") the weekday
 * is the day. Not a newspaper's title ("The Sunday Times", "the Mail on Sunday"): that is
 * `WEEKDAY_PAPER`'s. A weekday in a work's title after "film", "song", "novel" and the like ("The
 * horror film Friday the 13th opened", "the song Manic Monday"), and a sequel's "Friday the 13th
 * Part VIII" anywhere, is a name too. Global, for masking every one in a text.
 */
export const WEEKDAY_IN_NAME = new RegExp(
  [
    `${TIME_WORD_BEFORE}\\b(?:${CAPITALISED})(?=\\s+schools?\\b)`,
    `(?<=\\b(?:my|your|his|her|its|our|their|[A-Za-z]+['’]s)\\s+)\\b(?:${CAPITALISED})(?=\\s+best\\b(?!-))`,
    `\\b(?:${CAPITALISED})(?=\\s+(?:Night\\s+(?:Live|Football|Fever|Lights|Raw|Special)|Morning\\s+(?:Joe|Edition))\\b)`,
    // "a cheap Saturday night special", "Saturday night specials are sold for fifty dollars": the
    // handgun, in lower case too; not after "on" and the like ("on Saturday night specials of the
    // networks", "On Saturday night, special forces stormed" stay the night).
    `${DAY_WORD_BEFORE}\\b[Ss]aturday(?=\\s+night\\s+specials?\\b)`,
    // "Tuesday Morning Corp.", "Shares of Tuesday Morning Inc.": a company's name opened by a
    // weekday and a capitalised part of the day (both masked, so "Friday Tuesday Morning Corp."
    // leaves no "Friday Morning"), then the word that ends such a name. Any other
    // capitalised name after a weekday is a company the fronted day tells of ("Friday General
    // Motors Corp. said", "In composite trading Friday Ford Motor Co. shares closed").
    `${DAY_WORD_BEFORE}\\b(?:${CAPITALISED})\\s+${PART_OF_DAY_IN_NAME}(?=(?:\\s+[A-Z][\\w&'’-]*)?\\s+${COMPANY_END})`,
    // "Friday Industries Inc.", "Shares of Friday Harbor Holdings Inc.": a weekday the word that
    // ends a company's name follows at once, or one after "of" before a company's name.
    `\\b(?:${CAPITALISED})(?=\\s+${COMPANY_END})`,
    // "T.G.I. Friday's Inc. said": a weekday whose "'s" a company's Inc., Corp., Co. or Ltd. follows
    // at once (not "Group" or "Holdings": "Sunday's Group B match" is a day's).
    `\\b(?:${CAPITALISED})(?=['’]s\\s+${COMPANY_ABBREVIATION}\\.)`,
    `(?<=\\bof\\s+)(?:${CAPITALISED})(?=(?:\\s+[A-Z][\\w&'’-]*){1,3}?\\s+${COMPANY_END})`,
    // "The horror film Friday the 13th opened", "the novel Tuesday's Child": a title that opens
    // with the weekday right after its noun, quoted or not.
    `(?<=\\b${TITLE_NOUN}\\s+['"‘“]?)(?:${CAPITALISED})${TITLE_GOES_ON}`,
    // "The song Manic Monday was a hit", "the movie Black Sunday is about …": a capitalised word
    // between, not a preposition or a determiner of time ("the film Last Friday" is left as it is
    // read), the title opening the sentence or a "was", "is" or "by" right after it. Elsewhere a
    // weekday after the title is its day ("released the movie Batman Friday nationwide", "said the album
    // Thriller Sunday sold its 40 millionth copy"), and so are the day's own words after it
    // ("The movie Batman Friday, the studio said").
    `(?<=${TITLE_OPENS_SENTENCE}${TITLE_NOUN}\\s+['"‘“]?${NOT_TIME_WORD}[A-Z][a-z]+\\s+)(?:${CAPITALISED})\\b${DAY_GOES_ON}`,
    `(?<=\\b${TITLE_NOUN}\\s+['"‘“]?${NOT_TIME_WORD}[A-Z][a-z]+\\s+)(?:${CAPITALISED})${TITLE_IS_AFTER}`,
    // "Friday the 13th Part VIII": a sequel's number after the day makes it the series' title.
    `\\b(?:${CAPITALISED})(?=\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\s+Part\\s+(?:[IVX]+|\\d+)\\b)`,
    `(?<=\\bGood\\s+)Friday(?=\\s+(?:[Pp]eace\\s+)?(?:${NAMED_EVENT_NOUN})\\b)`,
    `(?<=\\b${NOT_TIME_WORD}[A-Z][a-z]+\\s+)(?:${CAPITALISED})(?=\\s+(?:${NAMED_EVENT_NOUN_CAPITALISED})\\b)`,
    HONORIFIC_NAME,
    TITLED_GIVEN_NAME,
    AIDE_NAME,
  ].join('|'),
  'g',
);
