// "daily life", "their daily lives", "the daily grind": "daily" as "everyday", the ordinary run of
// things, which names no day that recurs. "a daily briefing", "daily flights", "on a daily basis"
// are things done each day and stay sets. The news reading only: TimeML mode keeps the set, as the
// tuning part's AQUAINT files mark "daily" before such words.
const EVERYDAY_AFTER = /^\s+(?:life|lives|existence|grind|routines?|realit(?:y|ies))\b/i;

/** Whether the rate word at [start, end) is "daily" meaning everyday ("daily life"). */
export function isEverydayDaily(text: string, start: number, end: number): boolean {
  return /^daily$/i.test(text.slice(start, end)) && EVERYDAY_AFTER.test(text.slice(end, end + 20));
}
