import type { Evidence } from '../model/event.ts';
import type { Source } from '../model/source.ts';
import { quoteInSentence } from './quoteInSentence.ts';
import { sourceCitation } from '../model/sourceName.ts';

interface Props {
  evidence: Evidence;
  source: Source | undefined;
  onRead: () => void;
}

/** One passage that reports the event: its sentence, the quote marked, and the article named. */
export function EvidenceQuote({ evidence, source, onRead }: Props) {
  const text = source?.text;
  const parts =
    text === undefined
      ? { before: '', quote: evidence.quote, after: '' }
      : quoteInSentence(text, evidence.start, evidence.end);
  return (
    <blockquote className="evidence">
      <p>
        {parts.before}
        <mark>{parts.quote}</mark>
        {parts.after}
      </p>
      <footer>
        <cite>{source ? sourceCitation(source) : evidence.source}</cite>
        {source && (
          <button type="button" className="link-button" onClick={onRead}>
            Read in the article
          </button>
        )}
      </footer>
    </blockquote>
  );
}
