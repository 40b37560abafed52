/**
 * "At this hour, rescue crews are still searching", "breaking news at this hour", "As of this
 * hour, no one has claimed responsibility": the anchor's present, as "at the moment" is — a
 * broadcast's hour on the air, not a clock hour. Not an hour of another day or a kind of hour
 * ("at this hour last year", "at this hour tomorrow", "at this hour of the night", "at this hour
 * on Sunday"), which name a time of their own.
 */
export const AT_THIS_HOUR =
  /\b(?:at|as of) this hour\b(?!,?\s+(?:of|on|in|last|next|yesterday|tomorrow|today|tonight|a\s+(?:day|week|month|year)\s+(?:ago|earlier|later))\b)/gi;
