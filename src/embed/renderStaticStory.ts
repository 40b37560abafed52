import { chronological } from '../model/chronological.ts';
import { sourceCitation } from '../model/sourceName.ts';
import type { Dataset } from '../model/dataset.ts';
import type { EventDate, TimelineEvent } from '../model/event.ts';
import type { Source } from '../model/source.ts';
import { sameWindow } from '../app/sameWindow.ts';
import { openingWindow, storyViews } from '../app/storyViews.ts';
import { timelinePreview } from '../app/timelinePreview.ts';
import { toTimelineGroups, toTimelineItems } from '../app/toTimelineItems.ts';
import { renderTimelinePreview } from './renderTimelinePreview.ts';
import { escapeHtml } from '../model/escapeHtml.ts';

/** The id of the element that holds the prerendered story; the print and screen CSS key on it. */
export const staticStoryId = 'static-story';

/** The fragment that deep-links to an event, `#event=<id>`; the static item carries it as its id. */
export const eventAnchor = (id: string) => `event=${id}`;

const sourceAnchor = (id: string) => `source-${id}`;

/** Values HTML accepts in `<time datetime>`: a date, month, year or week string, or a duration. */
const machineReadable = /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P[\dYMWDTHS.]+)$/;

function dateLine(date: EventDate): string {
  const label = escapeHtml(date.label);
  const datetime = machineReadable.test(date.value) ? date.value : date.start;
  const span = date.start === date.end ? date.start : `${date.start}/${date.end}`;
  const timex = date.value === span ? date.value : `${date.value}, ${span}`;
  return (
    `<p class="static-date"><time datetime="${escapeHtml(datetime)}">${label}</time> ` +
    `<span class="static-timex">(TIMEX <code>${escapeHtml(timex)}</code>)</span></p>`
  );
}

function eventItem(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const quotes = event.evidence.map((evidence) => {
    const source = sources.get(evidence.source);
    const citation = source ? sourceCitation(source) : evidence.source;
    return (
      `<figure class="static-quote"><blockquote><p>${escapeHtml(evidence.quote)}</p></blockquote>` +
      `<figcaption>— <a href="#${escapeHtml(sourceAnchor(evidence.source))}">` +
      `<cite>${escapeHtml(citation)}</cite></a></figcaption></figure>`
    );
  });
  const summary = event.summary
    ? [`<p class="static-summary">${escapeHtml(event.summary)}</p>`]
    : [];
  return [
    `<li class="static-event" id="${escapeHtml(eventAnchor(event.id))}">`,
    event.draft
      ? `<h3>${escapeHtml(event.title)} <small class="static-draft">(draft, not yet reviewed)</small></h3>`
      : `<h3>${escapeHtml(event.title)}</h3>`,
    dateLine(event.date),
    ...summary,
    ...quotes,
    `</li>`,
  ].join('\n');
}

/** The timeline's opening window as a picture, as the app first shows it (empty without one). */
function openingPicture(dataset: Dataset): string {
  const kinds = new Map(dataset.story.kinds.map((kind) => [kind.id, kind]));
  const views = storyViews(dataset);
  const items = toTimelineItems(dataset.events, kinds, views);
  const window = openingWindow(views, items);
  if (!window) return '';
  const preview = timelinePreview(
    items,
    toTimelineGroups(dataset.events, dataset.story.kinds),
    window,
    views.find((view) => sameWindow(view.window, window))?.id ?? null,
  );
  return `<div class="static-timeline">${renderTimelinePreview(preview)}</div>`;
}

function sourceItem(source: Source): string {
  const details = [
    ...(source.byline ? [`by ${source.byline}`] : []),
    ...(source.credits.length ? [`credits ${source.credits.join(', ')}`] : []),
  ].map((detail) => `; ${escapeHtml(detail)}`);
  return (
    `<li id="${escapeHtml(sourceAnchor(source.id))}"><cite>${escapeHtml(sourceCitation(source))}</cite>` +
    `${details.join('')} (<code>${escapeHtml(source.file)}</code>)</li>`
  );
}

/**
 * The whole story as static, escaped HTML: every event in the app's reading order with its date in words and
 * as a TIMEX value, its quotes and the article each comes from, then the list of articles. It is
 * what readers without JavaScript, search engines and printers get.
 */
export function renderStaticStory(dataset: Dataset): string {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return [
    `<article id="${staticStoryId}" class="static-story" aria-labelledby="static-story-title">`,
    `<header><h1 id="static-story-title">${escapeHtml(dataset.story.title)}</h1>`,
    `<p class="static-description">${escapeHtml(dataset.story.description)}</p></header>`,
    `<h2>Timeline</h2>`,
    openingPicture(dataset),
    `<ol class="static-events">`,
    ...chronological(dataset.events).map((event) => eventItem(event, sources)),
    `</ol>`,
    `<section class="static-sources" aria-labelledby="static-sources-title">`,
    `<h2 id="static-sources-title">Sources</h2>`,
    `<ol>`,
    ...dataset.sources.map(sourceItem),
    `</ol>`,
    `</section>`,
    `</article>`,
  ].join('\n');
}
