// Drafts a copy of a story and scores the drafts against gold timelines, beside a naive
// baseline (one event per sentence with a calendar date, no joining). Prints, for the tuning
// part and the held-out part of the gold separately: dated recall, cross-article links and
// events per found gold happening. With --gold-events the gold is the story's own edited events,
// set aside before drafting. See README "Measuring the drafter".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from '../src/dataset/buildDataset.ts';
import { readInputs } from '../src/dataset/readInputs.ts';
import { findMentions } from '../src/dates/findMentions.ts';
import { timexRange } from '../src/dates/timexRange.ts';
import { GoldTimelines } from '../src/draft/GoldTimelines.ts';
import { goldFromEvents } from '../src/draft/goldFromEvents.ts';
import { runDraft } from '../src/draft/runDraft.ts';
import { formatMisses } from '../src/draft/formatMisses.ts';
import { listMisses } from '../src/draft/listMisses.ts';
import { formatAttributeDisagreements } from '../src/draft/formatAttributeDisagreements.ts';
import {
  scoreAttributes,
  type AttributedEvent,
  type AttributedGold,
} from '../src/draft/scoreAttributes.ts';
import { kindFromWords } from '../src/draft/kindFromWords.ts';
import { statusFromWords } from '../src/draft/statusFromWords.ts';
import {
  goldHappenings,
  scoreHappenings,
  type GoldHappening,
  type ScoredEvent,
  type TimelineScore,
} from '../src/draft/scoreTimeline.ts';
import { splitSentences } from '../src/draft/splitSentences.ts';
import type { Source } from '../src/model/source.ts';

/**
 * The gold timelines scored only once the drafter was finished, and never looked at while it
 * was tuned. Chosen before any figure was printed: two of the six timelines of the Wikinews
 * trial corpus. Another corpus names its own with --held-out.
 */
const HELD_OUT_DEFAULT = 'iPhone 4,iTunes store';

const usage = `Usage: npm run bench:draft -- --story DIR (--gold FILE [--held-out "NAME,NAME"] [--part tuning|held-out|all] | --gold-events) [--misses]`;
const { values } = parseArgs({
  options: {
    story: { type: 'string' },
    gold: { type: 'string' },
    'gold-events': { type: 'boolean' },
    'held-out': { type: 'string' },
    part: { type: 'string' },
    misses: { type: 'boolean' },
  },
});
if (!values.story || !values.gold === !values['gold-events']) {
  console.error(usage);
  process.exit(2);
}
// npm runs scripts in the repository; INIT_CWD is where the command was typed.
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const story = here(values.story);

/** The parts of the gold, each scored on its own, and which of them to print. */
function goldParts(): {
  parts: [string, GoldHappening[]][];
  wanted: string;
  attributed?: AttributedGold[];
} {
  if (values['gold-events']) {
    // The story as its editors left it: every reviewed event is a gold happening, and what the
    // editor made of it (kind, status, people, places) the gold of the draft's attributes.
    const edited = buildDataset(readInputs(story)).dataset.events;
    const gold = goldFromEvents(edited);
    const byId = new Map(edited.map((e) => [e.id, e]));
    const attributed = gold.map((g) => {
      const { id, kind, status, people, places } = byId.get(g.entities[0]!)!;
      return { ...g, id, kind, status, people, places };
    });
    return { parts: [['edited events', gold]], wanted: 'all', attributed };
  }
  const gold = GoldTimelines.parse(JSON.parse(readFileSync(here(values.gold!), 'utf8')));
  const heldOut = new Set(
    (values['held-out'] ?? HELD_OUT_DEFAULT)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const part = (held: boolean) =>
    goldHappenings(gold.lines.filter((l) => heldOut.has(l.entity) === held));
  return {
    parts: [
      [heldOut.size ? 'tuning' : 'all timelines', part(false)],
      ['held-out', part(true)],
    ],
    wanted: heldOut.size ? (values.part ?? 'tuning') : 'all',
  };
}
const { parts, wanted, attributed } = goldParts();

// Draft on a copy: the story folder itself is never written. Scored against its own edited
// events, the copy starts with none, so that everything is drafted from the articles alone.
const copy = mkdtempSync(join(tmpdir(), 'sourceline-bench-draft-'));
cpSync(story, copy, { recursive: true });
if (values['gold-events']) writeFileSync(join(copy, 'data/events.json'), '[]\n');
const began = performance.now();
const { code, result } = await runDraft({
  story: copy,
  formatConfigFrom: join(import.meta.dirname, '../data/events.json'),
  thisYear: new Date().getFullYear(),
  log: () => {},
  fail: (line) => console.error(line),
});
const draftSeconds = (performance.now() - began) / 1000;
if (code !== 0 || result === undefined) process.exit(code || 1);
const { dataset } = buildDataset(readInputs(copy));
rmSync(copy, { recursive: true, force: true });

const drafted: AttributedEvent[] = dataset.events.map((e) => ({
  id: e.id,
  start: e.date.start,
  end: e.date.end,
  evidence: e.evidence,
  kind: e.kind,
  status: e.status,
  people: e.people,
  places: e.places,
}));
// The baseline's attributes: the kind a passage with no cue gets, the status its date alone
// gives (scheduled after publication, else happened), and no names.
const fallbackKind = kindFromWords('', dataset.story.kinds);
const baseline: (ScoredEvent & AttributedEvent)[] = dataset.sources.flatMap((source: Source) => {
  const mentions = findMentions(source.text, {
    published: source.published,
    locale: source.locale,
  });
  return splitSentences(source.text).flatMap((sentence) => {
    for (const m of mentions) {
      if (m.start < sentence.start || m.start >= sentence.end || !/^\d{4}/.test(m.value)) continue;
      if (m.type !== 'DATE' && m.type !== 'TIME') continue;
      const { start, end } = timexRange(m.value);
      const status = statusFromWords({
        words: '',
        dateStart: start,
        dateEnd: end,
        published: source.published,
      });
      return [
        {
          id: `${source.id}@${sentence.start}`,
          start,
          end,
          evidence: [{ source: source.id, start: sentence.start, end: sentence.end }],
          kind: fallbackKind,
          status,
          people: [],
          places: [],
        },
      ];
    }
    return [];
  });
});

const pct = (n: number, d: number) =>
  d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
/** A share and its counts: " 94.6% (87/92)". */
const of = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;
const row = (label: string, a: string, b: string) => `  ${label.padEnd(34)}${a.padEnd(22)}${b}`;
// Kind, status and names are scored over the whole story, not per part of the gold.
const sa = attributed && scoreAttributes(drafted, attributed);
const ba = attributed && scoreAttributes(baseline, attributed);
function show(name: string, happenings: GoldHappening[]) {
  const s: TimelineScore = scoreHappenings(drafted, happenings);
  const b: TimelineScore = scoreHappenings(baseline, happenings);
  const entities = values['gold-events']
    ? `${happenings.length} events`
    : [...new Set(happenings.flatMap((h) => h.entities))].join(', ');
  console.log(`\n${name}: ${entities}`);
  console.log(row('', 'drafter', 'baseline (sentence with a date)'));
  console.log(row('dated recall', of(s.found, s.dated), of(b.found, b.dated)));
  console.log(
    row('cross-article links', of(s.linked, s.multiArticle), of(b.linked, b.multiArticle)),
  );
  const per = (t: TimelineScore) => (t.found === 0 ? '–' : (t.eventsOnFound / t.found).toFixed(2));
  console.log(row('events per found happening', per(s), per(b)));
  const perLinkable = (t: TimelineScore) =>
    t.multiFound === 0 ? '–' : (t.eventsOnMulti / t.multiFound).toFixed(2);
  console.log(row('  told in several articles', perLinkable(s), perLinkable(b)));
  if (sa && ba) {
    console.log(
      row('kind agrees, on found events', of(sa.kindAgrees, sa.found), of(ba.kindAgrees, ba.found)),
    );
    console.log(
      row(
        'status agrees, on found events',
        of(sa.statusAgrees, sa.found),
        of(ba.statusAgrees, ba.found),
      ),
    );
    console.log(row('people and places found', of(sa.namesFound, sa.names), '(names none)'));
  }
  if (values.misses) {
    const texts = new Map(dataset.sources.map((source: Source) => [source.id, source.text]));
    console.log(
      `\n${formatMisses(listMisses(drafted, happenings, texts, result!.report.leftOut))}`,
    );
    if (sa) console.log(`\n${formatAttributeDisagreements(sa.disagreements, texts)}`);
  }
}

console.log(
  `${dataset.sources.length} articles: ${dataset.events.length} drafts (baseline ${baseline.length} events), drafted in ${draftSeconds.toFixed(2)} s`,
);
for (const [name, happenings] of parts) {
  if (wanted === 'all' || wanted === name) show(name, happenings);
}
if (wanted === 'tuning') console.log('\n(held-out part not scored: --part held-out or --part all)');
