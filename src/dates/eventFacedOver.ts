import { DEED_AFTER_ARTICLE } from './deedAfterArticle.ts';

// What someone "faces" over a deed gone by names the deed's day, not a schedule: "The driver faces
// charges over a crash on Friday", "A man faces a murder charge over a shooting on Saturday", "The
// striker faces a ban after a red card on Saturday" (said on a Sunday: the Friday and the Saturday
// gone by). "faces" stays a present verb of schedule before its own date ("The minister faces MPs
// on Tuesday", "The suspect faces a hearing on Monday over the attack"), and before a cause that is
// no happening ("The prime minister faces questions over the scandal on Wednesday").
// Not a bout, a party or a celebration, staged ahead as often as gone by ("faces a rematch for the
// title fight on Saturday", "faces fans for its farewell party on Friday").
export const HAPPENING = [
  'crash|collision|accident|derailment|shooting|stabbing|killing|death|attack|assault|raid',
  'robbery|theft|fire|blaze|explosion|blast|spill|leak|breach|hack|outage|recall|incident',
  'brawl|riot|clash|melee|scuffle|protest|chase|tackle|foul|card|remarks|comments|post',
  'tweet|outburst|speech|interview|rant|video|crush|collapse|stampede',
].join('|');
const CAUSE = '(?:over|after|following|about|for)';
const OWNER = '(?:a|an|the|his|her|its|their|this|that|last)';
const WORD = "[\\w'’-]+";
// The words after "faces" up to the date: its object, the cause, at most two words before the
// happening (or any deed brought in by "after a"/"following an"), and a short phrase of where or
// to whom after it ("to reporters", "at a nightclub"). The object may hold a sum ("a bill of £2m").
export const EVENT_FACED_OVER = [
  `(?:\\s+\\S+){1,6}?\\s+(?:${CAUSE}\\s+(?:${OWNER}\\s+)?(?:${WORD}\\s+){0,2}?`,
  `(?:${HAPPENING})s?\\b|${DEED_AFTER_ARTICLE})`,
  `(?:\\s+(?:at|in|on|outside|near|to|involving|with|from|of)(?:\\s+${WORD}){1,4}?)?`,
  `(?:\\s+(?:on|in|at))?\\s*$`,
].join('');
