import type { DatedPassage, Passage } from './findPassages.ts';

/** One happening: the passages of every article that report it, the dated ones first. */
export type Happening = { dated: DatedPassage[]; undated: Passage[] };

/**
 * How alike two passages' words must be (cosine of their TF-IDF vectors) to report one
 * happening. Dated passages must also give overlapping dates, so they may be less alike than a
 * passage with no date of its own, whose words are all there is to go on.
 */
export const JOIN_DATED = 0.3;
/**
 * Two passages that give the very same day or month need less: unrelated happenings rarely share
 * a precise date and words too. ("This year" is too wide for that.)
 */
export const JOIN_SAME_DATE = 0.15;
const SAME_DATE_MAX_DAYS = 31;
export const JOIN_UNDATED = 0.4;
/**
 * A news report is written around one happening, dated in its first lines (the lead); the
 * sentences after it that give no date of their own mostly tell more of it. So a passage with
 * no date joins its own article's lead happening on far weaker likeness (a shared rare word is
 * enough), or on none when it opens with a pronoun.
 */
export const JOIN_LEAD = 0.05;
/** A sentence that opens with a pronoun goes on telling what came before it, in its article. */
const CONTINUES = /^["“]?(?:He|She|They|It|His|Her|Their|Its|We|I)\b/;
/** How long before publication a lead's date may lie and still be the report's news. */
const LEAD_DAYS = 7;

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

const DAY = 86_400_000;
/** How long a passage's date lasts, in milliseconds (0 for one day). */
const days = (p: DatedPassage) => Date.parse(p.range.end) - Date.parse(p.range.start);

/**
 * Each article's lead happening: the one holding the article's first dated passage whose date,
 * a day or a week, reaches into the week before publication, if that passage stands in its first three sentences
 * after the headline and dateline.
 */
function leadHappenings(happenings: readonly Happening[]): Map<string, Happening> {
  const leads = new Map<string, { happening: Happening; passage: DatedPassage }>();
  for (const happening of happenings) {
    for (const passage of happening.dated) {
      const weekBefore = new Date(Date.parse(passage.published) - LEAD_DAYS * DAY)
        .toISOString()
        .slice(0, 10);
      const recent = passage.range.end >= weekBefore && passage.range.start <= passage.published;
      // A lead dates its news to the day or the week; "this year" is background, not news.
      if (!recent || days(passage) >= LEAD_DAYS * DAY || passage.sentence > 4) continue;
      const known = leads.get(passage.article);
      if (!known || passage.start < known.passage.start) {
        leads.set(passage.article, { happening, passage });
      }
    }
  }
  return new Map([...leads].map(([article, { happening }]) => [article, happening]));
}

/**
 * Groups passages that report the same happening, across articles. Dated passages are taken
 * most precise date first; each joins the happening whose passages its words are most like, if
 * that happening's date overlaps its own and the likeness reaches JOIN_DATED, else starts a new
 * one. Then each passage with no date joins the happening it is most like, if the likeness
 * reaches JOIN_UNDATED and the happening does not start after its article was published (an
 * article cannot report as done what came after it). Words are weighted by how rare they are
 * among all sentences of the story (`documents`), so a name every article repeats counts little.
 */
export function joinPassages(
  dated: readonly DatedPassage[],
  undated: readonly Passage[],
  documents: readonly (readonly string[])[],
): Happening[] {
  const vector = vectors([...dated, ...undated], documents);
  const happenings: Happening[] = [];
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
    days(p) < SAME_DATE_MAX_DAYS * DAY &&
    h.dated[0]!.range.start === p.range.start &&
    h.dated[0]!.range.end === p.range.end;
  for (const passage of order) {
    const match = best(passage, (h) => overlaps(h.dated[0]!.range, passage.range));
    const needed = match && sameDate(passage, match.happening) ? JOIN_SAME_DATE : JOIN_DATED;
    if (match && match.score >= needed) match.happening.dated.push(passage);
    else happenings.push({ dated: [passage], undated: [] });
  }
  const leads = leadHappenings(happenings);
  for (const passage of undated) {
    const match = best(passage, (h) => h.dated[0]!.range.start <= passage.published);
    const lead = leads.get(passage.article);
    const leadScore = lead ? likeness(passage, lead) : 0;
    if (match && match.score >= JOIN_UNDATED && match.score >= leadScore) {
      match.happening.undated.push(passage);
    } else if (lead && (leadScore >= JOIN_LEAD || CONTINUES.test(passage.quote))) {
      lead.undated.push(passage);
    }
  }
  return happenings;
}
