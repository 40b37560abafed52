import { AnchorError, anchorQuote } from '../anchor/anchorQuote.ts';
import type { Evidence } from '../model/event.ts';
import type { EventRecord } from '../model/eventRecord.ts';
import type { Source } from '../model/source.ts';
import type { BuildNotice, BuildProblem } from './BuildProblem.ts';

/** An event record with each quote's anchored evidence, null where the quote failed. */
export type AnchoredEvent = { record: EventRecord; evidence: (Evidence | null)[] };

/**
 * Finds every quote in its article. Quotes in an article whose bytes changed since they were
 * recorded may be re-anchored approximately; that is reported as a notice. `sources` is null
 * when data/sources.json itself failed, and then quotes are not checked at all.
 * `reportedArticles` are ids already reported as missing their text or their record: a quote
 * citing one is left unchecked rather than reported again.
 */
export function anchorEvidence(
  records: EventRecord[],
  sources: Map<string, Source> | null,
  changedSeeds: Set<string>,
  file: string,
  problems: BuildProblem[],
  notices: BuildNotice[],
  reportedArticles: ReadonlySet<string> = new Set(),
): AnchoredEvent[] {
  return records.map((record) => {
    const evidence = record.evidence.map((item, j): Evidence | null => {
      const at = { file, record: `event "${record.id}"` };
      if (sources === null) return null;
      const source = sources.get(item.source);
      if (!source) {
        if (reportedArticles.has(item.source)) return null;
        problems.push({
          ...at,
          code: 'unknown-source',
          field: `evidence[${j}].source`,
          found: item.source,
          known: [...sources.keys()],
        });
        return null;
      }
      try {
        const anchor = anchorQuote(source.text, item, { reanchor: changedSeeds.has(source.id) });
        if (anchor.reanchored) {
          notices.push({
            ...at,
            field: `evidence[${j}].quote`,
            code: 'reanchored',
            seedFile: source.file,
            errors: anchor.reanchored.errors,
            quote: anchor.quote,
          });
        }
        return {
          source: source.id,
          quote: anchor.quote,
          start: anchor.start,
          end: anchor.end,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: anchor.quote,
              prefix: anchor.prefix,
              suffix: anchor.suffix,
            },
            { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
          ],
          ...(anchor.reanchored ? { reanchored: anchor.reanchored } : {}),
        };
      } catch (error) {
        if (!(error instanceof AnchorError)) throw error;
        const failure = error.failure;
        const place = { ...at, field: `evidence[${j}].quote` };
        if (failure.code === 'not-found') {
          problems.push({
            ...place,
            code: 'quote-not-found',
            quote: failure.quote,
            seedFile: source.file,
            nearest: failure.nearest,
          });
        } else {
          problems.push({
            ...place,
            code: failure.code === 'ambiguous' ? 'quote-ambiguous' : 'quote-context-mismatch',
            occurrences: failure.occurrences.map((o) => o.context),
          });
        }
        return null;
      }
    });
    return { record, evidence };
  });
}
