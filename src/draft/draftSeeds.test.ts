import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceRecords } from '../model/source.ts';
import { resolveKinds } from '../model/resolveKinds.ts';
import { StoryRecord } from '../model/story.ts';
import { draftStory, type DraftEvent } from './draftStory.ts';

// The Witkoff seeds with the editors' 27 events set aside: drafted from the articles alone, the
// timeline should hold the story's must-have happenings, each on its day with the passages of
// the articles that report it joined, and not far more events than an editor kept.
const root = join(import.meta.dirname, '../..');
const sources = SourceRecords.parse(
  JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')),
);
const story = StoryRecord.parse(JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8')));
const editorEvents = (JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as unknown[])
  .length;
const articles = Object.entries(sources).map(([id, record]) => ({
  id,
  text: readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'),
  published: record.published.date,
  locale: record.locale,
}));
const { drafts } = draftStory({ articles, kinds: resolveKinds(story.kinds), editorEvents: [] });

const dated = (draft: DraftEvent) =>
  draft.evidence.filter((e) => e.when).map((e) => e.when!.expression);
const articlesOf = (draft: DraftEvent) => new Set(draft.evidence.map((e) => e.source)).size;
const quoting = (words: RegExp) =>
  drafts.filter((d) => d.evidence.some((e) => words.test(e.quote)));

describe('drafting the Witkoff seeds from the articles alone', () => {
  it('joins the Witkoff–Putin meeting of Wednesday across all five articles', () => {
    const meeting = quoting(/Witkoff held a closed-door session/)[0]!;
    expect(articlesOf(meeting)).toBe(5);
    expect(dated(meeting)).toEqual(expect.arrayContaining(['on Wednesday', '6/8']));
    expect(meeting.kind).toBe('meeting');
  });

  it('joins the Geneva summit of June 2021 across the four articles that give its date', () => {
    const geneva = quoting(/Biden met Putin in Geneva in June 2021/)[0]!;
    expect(dated(geneva)).toEqual(expect.arrayContaining(['June 2021', '6/2021']));
    expect(articlesOf(geneva)).toBeGreaterThanOrEqual(4);
  });

  it('drafts the last Putin–Zelensky meeting, in December 2019, as one draft quoting every article that dates it', () => {
    const words = /December 2019|12\/2019/;
    const december = drafts.filter((d) => dated(d).some((w) => words.test(w)));
    expect(december).toHaveLength(1);
    const reporting = articles.filter((a) => words.test(a.text)).length;
    expect(reporting).toBeGreaterThan(1);
    expect(articlesOf(december[0]!)).toBe(reporting);
  });

  it('drafts the Friday sanctions deadline, reported by several articles, as scheduled', () => {
    const deadline = drafts.filter((d) =>
      dated(d).some((w) => /Friday|two days before|48 hours before|8\/8/.test(w)),
    );
    expect(deadline.some((d) => articlesOf(d) >= 3 && d.status === 'scheduled')).toBe(true);
  });

  it('joins the plan to meet Putin as early as next week across all five articles, once', () => {
    const plan = drafts.filter((d) => dated(d).some((w) => /next week/.test(w)));
    expect(plan).toHaveLength(1);
    expect(articlesOf(plan[0]!)).toBe(5);
  });

  it('puts the Kremlin’s “useful and constructive”, as all five articles retell it, in one draft', () => {
    const retold = quoting(/useful and constructive/);
    expect(retold).toHaveLength(1);
    expect(articlesOf(retold[0]!)).toBe(5);
  });

  it('puts Trump’s post of “great progress”, as all five articles retell it, in one draft', () => {
    const retold = quoting(/great progress/i);
    expect(retold).toHaveLength(1);
    expect(articlesOf(retold[0]!)).toBe(5);
  });

  it('puts the White House official’s confirmation of Wednesday, as four articles tell it, in one draft', () => {
    const confirmed = quoting(/official confirmed (?:on )?Wednesday/);
    expect(confirmed).toHaveLength(1);
    const quotes = confirmed[0]!.evidence.map((e) => e.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^The official cautioned that a meeting has not been scheduled/),
        expect.stringMatching(/^An unnamed White House official also offered similar/),
      ]),
    );
  });

  it('proposes no more than about twice as many events as the editors kept', () => {
    expect(drafts.length).toBeLessThanOrEqual(2 * editorEvents);
  });
});
