import type { Dataset } from '../model/dataset.ts';
import type { BuildNotice } from './BuildProblem.ts';
import { countNoun } from './countNoun.ts';

export type DatasetSummary = {
  events: number;
  /** Events `npm run draft` proposed that no editor has reviewed yet. */
  drafts: number;
  articles: number;
  quotes: number;
  byGranularity: Record<string, number>;
  byStatus: Record<string, number>;
  disagreements: number;
  editorialDates: number;
  reanchored: number;
};

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The figures `npm run data` ends with. */
export function summarizeDataset(dataset: Dataset, notices: BuildNotice[]): DatasetSummary {
  const evidence = dataset.events.flatMap((e) => e.evidence);
  return {
    events: dataset.events.length,
    drafts: dataset.events.filter((e) => e.draft).length,
    articles: new Set(evidence.map((e) => e.source)).size,
    quotes: evidence.length,
    byGranularity: countBy(dataset.events, (e) => e.date.granularity),
    byStatus: countBy(dataset.events, (e) => e.status),
    disagreements: dataset.events.reduce((n, e) => n + e.disagreements.length, 0),
    editorialDates: dataset.events.filter((e) => e.date.derivation.kind === 'editorial').length,
    reanchored: notices.filter((n) => n.code === 'reanchored').length,
  };
}

export function formatSummary(summary: DatasetSummary): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return [
    `${countNoun(summary.events, 'event')}${summary.drafts ? ` (${countNoun(summary.drafts, 'draft')})` : ''} from ${countNoun(summary.articles, 'article')}, ${countNoun(summary.quotes, 'quote')}`,
    `dates by granularity: ${list(summary.byGranularity)}`,
    `status: ${list(summary.byStatus)}`,
    `disagreements: ${summary.disagreements}, editorial dates: ${summary.editorialDates}, re-anchored quotes: ${summary.reanchored}`,
  ].join('\n');
}
