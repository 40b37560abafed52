// "left its rate unchanged on Thursday, at 0.25 percent", "closed on Friday at 12.50 points",
// "held on Monday at 5%": a number before a unit of figures (percent, points, basis points) is a
// rate or an index level, never a clock time, even after a word that introduces one ("at", "to",
// "by"). Blanked before chrono reads the text, so only the weekday is read.
export const FIGURE_NOT_CLOCK =
  /(?<![\d.,])\b\d{1,2}(?:\.\d+)?(?=\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|basis\s+points?\b|points?\b|pts?\b))/gi;
