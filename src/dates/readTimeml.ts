import { DateResolutionError } from './DateResolutionError.ts';
import { isDayValue } from './valueShape.ts';

/** One TIMEX3 tag of a TimeML document's text, with offsets into the text stripped of markup. */
export interface TimemlTimex {
  tid: string;
  type: string;
  value: string;
  mod?: string;
  start: number;
  end: number;
  text: string;
}

/** What a TimeML document holds for a temporal tagger. */
export interface TimemlDocument {
  /** Everything before the text's content (DOCID, DCT, TITLE …), kept as written. */
  head: string;
  /** The document creation time's day, YYYY-MM-DD: the publication date. */
  dct: string;
  /** The `tid` of the DCT's TIMEX3 (usually t0), what expressions read against it point to. */
  dctTid: string;
  /** The content of `<TEXT>`, tags removed and entities decoded: what offsets count in. */
  text: string;
  /** The TIMEX3 tags already in the text (hand annotation, when there is any). */
  timexes: TimemlTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text between tags with its XML entities read (`&amp;` → `&`, `&#38;` → `&`). */
function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

// The attributes read from a tag, each with the pattern that finds its value: built once.
const ATTRIBUTE_NAMES = ['value', 'mod', 'tid', 'type'] as const;
type AttributeName = (typeof ATTRIBUTE_NAMES)[number];
const ATTRIBUTE = Object.fromEntries(
  ATTRIBUTE_NAMES.map((name) => [name, new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`)]),
) as Record<AttributeName, RegExp>;

function attribute(tag: string, name: AttributeName): string | undefined {
  const match = ATTRIBUTE[name].exec(tag);
  return match ? decode(match[1]!) : undefined;
}

/**
 * Reads a TimeML document: its DCT (the publication date), the content of `<TEXT>` with every
 * tag stripped, and the TIMEX3 tags found in it with their offsets in that stripped text.
 *
 * @throws DateResolutionError when there is no `<TEXT>` or no DCT with a calendar day.
 * @example readTimeml(xml).dct // '1998-08-07'
 */
export function readTimeml(xml: string, path = 'the document'): TimemlDocument {
  const open = /<TEXT>/.exec(xml);
  const close = xml.indexOf('</TEXT>');
  if (!open || close < open.index) throw new DateResolutionError({ code: 'timeml-no-text', path });
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag === undefined ? undefined : attribute(dctTag, 'value')?.slice(0, 10);
  if (dct === undefined || !isDayValue(dct))
    throw new DateResolutionError({ code: 'timeml-no-dct', path, found: dct ?? '' });
  const head = xml.slice(0, open.index);
  const body = xml.slice(open.index + open[0].length, close);
  let text = '';
  const timexes: TimemlTimex[] = [];
  const openTimex: Array<Omit<TimemlTimex, 'end' | 'text'>> = [];
  for (const piece of body.split(/(<[^>]*>)/)) {
    if (!piece.startsWith('<')) {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) {
      const mod = attribute(piece, 'mod');
      openTimex.push({
        tid: attribute(piece, 'tid') ?? '',
        type: attribute(piece, 'type') ?? '',
        value: attribute(piece, 'value') ?? '',
        ...(mod ? { mod } : {}),
        start: text.length,
      });
      if (piece.endsWith('/>')) openTimex.pop();
    } else if (/^<\/TIMEX3\b/.test(piece)) {
      const started = openTimex.pop();
      if (started) timexes.push({ ...started, end: text.length, text: text.slice(started.start) });
    }
  }
  const dctTid = attribute(dctTag!, 'tid') ?? 't0';
  return { head, dct, dctTid, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
