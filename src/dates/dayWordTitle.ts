/**
 * "the Today programme", "The Tonight Show": a capitalised day word after "the" is a title, not a
 * day; so is one before a capitalised "Show", "Programme" or "Program" without "the" ("Tonight
 * Show host Jimmy Fallon"), and a capitalised "Today" or "Tonight" that ends the name of a
 * programme or a paper after a capitalised word of its subject or audience ("ABC's World News
 * Tonight", "USA Today", "Psychology Today", "CNN's Sports Tonight"): the capitals of both words,
 * case-sensitive, tell the name from "world news tonight" or "sports today". Global, for masking
 * every one in a text.
 */
export const DAY_WORD_TITLE =
  /(?<=\b[Tt]he\s+)(?:Today|Tonight|Tomorrow|Yesterday)\b|\b(?:Today|Tonight)(?=\s+(?:Show|Programme|Program)\b)|(?<=\b(?:News|Sports?|Business|Politics|Psychology|Science|Money|World|USA|America)\s+)(Today|Tonight)\b/g;

const AT = new RegExp(DAY_WORD_TITLE.source, 'y');

/**
 * A headline capitalises every word but the short ones ("Obama to Address America Tonight on
 * Syria", "Stocks Rise as Business Today Looks Brighter"), so there the capitals of "America
 * Tonight" tell no name: the stretch of the line has no lowercase word of four letters or more, and
 * a capitalised word follows the day word, past short lowercase ones, and no full stop ends the
 * stretch. A name in a plain sentence has a lowercase word about it ("He told USA Today"), nothing
 * after it ("This is ABC's World News Tonight") or a full stop at its end.
 */
const HEADLINE_AFTER = /^\s+(?:[a-z]{1,3}\s+)*[A-Z]/;
const LOWERCASE_LONG_WORD = /(?<![\w'’])[a-z]{4,}\b/;
const STRETCH_START = /[^.!?\n]*$/;
const STRETCH_END = /^[^.!?\n]*/;

function inHeadline(text: string, start: number, end: number): boolean {
  if (!HEADLINE_AFTER.test(text.slice(end))) return false;
  const before = STRETCH_START.exec(text.slice(0, start))![0];
  const after = STRETCH_END.exec(text.slice(end))![0];
  const stop = text.charAt(end + after.length);
  if (stop === '.' || stop === '!') return false;
  return !LOWERCASE_LONG_WORD.test(before) && !LOWERCASE_LONG_WORD.test(after);
}

// A paper's or magazine's name that opens a headline as its label, a colon after the name or after
// one capitalised word of the paper's ("USA Today Poll: Voters Sour on Congress", "Psychology
// Today: Sleep and Memory"): the line's subject is then what the label heads. A name that opens
// a headline as its subject is not told from a team's ("USA Today Wins Gold in Relay", "USA
// Today Faces Canada in Final" are the day): both take any verb, so the day word is read there.
const PUBLICATION_OPENS_LINE = /(?:^|\n)\s*["“‘']?(?:USA|Psychology)\s+$/;
const LABEL_COLON_AFTER = /^(?:\s+[A-Z][\w'’-]*)?\s*:/;
// A paper's name that opens a headline before a verb only a paper does ("USA Today Reports Higher
// Sales", "Psychology Today Finds Sleep Aids Memory", "USA Today Poll Shows …"): a team reports,
// finds or endorses nothing, so the name is the paper's, as with a label.
const PAPER_DEED_AFTER =
  /^\s+(?:Reports|Reported|Says|Said|Finds|Found|Reveals|Revealed|Learns|Learned|Obtains|Obtained|Endorses|Endorsed|Publishes|Published|Poll|Survey|Analysis|Investigation|Editorial)\b/;

/**
 * The day word matched as a title at `index` in `text` (its match from `DAY_WORD_TITLE`): a name
 * after a subject word ("USA Today") is none in a headline, unless that name opens the headline as
 * a publication's label (PUBLICATION_OPENS_LINE, LABEL_COLON_AFTER) or before a paper's deed
 * (PAPER_DEED_AFTER).
 */
export function keepsTitle(text: string, index: number, subjectName: string | undefined): boolean {
  return (
    subjectName === undefined ||
    (PUBLICATION_OPENS_LINE.test(text.slice(0, index)) &&
      (LABEL_COLON_AFTER.test(text.slice(index + subjectName.length)) ||
        PAPER_DEED_AFTER.test(text.slice(index + subjectName.length)))) ||
    !inHeadline(text, index, index + subjectName.length)
  );
}

/** Whether the day word at `start` in `text` is such a title. */
export function isDayWordTitle(text: string, start: number): boolean {
  AT.lastIndex = start;
  const m = AT.exec(text);
  return m !== null && keepsTitle(text, start, m[1]);
}
