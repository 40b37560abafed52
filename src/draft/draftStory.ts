import { AnchorError, anchorQuote } from '../anchor/anchorQuote.ts';
import type { z } from 'zod/mini';
import type { EventRecord, EvidenceRecord } from '../model/eventRecord.ts';
import type { DraftArticle } from './DraftArticle.ts';
import { addKnownNames } from './addKnownNames.ts';
import {
  findPassages,
  type DatedPassage,
  type LeftOut,
  type Passage,
  type ReferencedPassage,
} from './findPassages.ts';
import type { Happening } from './Happening.ts';
import { joinPassages } from './joinPassages.ts';
import { kindFromWords, type KindChoice } from './kindFromWords.ts';
import { namesInPassages } from './namesInPassages.ts';
import { publicationDateReason } from './formatDraftProblem.ts';
import { quoteContext } from '../anchor/quoteContext.ts';
import { statusFromWords } from './statusFromWords.ts';
import { titleForHappening } from './titleFromPassage.ts';

/**
 * A drafted event: the authored format of data/events.json as an editor writes it (what the
 * schema fills in by default left out), marked as not yet reviewed.
 */
export type DraftEvent = z.input<typeof EventRecord> & { draft: true };
type EvidenceInput = z.input<typeof EvidenceRecord>;

/** What an editor's event says of its quotes: enough to find them in their articles. */
export type QuotingEvent = {
  id: string;
  evidence: readonly { source: string; quote: string; prefix?: string; suffix?: string }[];
};

export type DraftReport = {
  articles: number;
  /** Calendar date expressions found in all articles. */
  expressions: number;
  /** Passages a calendar date expression dates, before joining. */
  datedPassages: number;
  drafts: number;
  /** Drafts whose passages come from two or more articles. */
  joined: number;
  /** Passages with no date of their own joined to a dated happening. */
  undatedJoined: number;
  /** Sentences reporting words about another date, joined to the news they were said in. */
  sayingsJoined: number;
  leftOut: LeftOut[];
  /** Articles with no calendar date expression at all. */
  undatedArticles: string[];
  /**
   * Drafts placed on their article's date of publication (an editorial date with its reason):
   * sentences whose only dates name a reference point and that joined no happening.
   */
  onPublication: number;
};

export type DraftResult = { drafts: DraftEvent[]; report: DraftReport };

export type DraftInput = {
  articles: readonly DraftArticle[];
  kinds: readonly KindChoice[];
  /** The editor's events: never changed, and what they quote is not proposed again. */
  editorEvents: readonly QuotingEvent[];
};

function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, '')
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 6)
      .join('-') || 'event'
  );
}

function quotedRanges(article: DraftArticle, events: readonly QuotingEvent[]) {
  const ranges: { start: number; end: number }[] = [];
  for (const event of events) {
    for (const item of event.evidence) {
      if (item.source !== article.id) continue;
      try {
        ranges.push(anchorQuote(article.text, item));
      } catch (error) {
        // A quote that does not anchor is the data build's to report; here it quotes nothing.
        if (!(error instanceof AnchorError)) throw error;
      }
    }
  }
  return ranges;
}

const isRelative = (p: DatedPassage) => p.mention.anchor.kind === 'mention';

/** A happening's title: from the passage that dates it, or from its lead when a dateline does. */
function titleOf(
  happening: Happening,
  primary: DatedPassage,
  texts: ReadonlyMap<string, string>,
): string {
  // The text just before a passage says who a leading "he" or "she" is.
  const before = (p: Passage) =>
    (texts.get(p.article) ?? '').slice(Math.max(0, p.start - 600), p.start);
  const lead = primary.dateline ? happening.undated[0] : undefined;
  if (lead) return titleForHappening([{ quote: lead.quote, before: before(lead) }]);
  return titleForHappening([
    { quote: primary.quote, expression: primary.mention.text, before: before(primary) },
    ...happening.dated
      .filter((p) => p !== primary)
      .map((p) => ({ quote: p.quote, expression: p.mention.text, before: before(p) })),
    ...happening.undated.map((p) => ({ quote: p.quote, before: before(p) })),
  ]);
}

/**
 * Context that makes a passage's quote unique in its article, where the words occur more than
 * once: the text just before it, or just after it when nothing but white space stands before.
 */
function contextIfRepeated(text: string, p: Passage): { prefix?: string; suffix?: string } {
  if (text.indexOf(p.quote) === text.lastIndexOf(p.quote)) return {};
  const { prefix, suffix } = quoteContext(text, p.start, p.end);
  return prefix.trim() !== '' ? { prefix } : { suffix };
}

/**
 * Drafts events from articles alone: every passage a calendar date expression dates, joined
 * across articles with the passages that report the same happening, each happening given a
 * plain title, its people and places, a kind from the story's kinds and a status from its words.
 * Pure: reads nothing and writes nothing.
 */
export function draftStory({ articles, kinds, editorEvents }: DraftInput): DraftResult {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const dated: DatedPassage[] = [];
  const datelines: DatedPassage[] = [];
  const tellings: Passage[] = [];
  const undated: Passage[] = [];
  const referenced: ReferencedPassage[] = [];
  const leftOut: LeftOut[] = [];
  const documents: string[][] = [];
  let expressions = 0;
  const undatedArticles: string[] = [];
  for (const article of articles) {
    const found = findPassages(article, quotedRanges(article, editorEvents));
    if (found.expressions === 0) undatedArticles.push(article.id);
    dated.push(...found.dated);
    if (found.dateline) datelines.push(found.dateline);
    tellings.push(...found.tellings);
    undated.push(...found.undated);
    referenced.push(...found.referenced);
    leftOut.push(...found.leftOut);
    expressions += found.expressions;
    documents.push(...found.dated.map((p) => p.words), ...found.undated.map((p) => p.words));
  }
  const happenings = joinPassages({
    dated,
    undated,
    documents,
    datelines,
    tellings,
  });
  const sayings = new Set<Passage>(tellings);
  for (const dateline of datelines) {
    if (happenings.some((h) => h.dated.includes(dateline))) continue;
    leftOut.push({
      article: dateline.article,
      expression: dateline.mention.text,
      start: dateline.mention.start,
      reason: 'date-alone',
    });
  }

  // A relative date ("two days later") is read against an event; only a draft dated from its
  // article's publication can be that event, so anchors never form a cycle.
  const anchorFor = new Map<string, string>();
  const taken = new Set(editorEvents.map((e) => e.id));
  /** An id from the title no event has yet: its slug, numbered from 2 where that is taken. */
  const newId = (title: string) => {
    let id = slug(title);
    for (let n = 2; taken.has(id); n++) id = `${slug(title)}-${n}`;
    taken.add(id);
    return id;
  };
  const planned: { happening: Happening; primary: DatedPassage; id: string; title: string }[] = [];
  for (const happening of happenings) {
    const primary = happening.dated.find((p) => !isRelative(p)) ?? happening.dated[0]!;
    const title = titleOf(happening, primary, texts);
    const id = newId(title);
    planned.push({ happening, primary, id, title });
    if (!isRelative(primary) && !anchorFor.has(primary.mention.value)) {
      anchorFor.set(primary.mention.value, id);
    }
  }

  const drafts: { draft: DraftEvent; sortKey: string; namesText: string }[] = [];
  for (const { happening, primary, id, title } of planned) {
    const when = (p: DatedPassage): EvidenceInput['when'] => {
      if (!isRelative(p)) return { expression: p.mention.text };
      const anchorValue = p.mention.anchor.kind === 'mention' ? p.mention.anchor.value : '';
      const anchor = anchorFor.get(anchorValue);
      return anchor === undefined || anchor === id
        ? undefined
        : { expression: p.mention.text, anchor };
    };
    const primaryWhen = when(primary);
    if (primaryWhen === undefined) {
      for (const p of happening.dated) {
        leftOut.push({
          article: p.article,
          expression: p.mention.text,
          start: p.mention.start,
          reason: 'anchor-not-drafted',
        });
      }
      continue;
    }
    const seen = new Set<string>();
    const evidence: EvidenceInput[] = [];
    const add = (p: Passage, w: EvidenceInput['when']) => {
      const key = `${p.article}:${p.start}:${p.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      evidence.push({
        source: p.article,
        quote: p.quote,
        ...contextIfRepeated(texts.get(p.article)!, p),
        ...(w ? { when: w } : {}),
      });
    };
    // A dateline dates the news its lead tells; the lead's words come first.
    if (primary.dateline) for (const p of happening.undated) add(p, undefined);
    add(primary, primaryWhen);
    for (const p of happening.dated) {
      if (p === primary) continue;
      const agrees = p.range.start <= primary.range.end && primary.range.start <= p.range.end;
      add(p, agrees ? when(p) : undefined);
    }
    for (const p of happening.undated) add(p, undefined);

    const quotes = evidence.map((e) => e.quote);
    // The dated passages name the happening's people; a few more sentences suffice for the rest.
    const nameQuotes = quotes.slice(0, happening.dated.length + 3);
    drafts.push({
      sortKey: `${primary.range.start} ${primary.range.end} ${id}`,
      namesText: nameQuotes.join('\n'),
      draft: {
        id,
        title,
        summary: '',
        // The clause the date stands in says what was dated; the rest only breaks its ties.
        kind: kindFromWords(
          primary.dateline
            ? [happening.undated[0]!.quote, quotes.join(' ')]
            : [primary.clauseWords, primary.quote, quotes.join(' ')],
          kinds,
        ),
        status: statusFromWords({
          words: primary.dateline ? happening.undated[0]!.quote : primary.clauseWords,
          dateStart: primary.range.start,
          dateEnd: primary.range.end,
          published: primary.published,
        }),
        ...namesInPassages(nameQuotes),
        evidence,
        draft: true,
      },
    });
  }

  // A sentence whose only dates are reference points and that joined no happening is told as
  // done on its article's own date, which no words of it give: an editorial date, with its reason.
  const joined = new Set(happenings.flatMap((h) => h.undated));
  let onPublication = 0;
  for (const { passage, expression, reason } of referenced) {
    if (joined.has(passage)) continue;
    onPublication++;
    const text = texts.get(passage.article)!;
    const title = titleForHappening([
      { quote: passage.quote, before: text.slice(Math.max(0, passage.start - 600), passage.start) },
    ]);
    const id = newId(title);
    const { published } = passage;
    drafts.push({
      sortKey: `${published} ${published} ${id}`,
      namesText: passage.quote,
      draft: {
        id,
        title,
        summary: '',
        kind: kindFromWords([passage.quote], kinds),
        status: statusFromWords({
          words: passage.quote,
          dateStart: published,
          dateEnd: published,
          published,
        }),
        ...namesInPassages([passage.quote]),
        evidence: [
          { source: passage.article, quote: passage.quote, ...contextIfRepeated(text, passage) },
        ],
        editorialDate: {
          value: published,
          reason: publicationDateReason(published, expression, reason),
        },
        draft: true,
      },
    });
  }

  // A name the tagger found in one happening names the same person where it missed it in another.
  const named = addKnownNames(
    drafts.map(({ draft, namesText }) => ({
      people: draft.people ?? [],
      places: draft.places ?? [],
      text: namesText,
    })),
  );
  for (const [i, { draft }] of drafts.entries()) Object.assign(draft, named[i]);
  drafts.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  const result = drafts.map(({ draft }) => draft);
  return {
    drafts: result,
    report: {
      articles: articles.length,
      expressions,
      datedPassages: dated.length,
      drafts: result.length,
      joined: result.filter((d) => new Set(d.evidence.map((e) => e.source)).size > 1).length,
      undatedJoined: happenings.reduce(
        (n, h) => n + h.undated.filter((p) => !sayings.has(p)).length,
        0,
      ),
      sayingsJoined: happenings.reduce(
        (n, h) => n + h.undated.filter((p) => sayings.has(p)).length,
        0,
      ),
      leftOut,
      undatedArticles,
      onPublication,
    },
  };
}
