import type { Dataset } from '../model/dataset.ts';
import { chronological } from '../model/chronological.ts';
import { escapeHtml } from '../model/escapeHtml.ts';
import type { TimelineEvent } from '../model/event.ts';
import type { Source } from '../model/source.ts';
import { sourceCitation } from '../model/sourceName.ts';
import { TimelineJs } from '../model/timelineJs.ts';
import { timelineJsDates } from './timelineJsDates.ts';

const statusWords = { happened: null, scheduled: 'Scheduled', possible: 'Possible' } as const;

function citation(source: Source | undefined, id: string): string {
  if (!source) return escapeHtml(id);
  const cite = `<cite>${escapeHtml(sourceCitation(source))}</cite>`;
  return source.url ? `<a href="${escapeHtml(source.url)}">${cite}</a>` : cite;
}

/** The summary, whether it has happened, then each quote as a blockquote with its article. */
function slideText(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const status = statusWords[event.status];
  const quotes = event.evidence.map(
    (evidence) =>
      `<blockquote><p>${escapeHtml(evidence.quote)}</p></blockquote>` +
      `<p>— ${citation(sources.get(evidence.source), evidence.source)}</p>`,
  );
  return [
    event.summary ? `<p>${escapeHtml(event.summary)}</p>` : '',
    status ? `<p><strong>${status}.</strong></p>` : '',
    ...quotes,
  ].join('');
}

/**
 * The story in TimelineJS3's JSON format, so a newsroom can open it in the TimelineJS it already
 * embeds: events in reading order, each with its id, its dates at the precision the text gives,
 * the date as the page writes it, its kind's label as the group, and its quotes with their
 * articles. Drafts are left out.
 * Titles, quotes and names are escaped, since TimelineJS renders every string as HTML.
 */
export function toTimelineJs(dataset: Dataset): TimelineJs {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const kinds = new Map(dataset.story.kinds.map((kind) => [kind.id, kind.label]));
  // Checked against the format's schema, as the dataset is, before anything is written.
  return TimelineJs.parse({
    title: {
      text: {
        headline: escapeHtml(dataset.story.title),
        text: dataset.story.description ? `<p>${escapeHtml(dataset.story.description)}</p>` : '',
      },
    },
    // Drafts await an editor's review: a newsroom's TimelineJS gets only reviewed events.
    events: chronological(dataset.events.filter((event) => !event.draft)).map((event) => ({
      unique_id: event.id,
      ...timelineJsDates(event.date),
      display_date: escapeHtml(event.date.label),
      group: escapeHtml(kinds.get(event.kind) ?? event.kind),
      text: { headline: escapeHtml(event.title), text: slideText(event, sources) },
    })),
  });
}
