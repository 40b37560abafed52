import type { Dataset } from '../model/dataset.ts';
import type { TimelineEvent } from '../model/event.ts';
import { describeDerivation } from './describeDerivation.ts';
import { EvidenceQuote } from './EvidenceQuote.tsx';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { draftWords } from './draftWords.ts';
import { statusNames } from './statusNames.ts';
import { sourceName } from '../model/sourceName.ts';

interface Props {
  event: TimelineEvent;
  sources: Dataset['sources'];
  kinds: ReadonlyMap<string, StoryKind>;
  onClose: () => void;
  onRead: (evidenceIndex: number) => void;
}

/**
 * A TIMEX value as an HTML datetime where HTML has a form for it (day, month, year, week, and a
 * day with its clock time, which HTML reads as a local time in no zone: the article's clock).
 */
function htmlDateTime(value: string): string | undefined {
  return /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|-W\d{2})?$/.test(value) ? value : undefined;
}

/** One event: what happened, when and how we know the date, and every passage reporting it. */
export function EventDetails({ event, sources, kinds, onClose, onRead }: Props) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const derivation = describeDerivation(event.date.derivation);
  const status = statusNames[event.status];
  const kind = kinds.get(event.kind);
  return (
    <article
      className={`details ${kindClass(kind, event.kind)}${event.draft ? ' is-draft' : ''}`}
      aria-labelledby="details-title"
    >
      <div className="details-top">
        <p className="details-kind">
          <span className="swatch" aria-hidden="true" />
          {kind?.label ?? event.kind}
          {status && <span className={`badge status-${event.status}`}>{status}</span>}
          {event.draft && <span className="badge badge-draft">{draftWords.badge}</span>}
        </p>
        <button type="button" className="close" onClick={onClose}>
          Close <span className="visually-hidden">details</span>
        </button>
      </div>
      <h2 id="details-title" tabIndex={-1}>
        {event.title}
      </h2>
      {event.draft && (
        <p className="draft-note" role="note">
          {draftWords.explanation}
        </p>
      )}
      <p className="details-date">
        <time dateTime={htmlDateTime(event.date.value)}>{event.date.label}</time>
      </p>
      <div className="derivation">
        <p className="derivation-label">{derivation.label}</p>
        <p className="derivation-text">{derivation.text}</p>
      </div>
      {event.disagreements.length > 0 && (
        <div className="disagreement" role="note">
          <p>
            <strong>The sources disagree on this date.</strong>
          </p>
          <ul>
            {event.disagreements.map((d) => {
              const source = byId.get(d.source);
              return (
                <li key={`${d.source}-${d.expression}-${d.value}`}>
                  {source ? sourceName(source) : d.source}: “{d.expression}” would put it on{' '}
                  <time dateTime={htmlDateTime(d.value)}>{d.value}</time>. {d.explanation}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {event.summary && <p className="summary">{event.summary}</p>}
      {(event.people.length > 0 || event.places.length > 0) && (
        <dl className="facts">
          {event.people.length > 0 && (
            <>
              <dt>People</dt>
              <dd>{event.people.join(', ')}</dd>
            </>
          )}
          {event.places.length > 0 && (
            <>
              <dt>Places</dt>
              <dd>{event.places.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      <h3>
        {event.evidence.length === 1
          ? 'What one article says'
          : `What ${event.evidence.length} passages say`}
      </h3>
      {event.evidence.map((evidence, i) => (
        <EvidenceQuote
          key={`${evidence.source}-${evidence.start}`}
          evidence={evidence}
          source={byId.get(evidence.source)}
          onRead={() => onRead(i)}
        />
      ))}
    </article>
  );
}
