// A happening introduced with "a" or "an" after "after" or "following" is a deed gone by, whatever
// its noun: "faces a fitness test after a knock on Saturday", "faces a scan after a heavy fall on
// Friday", "faces a fine following a pitch invasion on Saturday" (said on a Sunday: the days gone
// by). The indefinite article brings in a thing that happened; a thing staged ahead is named so
// too ("after a match on Saturday", "after a meeting on Friday", "after a long layoff"), so the nouns
// of staged events, of spans of time and of rest are left out, as are "over" (the date may belong
// to what is faced: "faces a vote over a bill on Tuesday") and "for" ("faces MPs for a debate").
const STAGED = [
  'match|game|fixture|final|semi-final|tie|derby|race|fight|bout|rematch|showdown|clash',
  'friendly|qualifier|play-off|playoff|lunch|dinner|breakfast|reception|banquet|gala',
  'party|celebration|ceremony|festival|concert|gig|show|premiere|parade|march|rally|service',
  'meeting|summit|hearing|trial|vote|ballot|debate|session|briefing|review|decision|deadline',
  'training|test|scan|check|assessment|operation|surgery|appointment|interview',
  'break|rest|holiday|layoff|lay-off|absence|hiatus|trip|visit|tour|flight|launch|opening|release|event',
  'day|night|week|weekend|fortnight|month|year|hour|morning|afternoon|evening|while|spell',
].join('|');
// Words that open a phrase of place or time, never the deed itself.
const PREPOSITION = 'on|in|at|to|from|with|by|near|outside|during|before|after|of|for|against';
const WORD = "[\\w'’-]+";
const FREE_WORD = `(?!(?:${STAGED}|${PREPOSITION})s?\\b)${WORD}`;

/** The source of "after/following a(n) …deed", at most two words before the deed's noun. */
export const DEED_AFTER_ARTICLE = `(?:after|following)\\s+an?\\s+(?:${FREE_WORD}\\s+){0,2}?${FREE_WORD}`;
