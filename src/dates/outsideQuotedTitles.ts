import type { Span } from './Span.ts';
import { TITLE_NOUN_SOURCE } from './workNoun.ts';

// An opening quote after the line's start, white space or a bracket, before a letter or a figure;
// its close before white space, punctuation or the end, after no white space. A straight single
// quote inside a word ("Day's", "Ocean's") or before a clipped year ("of '42") closes nothing.
const QUOTED =
  /(?<=^|[\s([])(?:'(?=[A-Z0-9])([^'\n]*?(?:'(?:s\b|\d)[^'\n]*?)*)'(?=[\s,.;:!?)\]]|$)|‘(?=[A-Z0-9])([^‘’\n]*?(?:’(?:s\b|\d)[^‘’\n]*?)*)’(?=[\s,.;:!?)\]]|$)|"(?=[A-Z0-9])([^"\n]*)"|“(?=[A-Z0-9])([^“”\n]*)”)/g;

// The little words a title leaves in lower case ("Sunday in the Park With George", "Summer of
// '42"); every other word opens with a capital or a figure.
const MINOR_WORD =
  /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|with|by|from|as|vs\.?|v\.?|de|la|le|du|von|van|del|y|et)$/;
const TITLE_WORD = /^[(‘'"“]?[A-Z0-9]/;
const MAX_TITLE_WORDS = 10;

function titleCased(words: string): boolean {
  const tokens = words.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) return false;
  if (/[,.!?]$/.test(words.trim())) return false;
  return (
    TITLE_WORD.test(tokens[0]!) && tokens.every((t) => TITLE_WORD.test(t) || MINOR_WORD.test(t))
  );
}

// What tells a work named before its title: an author's or a director's possessive ("Orwell's
// '1984'", "Kubrick's '2001: …'"), or a kind of work or a verb of playing in one ("the film",
// "starred in", "an adaptation of").
const WORK_BEFORE = new RegExp(
  String.raw`(?:\b[A-Z][\w-]*['’]s?|\b(?:${TITLE_NOUN_SOURCE}|show|shows|drama|play|plays|opera|ballet|albums|songs|single|track|record|EP|novels|book|books|memoir|poem|story|documentary|docuseries|special|episode|classic|hit|hits|prequel|remake|reboot|revival|adaptation|production|franchise|title|titled|(?<!so-)called|entitled|painting|exhibition|podcast|game|cartoon|soap|anthem|ballad|(?:starred|starring|stars|appeared|appearing|cast|role|roles|played|playing|directed|wrote|written|produced|sang|sings|recorded)(?:\s+(?:in|on|of|as|by))?|of|in|from|like|including))\s*$`,
);
// What tells one after it: a kind of work ("'Groundhog Day' the musical"), a credit ("'Independence
// Day' star Bill Pullman"), or a verb a work does ("screens", "airs", "premiered", "was released").
const WORK_AFTER =
  /^\s*,?\s*(?:(?:the|a|an)\s+)?(?:film|movie|series|show|sitcom|musical|play|opera|album|song|single|novel|book|memoir|documentary|special|episode|sequel|remake|revival|star|stars|co-star|director|creator|author|writer|actor|actress|showrunner|composer|singer|screens|screened|airs|aired|premieres|premiered|debuts|debuted|streams|opens|opened|returns|returned|plays|played|was\s+released|is\s+released|won|wins|grossed|turns|spent|sold|topped|tops|starring|stars|hit\s+theaters|hits\s+theaters)\b/i;

// A comma or a full stop inside the closing quote, as American print sets them.
const STOP_INSIDE_CLOSE = /(?<=[\p{L}\p{N})'’])[,.]$/u;
// Before such a stretch, a bare preposition or "wrote" names no work: a quoted date or a quoted
// word of a message follows them as often ('would arrive in "Spring 2027,"', 'wrote "Friday."').
const NO_WORK_BEFORE_STOP =
  /(?:(?<!\b(?:starred|starring|stars|appeared|appearing|cast|role|roles|played|playing|directed|produced|recorded)\s+)\b(?:of|in|from|like|including)|\bwrote)\s*$/;

/**
 * The quoted titles of works in `text`: a quoted stretch of at most ten words in title case (every
 * word but the little ones capitalised or a figure, no stop at its end), which a possessive, a
 * kind of work, a part played or a preposition names before it, or a kind of work, a credit or a
 * verb a work does follows ("Kubrick's '2001: A Space Odyssey'", "'The Day After Tomorrow'
 * screens at 9 p.m.", "starred in '28 Days Later'"), or which `uncovered` finds words in that no
 * date reads ("'Sunday in the Park With George' returns"). A quoted feast or a day's name with
 * none of these ("the so-called 'Black Friday' sales") is no title.
 */
export function quotedTitles(text: string, uncovered: (span: Span) => boolean): Span[] {
  const titles: Span[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const quoted = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const start = m.index + 1;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const workBefore = WORK_BEFORE.test(before);
    // American print sets a comma or a full stop inside the closing quote ('who directed "The Day
    // After Tomorrow," has a new film'): the title is the words before it, when a work is named
    // before the quotes (not by a bare preposition or "wrote", NO_WORK_BEFORE_STOP). Not on a word
    // after them alone, nor on its words being read by no date, which a quoted sentence of speech
    // has as well ('"Friday," the director said').
    const stopInside = STOP_INSIDE_CLOSE.test(quoted);
    const words = stopInside ? quoted.slice(0, -1) : quoted;
    const span = { start, end: start + words.length };
    if (!titleCased(words)) continue;
    if (
      stopInside
        ? workBefore && !NO_WORK_BEFORE_STOP.test(before)
        : workBefore || WORK_AFTER.test(text.slice(span.end + 1, span.end + 40)) || uncovered(span)
    ) {
      titles.push(span);
    }
  }
  return titles;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Two words no date reads make a title of a quoted stretch ("'2001: A Space Odyssey'"); one may be
// a feast's own word its quotes kept from being read with it ("the so-called 'Black Friday'").
const UNCOVERED_WORDS = 2;

/**
 * What of `items` (readings or mentions) lies outside every quoted title of `text`
 * (`quotedTitles`): "'The Day After Tomorrow' screens at 9 p.m. Saturday", "Orwell's '1984'" and
 * "'Sunday in the Park With George' returns" keep only what is outside the quotes. A title holds a
 * word none of `items` covers, or is named as a work before or after.
 */
export function outsideQuotedTitles<T extends Span>(text: string, items: readonly T[]): T[] {
  const uncovered = (span: Span): boolean =>
    [...text.slice(span.start, span.end).matchAll(WORD)].filter((w) => {
      const at = span.start + w.index;
      return !items.some((r) => r.start <= at && r.end >= at + w[0].length);
    }).length >= UNCOVERED_WORDS;
  const titles = quotedTitles(text, uncovered);
  if (titles.length === 0) return [...items];
  return items.filter(
    (r) =>
      !titles.some((s) => r.start < s.end && r.end > s.start && !isYearAfterOf(text, r, s.start)),
  );
}

// A year of four figures after "of" names that year even in a title: "Graduates from the 'Class of
// 2020'", "its 'Best of 2026' list" ("'Summer of '42'" keeps its clipped year the title's own).
const YEAR = /^(?:1\d|20)\d{2}$/;
const AFTER_OF = /\bof\s+$/;

function isYearAfterOf(text: string, item: Span, titleStart: number): boolean {
  return (
    YEAR.test(text.slice(item.start, item.end)) && AFTER_OF.test(text.slice(titleStart, item.start))
  );
}
