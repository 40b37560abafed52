import type { Mention } from '../model/mention.ts';
import { findMentions } from '../dates/findMentions.ts';
import { timexRange } from '../dates/timexRange.ts';
import { blankQuotedSpeech } from './blankQuotedSpeech.ts';
import { contentWords } from './contentWords.ts';
import { isDateOfSaying } from './dateOfSaying.ts';
import { articleNames, namesIn } from './properNames.ts';
import type { DraftArticle } from './DraftArticle.ts';
import { datelineEnd } from './readDateline.ts';
import { referenceDate, type ReferenceDate } from './referenceDate.ts';
import { splitSentences, type Sentence } from './splitSentences.ts';

/** Why a date expression of an article gives no passage of its own. */
export type LeftOutReason =
  | 'not-a-calendar-date'
  | 'date-alone'
  | 'already-quoted'
  | 'date-words-repeat'
  | 'same-date-in-passage'
  | 'anchor-not-drafted'
  | 'comparison'
  | 'later-happening'
  | 'date-of-saying';

export type LeftOut = { article: string; expression: string; start: number; reason: LeftOutReason };

/** A passage of an article: a sentence or a clause of one, with offsets into the article. */
export type Passage = {
  article: string;
  published: string;
  start: number;
  end: number;
  quote: string;
  /** The sentence the passage belongs to (its index among the article's sentences). */
  sentence: number;
  /** Content words, the date expression's words left out. */
  words: string[];
  /** The names it gives, as content words (see articleNames). */
  names: string[];
};

/** A sentence whose only dates name reference points, with the first of them and its kind. */
export type ReferencedPassage = { passage: Passage; expression: string; reason: ReferenceDate };

/** A passage and the date expression in it that dates the happening it reports. */
export type DatedPassage = Passage & {
  mention: Mention;
  range: { start: string; end: string };
  /**
   * The words of the clause the date stands in, the date left out: what the status is read
   * from, so "announced on Monday that he would take leave" is not made possible by "would".
   */
  clauseWords: string;
  /** Set on an article's dateline: a date alone on one of its first lines, its day of publication. */
  dateline?: true;
};

/** Where the status words of one clause end: commas, semicolons, "that", "which", "and", "but". */
const STATUS_BREAK = /[,;]\s|\s(?:that|which|and|but)\s/g;

function clauseWords(sentence: Sentence, mention: Mention): string {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of sentence.text.matchAll(STATUS_BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= mention.start) start = at + m[0].length;
    else if (at >= mention.end && at < end) end = at;
  }
  const offset = sentence.start;
  const text = blankQuotedSpeech(sentence.text, mention.start - offset);
  return `${text.slice(start - offset, mention.start - offset)} ${text.slice(mention.end - offset, end - offset)}`;
}

/**
 * A verb of saying that opens reported words ("said that", "he said,", "announced: "): a date
 * in the words it reports dates what was said ("Jobs said that Apple sold 13.7 million Macs last
 * year"), not the saying. "If confirmed, …" reports nothing.
 */
const REPORTING =
  /(?<!\bif\s)\b(?:says|said|saying|announces|announced|announcing|claims|claimed|states|stated|tells|told|adds|added|notes|noted|reveals|revealed|confirms|confirmed|explains|explained|warns|warned|insists|insisted)(?:\s+that\b|\s*[,:]|\s+["“])/i;

/** Whether a verb of saying stands before the clause of `mention`, outside it. */
function isReported(sentence: Sentence, mention: Mention): boolean {
  let clauseStart = sentence.start;
  for (const m of sentence.text.matchAll(STATUS_BREAK)) {
    const at = sentence.start + m.index + m[0].length;
    if (at <= mention.start) clauseStart = at;
  }
  return REPORTING.test(sentence.text.slice(0, clauseStart - sentence.start));
}

export type ArticlePassages = {
  dated: DatedPassage[];
  /**
   * The dateline ("June 07, 2011" on a line of its own near the top), which dates the article's
   * news when its lead gives no date of its own; not a passage to join by its words.
   */
  dateline?: DatedPassage;
  /** Sentences with no calendar date, which may still report a happening dated elsewhere. */
  undated: Passage[];
  /**
   * Those of `undated` whose only dates name a reference point, not their happening's date
   * ("the tightest since 9/11", "met ahead of Friday's vote"): told on the article's own date.
   */
  referenced: ReferencedPassage[];
  /**
   * Sentences whose every date stands in what someone is reported to have said: the saying,
   * undated, is itself a happening, which the article's storyline dates.
   */
  tellings: Passage[];
  leftOut: LeftOut[];
  /** Every calendar date expression found, for the report. */
  expressions: number;
};

/** A date the calendar can hold: a day, week, month, season, quarter, year or decade. */
function calendarRange(mention: Mention): { start: string; end: string } | undefined {
  if ((mention.type !== 'DATE' && mention.type !== 'TIME') || !/^\d{3}/.test(mention.value)) {
    return undefined;
  }
  try {
    const { start, end } = timexRange(mention.value);
    return { start, end };
  } catch {
    return undefined;
  }
}

/** How far down an article a dateline may stand: under a headline, a kicker or a byline. */
const DATELINE_SENTENCES = 3;

/** Places where a sentence may be cut into clauses: semicolons, commas, dashes and "and", "but", "while". */
const CLAUSE_BREAK = /;\s|,\s|\s[–—]\s|\s-\s|\s(?=(?:and|but|while|whereas|when|after|before)\s)/g;

/**
 * The clause of `sentence` around [from, to): the sentence cut at clause breaks, grown by whole
 * neighbouring pieces until it holds at least six words, never taking in `avoid` (the other
 * dates of the sentence).
 */
function clauseAround(
  text: string,
  sentence: Sentence,
  from: number,
  to: number,
  avoid: { start: number; end: number }[],
): { start: number; end: number } {
  const cuts = [sentence.start];
  for (const m of sentence.text.matchAll(CLAUSE_BREAK))
    cuts.push(sentence.start + m.index + m[0].length);
  cuts.push(sentence.end);
  let i = cuts.findLastIndex((cut) => cut <= from);
  let j = cuts.findIndex((cut) => cut >= to);
  const words = (a: number, b: number) => text.slice(a, b).split(/\s+/).filter(Boolean).length;
  const clear = (a: number, b: number) => !avoid.some((m) => m.start < b && a < m.end);
  while (words(cuts[i]!, cuts[j]!) < 6) {
    if (j < cuts.length - 1 && clear(cuts[j]!, cuts[j + 1]!)) j++;
    else if (i > 0 && clear(cuts[i - 1]!, cuts[i]!)) i--;
    else break;
  }
  let start = cuts[i]!;
  let end = cuts[j]!;
  while (end > start && /[\s,;–—-]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * The sentences with the one that holds `cut` split there: a wire dateline ("GENEVA, March 5
 * (Reuters) –") is a line of its own, not the opening words of the lead sentence it runs into.
 */
function splitAt(sentences: Sentence[], cut: number | undefined): Sentence[] {
  if (cut === undefined) return sentences;
  return sentences
    .flatMap((s): Omit<Sentence, 'index'>[] => {
      if (cut <= s.start || cut >= s.end) return [s];
      const head = s.text.slice(0, cut - s.start).trimEnd();
      return [
        { start: s.start, end: s.start + head.length, text: head },
        { start: cut, end: s.end, text: s.text.slice(cut - s.start) },
      ];
    })
    .map((s, index) => ({ ...s, index }));
}

/**
 * The passages of one article: one per calendar date expression (the sentence it stands in, or
 * its clause when the sentence gives several dates that do not overlap), and the sentences with
 * no date. `quoted` holds the offsets an editor's events already quote: a date inside them is
 * not proposed again, and those sentences are not offered for joining.
 */
export function findPassages(
  article: DraftArticle,
  quoted: readonly { start: number; end: number }[],
): ArticlePassages {
  const { text } = article;
  const cut = datelineEnd(text);
  const sentences = splitAt(splitSentences(text), cut);
  const mentions = findMentions(text, { published: article.published, locale: article.locale });
  const leftOut: LeftOut[] = [];
  const dated: DatedPassage[] = [];
  let dateline: DatedPassage | undefined;
  const datedSentences = new Set<number>();
  const leave = (mention: Mention, reason: LeftOutReason) =>
    leftOut.push({ article: article.id, expression: mention.text, start: mention.start, reason });
  const inSentence = (s: Sentence, m: Mention) => m.start >= s.start && m.start < s.end;
  let expressions = 0;
  const tellings: Passage[] = [];
  const names = articleNames(text);
  const sentencePassage = (s: Sentence): Passage => ({
    article: article.id,
    published: article.published,
    start: s.start,
    end: s.end,
    quote: s.text,
    sentence: s.index,
    words: contentWords(s.text),
    names: namesIn(s.text, names),
  });

  /** The first reference point of each sentence whose dates name one, by sentence index. */
  const referenced = new Map<number, { expression: string; reason: ReferenceDate }>();
  /** Which kind of reference point a date names, if it names one (see referenceDate). */
  const referenceOf = (s: Sentence, m: Mention): ReferenceDate | undefined => {
    // The date's words may open with its preposition ("on Thursday"), which belongs to the words
    // before it: "before the vote on".
    const preposition = /^(?:on|in)\s+/i.exec(m.text)?.[0] ?? '';
    return referenceDate(
      s.text.slice(0, m.start - s.start) + preposition,
      m.text.slice(preposition.length),
      s.text.slice(m.end - s.start),
    );
  };

  for (const sentence of sentences) {
    const here = mentions
      .filter((m) => inSentence(sentence, m))
      .flatMap((mention) => {
        const range = calendarRange(mention);
        const reference =
          mention.offset === undefined && range !== undefined
            ? referenceOf(sentence, mention)
            : undefined;
        if (reference === undefined) return [{ mention, range }];
        expressions++;
        leave(mention, reference);
        if (!referenced.has(sentence.index)) {
          referenced.set(sentence.index, { expression: mention.text, reason: reference });
        }
        return [];
      });
    // "… struck on March 3-5, union officials said on Wednesday": where the sentence gives what
    // happened a date of its own that overlaps the date of the saying, the saying's date does
    // not date the passage. (A saying on another day keeps its clause: "could meet next week, an
    // official confirmed on Wednesday" tells two happenings.)
    const saying = (m: Mention) =>
      isDateOfSaying(
        sentence.text.slice(0, m.start - sentence.start),
        m.text,
        sentence.text.slice(m.end - sentence.start),
      );
    for (const h of here.filter((o) => o.range !== undefined && saying(o.mention))) {
      const overlapped = here.some(
        (o) =>
          o !== h &&
          o.range !== undefined &&
          !saying(o.mention) &&
          o.range.start <= h.range!.end &&
          h.range!.start <= o.range.end,
      );
      if (!overlapped) continue;
      here.splice(here.indexOf(h), 1);
      expressions++;
      leave(h.mention, 'date-of-saying');
      datedSentences.add(sentence.index);
    }
    const calendar = here.filter((h) => h.range !== undefined);
    const free = !quoted.some((q) => q.start < sentence.end && sentence.start < q.end);
    if (free && calendar.length > 0 && calendar.every((h) => isReported(sentence, h.mention))) {
      tellings.push(sentencePassage(sentence));
    }
    for (const { mention, range } of here) {
      if (range === undefined) {
        leave(mention, 'not-a-calendar-date');
        continue;
      }
      expressions++;
      datedSentences.add(sentence.index);
      const rest =
        sentence.text.slice(0, mention.start - sentence.start) +
        sentence.text.slice(mention.end - sentence.start);
      // A wire dateline's place and agency ("GENEVA, (Reuters) –") are no words of a passage.
      if (contentWords(rest).length < 2 || (cut !== undefined && sentence.end <= cut)) {
        const published = range.start <= article.published && article.published <= range.end;
        if (dateline === undefined && published && sentence.index < DATELINE_SENTENCES) {
          dateline = {
            article: article.id,
            published: article.published,
            start: sentence.start,
            end: sentence.end,
            quote: sentence.text,
            sentence: sentence.index,
            words: [],
            names: [],
            mention,
            range,
            clauseWords: '',
            dateline: true,
          };
        } else leave(mention, 'date-alone');
        continue;
      }
      if (quoted.some((q) => q.start <= mention.start && mention.end <= q.end)) {
        leave(mention, 'already-quoted');
        continue;
      }
      const others = here.filter(
        (o) =>
          o.mention !== mention &&
          o.range !== undefined &&
          (o.range.end < range.start || range.end < o.range.start),
      );
      const clause =
        others.length === 0
          ? undefined
          : clauseAround(
              text,
              sentence,
              mention.start,
              mention.end,
              others.map((o) => o.mention),
            );
      // A clause that says nothing but its date ("Minutes later, however") tells too little:
      // the whole sentence is quoted instead.
      const tellsSomething =
        clause !== undefined &&
        contentWords(
          text.slice(clause.start, mention.start) + ' ' + text.slice(mention.end, clause.end),
        ).length >= 2;
      const span = tellsSomething ? clause : { start: sentence.start, end: sentence.end };
      const quote = text.slice(span.start, span.end);
      if (occurrences(quote, mention.text) !== 1) {
        leave(mention, 'date-words-repeat');
        continue;
      }
      const twin = dated.find(
        (d) =>
          d.start === span.start &&
          d.end === span.end &&
          d.range.start <= range.end &&
          range.start <= d.range.end,
      );
      const length = (r: { start: string; end: string }) => Date.parse(r.end) - Date.parse(r.start);
      if (twin && length(twin.range) <= length(range)) {
        leave(mention, 'same-date-in-passage');
        continue;
      }
      // "this year, including in February": the more precise date dates the passage.
      if (twin) {
        leave(twin.mention, 'same-date-in-passage');
        dated.splice(dated.indexOf(twin), 1);
      }
      dated.push({
        article: article.id,
        published: article.published,
        ...span,
        quote,
        sentence: sentence.index,
        words: contentWords(
          text.slice(span.start, mention.start) + ' ' + text.slice(mention.end, span.end),
        ),
        names: namesIn(quote, names),
        mention,
        range,
        clauseWords: clauseWords(sentence, mention),
      });
    }
  }

  const undated: Passage[] = sentences
    .filter((s) => !datedSentences.has(s.index))
    .filter((s) => !quoted.some((q) => q.start < s.end && s.start < q.end))
    .map(sentencePassage)
    .filter((p) => p.words.length >= 3);

  return {
    dated,
    ...(dateline ? { dateline } : {}),
    undated,
    referenced: undated.flatMap((passage) => {
      const reference = referenced.get(passage.sentence);
      return reference ? [{ passage, ...reference }] : [];
    }),
    tellings,
    leftOut,
    expressions,
  };
}
