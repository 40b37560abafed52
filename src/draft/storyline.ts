import type { DatedPassage, Passage } from './findPassages.ts';
import type { Happening } from './Happening.ts';

/** How long before publication a passage's date may lie and still be the report's news. */
const LEAD_DAYS = 7;

export const DAY = 86_400_000;
/** How long a passage's date lasts, in milliseconds (0 for one day). */
export const days = (p: DatedPassage) => Date.parse(p.range.end) - Date.parse(p.range.start);

/** A dated passage that tells an article's news: its date, a day or a week, reaches into the week before publication. */
export function isNews(passage: DatedPassage): boolean {
  return isNewsOf(passage, passage.published);
}

/** Whether a dated passage's date, a day or a week, reaches into the week before `published`. */
export function isNewsOf(passage: DatedPassage, published: string): boolean {
  const weekBefore = new Date(Date.parse(published) - LEAD_DAYS * DAY).toISOString().slice(0, 10);
  const recent = passage.range.end >= weekBefore && passage.range.start <= published;
  // "This year" is background, not news.
  return recent && days(passage) < LEAD_DAYS * DAY;
}

/** The first sentences of an article (headline, dateline, lead paragraph): they tell its news. */
export const LEAD_SENTENCES = 4;

/** Where an article's storyline is at a sentence, and whether that sentence stands in the lead. */
type StorylinePoint = { happening: Happening; inLead: boolean };

/**
 * The happening a sentence with no date goes on telling, in its own article: the one the last
 * news passage before it reports (a report's narrative keeps the time it last named, as
 * TimeML's reference time), or, before any, the article's lead: its first news passage, if that
 * stands in its first sentences, else its dateline (a report whose lead gives no date tells
 * the news of its day). A pure lookup: a dateline's happening is not among `happenings` until
 * a sentence joins it (the caller adds it).
 */
export function storyline(
  happenings: readonly Happening[],
  datelines: readonly DatedPassage[],
): (passage: Passage) => StorylinePoint | undefined {
  const news = new Map<string, { passage: DatedPassage; happening: Happening }[]>();
  for (const happening of happenings) {
    for (const passage of happening.dated) {
      if (!isNews(passage)) continue;
      news.set(passage.article, [...(news.get(passage.article) ?? []), { passage, happening }]);
    }
  }
  for (const list of news.values()) list.sort((a, b) => a.passage.start - b.passage.start);
  const leads = new Map<string, Happening>();
  for (const dateline of datelines) {
    const list = news.get(dateline.article) ?? [];
    if (list[0] && list[0].passage.sentence <= LEAD_SENTENCES) continue;
    // Further down, the article may name its day ("made available today"): the same news.
    const sameDay = list.find(
      (n) =>
        n.passage.range.start === dateline.range.start &&
        n.passage.range.end === dateline.range.end,
    );
    leads.set(dateline.article, sameDay?.happening ?? { dated: [dateline], undated: [] });
  }
  for (const [article, list] of news) {
    const first = list[0]!;
    if (first.passage.sentence <= LEAD_SENTENCES) leads.set(article, first.happening);
  }
  return (passage) => {
    const lead = leads.get(passage.article);
    const inLead = passage.sentence <= LEAD_SENTENCES;
    const before = (news.get(passage.article) ?? [])
      .filter((n) => n.passage.start < passage.start)
      .at(-1);
    const happening = before?.happening ?? lead;
    if (happening === undefined) return undefined;
    return { happening, inLead: inLead && happening === lead };
  };
}
