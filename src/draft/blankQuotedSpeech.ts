/** The spans of a sentence inside quotation marks, an unopened close or unclosed open included. */
function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const opens = c === '“' || (c === '"' && open === undefined);
    const closes = c === '”' || (c === '"' && open !== undefined);
    if (opens && !closes) open = i;
    else if (closes) {
      // A sentence split from its opening mark ("One of them could be China,” Trump said")
      // is quoted from its start.
      spans.push({ start: open ?? 0, end: i + 1 });
      open = undefined;
    }
  }
  if (open !== undefined) spans.push({ start: open, end: text.length });
  return spans;
}

/**
 * A sentence with the words someone is quoted as saying blanked out (replaced by spaces, so
 * offsets hold), except the quotation that `keepAt` falls in: the reporter's words are what say
 * whether the happening the date stands on took place, and a hedge in a quotation the date is
 * not in ("“Talks could resume,” the minister said on Monday") is the speaker's, about something
 * else.
 *
 * @example blankQuotedSpeech('“It may rain,” she said on Monday.', 20) // '              she said on Monday.'
 */
export function blankQuotedSpeech(text: string, keepAt: number): string {
  let out = text;
  for (const { start, end } of quotedSpans(text)) {
    if (start <= keepAt && keepAt < end) continue;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
