import { useEffect, useRef } from 'react';
import type { Evidence } from '../model/event.ts';
import type { Source } from '../model/source.ts';
import { sourceName } from '../model/sourceName.ts';

interface Props {
  source: Source;
  evidence: Evidence;
  onClose: () => void;
}

interface Paragraph {
  start: number;
  text: string;
}

function paragraphs(text: string): Paragraph[] {
  const list: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) list.push({ start, text: line });
    start += line.length + 1;
  }
  return list;
}

function Highlighted({ paragraph, from, to }: { paragraph: Paragraph; from: number; to: number }) {
  const end = paragraph.start + paragraph.text.length;
  if (to <= paragraph.start || from >= end) return <>{paragraph.text}</>;
  const a = Math.max(from, paragraph.start) - paragraph.start;
  const b = Math.min(to, end) - paragraph.start;
  return (
    <>
      {paragraph.text.slice(0, a)}
      <mark>{paragraph.text.slice(a, b)}</mark>
      {paragraph.text.slice(b)}
    </>
  );
}

/**
 * The whole article in a modal dialog, the passage marked and scrolled into view. The native
 * <dialog> gives focus trapping, Escape to close and the backdrop for free.
 */
export function ArticleReader({ source, evidence, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.querySelector('mark')?.scrollIntoView({ block: 'center' });
    return () => element.close();
  }, [source, evidence]);

  const byline = [`Published ${source.publishedLabel}`, source.byline, ...source.credits]
    .filter(Boolean)
    .join(' · ');
  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title" onClose={onClose}>
      <header className="reader-header">
        <div>
          <h2 id="reader-title">{sourceName(source)}</h2>
          <p className="reader-byline">{byline}</p>
        </div>
        <button type="button" className="close" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <div className="reader-text">
        {paragraphs(source.text).map((p) => (
          <p key={p.start}>
            <Highlighted paragraph={p} from={evidence.start} to={evidence.end} />
          </p>
        ))}
      </div>
    </dialog>
  );
}
