import type { DatedPassage, Passage } from './findPassages.ts';
import type { Happening } from './Happening.ts';
import { actionVerbs } from './actionVerbs.ts';
import { gatherRetellings } from './gatherRetellings.ts';
import { joinDatelineDay } from './joinDatelineDay.ts';
import { joinMutualBest } from './joinMutualBest.ts';
import { namesNoDay } from './namesNoDay.ts';
import { SAME_DATE_MAX_DAYS, sameOrWithinStretch } from './sameOrWithinStretch.ts';
import { sharesQuotation } from './sharesQuotation.ts';
import { statusFromWords } from './statusFromWords.ts';
import { DAY, days, isNews, isNewsOf, LEAD_SENTENCES, storyline } from './storyline.ts';

/**
 * How alike two passages' words must be (cosine of their TF-IDF vectors) to report one
 * happening. Dated passages must also give overlapping dates, so they may be less alike than a
 * passage with no date of its own, whose words are all there is to go on.
 */
export const JOIN_DATED = 0.3;
/**
 * Two passages that give the very same day or month need less: unrelated happenings rarely share
 * a precise date and words too. ("This year" is too wide for that.) So do a stretch of days and
 * a day or stretch within it ("March 3-5", "on March 4"; see sameOrWithinStretch).
 */
export const JOIN_SAME_DATE = 0.15;
/**
 * And the same day or month in another article needs less again: one article rarely tells one
 * happening twice in separate dated passages, but two articles tell it in their own words ("the
 * two leaders" for two names), so a shared rare word or two is enough.
 */
export const JOIN_SAME_DATE_ACROSS = 0.1;
/**
 * But an article's news is one happening: two passages of one article that give the very same
 * day, in the week before it was published, and stand within NEWS_SENTENCES sentences of each
 * other tell its news twice ("said yesterday", "the
 * announcement came on Friday morning"), whatever their words.
 */
export const JOIN_SAME_NEWS = 0;
/** How many sentences apart two such passages may stand: a report tells one thing at a time. */
const NEWS_SENTENCES = 2;
export const JOIN_UNDATED = 0.4;
/**
 * A passage with no date may join a happening that only other articles tell on less likeness,
 * when they tell the same action (a verb in common, see actionVerbs: "have failed to reach an
 * agreement", "have failed to make any progress") and it is STORYLINE_MARGIN times likelier than
 * the happening its own article's storyline is at: one article's background is often another's
 * dated news, told in other words. When it is likelier, but not by that margin, a passage of
 * the happening must also name someone or something it names: the same participants in the
 * same action ("When Jobs first introduced iPhone 4, he praised its antenna" beside "While
 * introducing iPhone 4 at the conference, Jobs …").
 */
export const JOIN_UNDATED_ELSEWHERE = 0.3;
const STORYLINE_MARGIN = 2;
/**
 * A news report is written around its news, dated in its first lines (the lead); a sentence
 * after it that gives no date of its own mostly tells more of the news last dated before it. So
 * a passage with no date joins that happening of its own article on far weaker likeness (a
 * shared rare word is enough), or on none when it opens with a pronoun.
 */
export const JOIN_LEAD = 0.05;
/**
 * A report whose first sentences date no news of their own and that has no dateline ("could
 * meet … as soon as next week, a White House official said"; "The official cautioned that …")
 * still tells the news of the day it was published: its lead sentences join the happening of
 * that day, told in any article, their words are likeliest to, when they share a rare word or
 * two with it.
 */
export const JOIN_NEWS_OF_THE_DAY = 0.1;
/** A sentence that opens with a pronoun goes on telling what came before it, in its article. */
const CONTINUES = /^["“]?(?:He|She|They|It|His|Her|Their|Its|We|I)\b/;

/**
 * A sentence with no date goes on telling the happening the sentence before it told, when it
 * names someone or something that happening's passages name ("During the keynote, Jobs demoed
 * …" after a sentence of the keynote) and does not turn from what happened to a plan or a
 * possibility.
 */
function goesOn(passage: Passage, happening: Happening): boolean {
  const passages = [...happening.dated, ...happening.undated];
  const before = passages.some(
    (q) => q.article === passage.article && q.sentence === passage.sentence - 1,
  );
  if (!before) return false;
  const named = new Set(passages.flatMap((q) => q.names));
  if (!passage.names.some((name) => named.has(name))) return false;
  const first = happening.dated[0]!;
  const status = (words: string) =>
    statusFromWords({
      words,
      dateStart: first.range.start,
      dateEnd: first.range.end,
      published: first.published,
    });
  return status(passage.quote) === status(first.clauseWords || first.quote);
}

type Vector = Map<string, number>;

function vectors(passages: readonly Passage[], documents: readonly (readonly string[])[]) {
  const df = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  return new Map(
    passages.map((p) => {
      const v: Vector = new Map();
      for (const w of p.words)
        v.set(w, (v.get(w) ?? 0) + Math.log(1 + n / Math.max(1, df.get(w) ?? 0)));
      let norm = 0;
      for (const x of v.values()) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (const [w, x] of v) v.set(w, x / norm);
      return [p, v];
    }),
  );
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= b.end && b.start <= a.end;

/**
 * Groups passages that report the same happening, across articles. Dated passages are taken
 * most precise date first; each joins the happening whose passages its words are most like, if
 * that happening's date overlaps its own and the likeness reaches JOIN_DATED (less for the very
 * same day or month, least when no passage of its own article is there yet), else starts a new
 * one. Then each passage with no date joins the happening it is most like, if the likeness
 * reaches JOIN_UNDATED and the happening does not start after its article was published (an
 * article cannot report as done what came after it); failing that, the happening its own
 * article's storyline is at (see JOIN_LEAD), or, in the lead of a report that dates no news of
 * its own, the news of its day of publication (see JOIN_NEWS_OF_THE_DAY); a passage whose only
 * dates are reference points ("the tightest since 9/11", "met ahead of Friday's vote") joins that
 * storyline's happening whatever its likeness, since it tells something of its article's own
 * time. Two dated happenings of different articles on the very same date (or a day within the
 * other's stretch of days) that are each other's best match are one (joinMutualBest); a passage
 * dated only as its article's dateline's day brings the dateline into its happening
 * (joinDatelineDay); and passages with no date that retell one thing in several articles end in
 * one happening (gatherRetellings). Words are weighted by how rare they
 * are among all sentences of the story (`documents`), so a name every article repeats counts
 * little.
 */
export function joinPassages({
  dated,
  undated,
  documents,
  datelines = [],
  tellings = [],
}: {
  dated: readonly DatedPassage[];
  undated: readonly Passage[];
  documents: readonly (readonly string[])[];
  /** Articles' datelines, which date their news where their leads give no date. */
  datelines?: readonly DatedPassage[];
  /** Sentences that report someone's words about another date: the saying joins the storyline. */
  tellings?: readonly Passage[];
}): Happening[] {
  const vector = vectors([...dated, ...undated, ...datelines, ...tellings], documents);
  let happenings: Happening[] = [];
  const likeness = (p: Passage, h: Happening) =>
    Math.max(...[...h.dated, ...h.undated].map((q) => cosine(vector.get(p)!, vector.get(q)!)));
  const best = (p: Passage, fits: (h: Happening) => boolean) => {
    let found: { happening: Happening; score: number } | undefined;
    for (const happening of happenings) {
      if (!fits(happening)) continue;
      const score = likeness(p, happening);
      if (found === undefined || score > found.score) found = { happening, score };
    }
    return found;
  };

  const order = [...dated].sort((a, b) => days(a) - days(b));
  const sameDate = (p: DatedPassage, h: Happening) =>
    Math.max(days(p), days(h.dated[0]!)) < SAME_DATE_MAX_DAYS * DAY &&
    sameOrWithinStretch(h.dated[0]!, p);
  // Both passages must name the day: a clock time alone ("at 3am") gives none of its own.
  const nextTo = (p: DatedPassage, h: Happening) =>
    !namesNoDay(p.mention) &&
    h.dated.some(
      (q) =>
        q.article === p.article &&
        Math.abs(q.sentence - p.sentence) <= NEWS_SENTENCES &&
        !namesNoDay(q.mention),
    );
  for (const passage of order) {
    const match = best(passage, (h) => overlaps(h.dated[0]!.range, passage.range));
    const across = (h: Happening) => !h.dated.some((q) => q.article === passage.article);
    const needed =
      !match || !sameDate(passage, match.happening)
        ? JOIN_DATED
        : across(match.happening)
          ? JOIN_SAME_DATE_ACROSS
          : isNews(passage) && days(passage) < DAY && nextTo(passage, match.happening)
            ? JOIN_SAME_NEWS
            : JOIN_SAME_DATE;
    if (match && match.score >= needed) match.happening.dated.push(passage);
    else happenings.push({ dated: [passage], undated: [] });
  }
  happenings = joinMutualBest(happenings, (a, b) =>
    Math.max(...a.dated.map((p) => likeness(p, { dated: b.dated, undated: [] }))),
  );
  joinDatelineDay(happenings, datelines);
  const goesOnTelling = storyline(happenings, datelines);
  /** Joins a passage to a happening; a dateline's happening is drafted once a sentence joins it. */
  const joinTo = (passage: Passage, happening: Happening) => {
    if (!happenings.includes(happening)) happenings.push(happening);
    happening.undated.push(passage);
  };
  const verbs = new Map<Passage, string[]>();
  const verbsOf = (p: Passage) => {
    if (!verbs.has(p)) verbs.set(p, actionVerbs(p.quote));
    return verbs.get(p)!;
  };
  for (const passage of undated) {
    const point = goesOnTelling(passage);
    const match = best(passage, (h) => h.dated[0]!.range.start <= passage.published);
    const lead = point?.happening;
    const leadScore = lead ? likeness(passage, lead) : 0;
    // The lead of a report tells its news: another happening is news too, or it is not this.
    const fits = (h: Happening) => !point?.inLead || isNewsOf(h.dated[0]!, passage.published);
    // Told only in other articles, in the same action: far likelier than its storyline, or
    // likelier and by the same participants.
    const sameAction = (q: DatedPassage) => verbsOf(q).some((v) => verbsOf(passage).includes(v));
    const sameParticipant = (q: DatedPassage) => q.names.some((n) => passage.names.includes(n));
    const needed = (h: Happening) =>
      ![...h.dated, ...h.undated].some((q) => q.article === passage.article) &&
      (match!.score >= STORYLINE_MARGIN * leadScore
        ? h.dated.some(sameAction)
        : h.dated.some((q) => sameAction(q) && sameParticipant(q)))
        ? JOIN_UNDATED_ELSEWHERE
        : JOIN_UNDATED;
    if (
      match &&
      match.score >= needed(match.happening) &&
      match.score >= leadScore &&
      fits(match.happening)
    ) {
      joinTo(passage, match.happening);
    } else if (!lead && passage.sentence <= LEAD_SENTENCES) {
      const news = best(passage, (h) => isNewsOf(h.dated[0]!, passage.published));
      if (news && news.score >= JOIN_NEWS_OF_THE_DAY) joinTo(passage, news.happening);
    } else if (
      lead &&
      (point.inLead ||
        leadScore >= JOIN_LEAD ||
        CONTINUES.test(passage.quote) ||
        goesOn(passage, lead))
    ) {
      joinTo(passage, lead);
    }
  }
  gatherRetellings(happenings, undated, (a, b) =>
    sharesQuotation(a.quote, b.quote) ? 1 : cosine(vector.get(a)!, vector.get(b)!),
  );
  for (const passage of tellings) {
    const happening = goesOnTelling(passage)?.happening;
    const told = (q: Passage) => q.article === passage.article && q.sentence === passage.sentence;
    if (happening && ![...happening.dated, ...happening.undated].some(told)) {
      joinTo(passage, happening);
    }
  }
  // A dateline whose sentences all went to retell another happening tells nothing.
  return happenings.filter((h) => !h.dated[0]!.dateline || h.undated.length > 0);
}
