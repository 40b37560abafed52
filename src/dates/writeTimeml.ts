import type { Mention } from '../model/mention.ts';
import type { TimemlDocument } from './readTimeml.ts';
import { timemlBoundMod } from './timemlBoundMod.ts';

/** One mention as a TIMEX3 of TimeML: the attributes TempEval-3's tools read. */
export interface TimemlTag {
  tid: string;
  type: Mention['type'];
  value: string;
  mod?: string;
  anchorTimeID?: string;
  text: string;
  start: number;
  end: number;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/**
 * The TIMEX3 tags of a document's mentions, numbered t1, t2 … in text order. A date read against
 * an earlier one ("the following day") points to its tid, one counted from the publication date
 * ("three weeks ago") to the DCT's.
 */
export function timemlTags(mentions: readonly Mention[], dctTid: string): TimemlTag[] {
  const tids = mentions.map((_, i) => `t${i + 1}`);
  return mentions.map((m, i) => {
    let anchorTimeID: string | undefined;
    // Only dates and times are computed from an anchor; a duration stands on its own.
    if (m.type !== 'DATE' && m.type !== 'TIME') anchorTimeID = undefined;
    else if (m.anchor.kind === 'mention') {
      const { start, text } = m.anchor;
      const j = mentions.findIndex((o) => o.start < start + text.length && o.end > start);
      // "a year earlier" after "Two days later": TimeML marks the count "Two days" as a duration,
      // which is no point in time to anchor to, so the anchor goes unnamed.
      const anchor = mentions[j];
      if (anchor && j !== i && (anchor.type === 'DATE' || anchor.type === 'TIME'))
        anchorTimeID = tids[j];
    } else if (m.anchor.kind === 'published' && m.offset !== undefined) anchorTimeID = dctTid;
    const mod = timemlBoundMod(m);
    return {
      tid: tids[i]!,
      type: m.type,
      value: m.value,
      ...(mod && { mod }),
      ...(anchorTimeID && { anchorTimeID }),
      text: m.text,
      start: m.start,
      end: m.end,
    };
  });
}

/**
 * The document written back as TimeML with the given tags: everything before `<TEXT>` as it was
 * (DCT included), the text with its earlier markup removed and these TIMEX3 tags in it, in the
 * form TempEval-3's scorer reads.
 */
export function writeTimeml(document: TimemlDocument, tags: readonly TimemlTag[]): string {
  let body = '';
  let at = 0;
  for (const tag of tags) {
    const attributes = [
      `tid="${tag.tid}"`,
      `type="${tag.type}"`,
      `value="${escapeAttribute(tag.value)}"`,
      ...(tag.mod ? [`mod="${tag.mod}"`] : []),
      ...(tag.anchorTimeID ? [`anchorTimeID="${tag.anchorTimeID}"`] : []),
    ].join(' ');
    body += escapeText(document.text.slice(at, tag.start));
    body += `<TIMEX3 ${attributes}>${escapeText(document.text.slice(tag.start, tag.end))}</TIMEX3>`;
    at = tag.end;
  }
  body += escapeText(document.text.slice(at));
  const head = /<TimeML\b/.test(document.head) ? document.head : `<TimeML>\n${document.head}`;
  return `${head}<TEXT>${body}</TEXT>\n\n</TimeML>\n`;
}
