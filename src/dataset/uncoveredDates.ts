import { findMentions } from '../dates/findMentions.ts';
import type { Dataset } from '../model/dataset.ts';

/** The calendar date expressions of one article that no event's quote holds yet. */
export type ArticleCoverage = {
  source: string;
  file: string;
  /** Calendar date expressions found in the article. */
  found: number;
  uncovered: { text: string; start: number; value: string }[];
};

/**
 * Coverage, for the editor: per article, the date expressions (days, weeks, months, years …, not
 * durations or vague references) that lie in no event's quote, so what the timeline has not used
 * yet is in plain sight.
 */
export function uncoveredDates(dataset: Dataset): ArticleCoverage[] {
  return dataset.sources.map((source) => {
    const quotes = dataset.events
      .flatMap((event) => event.evidence)
      .filter((evidence) => evidence.source === source.id);
    const dates = findMentions(source.text, {
      published: source.published,
      locale: source.locale,
    }).filter((m) => (m.type === 'DATE' || m.type === 'TIME') && /^\d{3}/.test(m.value));
    return {
      source: source.id,
      file: source.file,
      found: dates.length,
      uncovered: dates
        .filter((m) => !quotes.some((q) => q.start <= m.start && m.end <= q.end))
        .map(({ text, start, value }) => ({ text, start, value })),
    };
  });
}

const SHOWN = 8;

/** The coverage lines of `npm run data`: one per article with unused dates, then the count. */
export function formatCoverage(coverage: readonly ArticleCoverage[]): string {
  const lines = coverage
    .filter((article) => article.uncovered.length > 0)
    .map((article) => {
      const shown = article.uncovered.slice(0, SHOWN).map((m) => `“${m.text}” (${m.value})`);
      const more = article.uncovered.length - shown.length;
      return `  ${article.file}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
    });
  const uncovered = coverage.reduce((n, a) => n + a.uncovered.length, 0);
  const found = coverage.reduce((n, a) => n + a.found, 0);
  return [
    ...(lines.length > 0 ? ['dates no event quotes yet:', ...lines] : []),
    `coverage: ${uncovered} of ${found} date expressions in no event's quote yet`,
  ].join('\n');
}
