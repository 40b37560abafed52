// "much of the week", "most of the month", "the bulk of the year": the period itself, as "much of
// the weekend" is. Only after a share that spans most of the period (not "part of the week", which
// a thing may belong to), and not a period that another word goes on to name or place ("most of the
// year's profit", "much of the month of March", "most of the year before", "the bulk of the year
// ended June 30", "much of the week-long festival").
export const SHARE_OF_PERIOD_SOURCE = String.raw`(?<=\b(?:much|most|the\s+bulk)\s+of )the\s+(?=(?:week|month|year)\b(?!\s+(?:(?:ended|ending|to|before|after|earlier|later|ago|of|when|that)\b|\d)|['’-]))`;
