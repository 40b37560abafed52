import type { EventDate } from '../model/event.ts';

export interface DerivationText {
  /** Short label: where the date came from. */
  label: string;
  /** The line a reader can follow, e.g. `"Wednesday", in an article published … → Wed 6 Aug 2025`. */
  text: string;
}

/** How an event's date was established, in words for the details panel. */
export function describeDerivation(derivation: EventDate['derivation']): DerivationText {
  if (derivation.kind === 'editorial') {
    return { label: 'Set by an editor', text: derivation.reason };
  }
  const anchor =
    derivation.anchor.kind === 'published'
      ? 'the article’s publication date'
      : `the date of another event (${derivation.anchor.value})`;
  return {
    label: `From the words “${derivation.expression}”, read against ${anchor}`,
    text: derivation.explanation,
  };
}
