import { HAPPENING } from './eventFacedOver.ts';
import { SINCE_BETWEEN } from './progressiveArrangement.ts';

// The participles of a thing arranged for a time to come: a record or book put out, a building
// or road worked on, a show put on or filmed, a thing sold off or named anew.
const ARRANGED_PARTICIPLES = [
  'reissued|released|published|launched|relaunched|unveiled|staged|screened|broadcast|aired',
  'demolished|refurbished|renovated|rebuilt|closed|reopened|opened|renamed|rebranded|auctioned',
  'filmed|held|hosted|introduced|replaced|phased\\s+out|rolled\\s+out',
].join('|');

// What a person is held in or for: "is being held in custody", "held on suspicion", "held
// responsible for the crash on Sunday" tell of now and a day gone by, no arrangement.
const HELD_NOT_ARRANGED = String.raw`(?<!\bheld)|(?<=\bheld)(?!\s+(?:in\s+custody|on\s+(?:suspicion|remand|bail)|over|responsible|captive|hostage|without|for\s+questioning)\b)`;

// A happening between the verb and the date: "Vigils are being held for the victims of the attack
// on Friday", "The warehouse is being filmed for a documentary about the fire in June": the date
// is the happening's, gone by, not the arrangement's.
const HAPPENING_BETWEEN = String.raw`(?![^.;!?]*\b(?:${HAPPENING})s?\b)`;
// A cause between the verb and the date: "The interview is being aired in full because of the
// outcry on Sunday": the date is the cause's, gone by.
const CAUSE_BETWEEN = String.raw`(?![^.;!?]*\b(?:because\s+of|in\s+response\s+to|in\s+the\s+wake\s+of|amid)\b)`;

/**
 * A present progressive passive of an arrangement: "The album is being reissued in November",
 * said in October, is this November (`2026-11`), and "The bridge is being closed on Friday for
 * repairs" the coming Friday, as "The band is playing Glasgow in November" is. The participle
 * looks like a past ("reissued", "closed"), so the month or day was read by it as one gone by.
 * A regular expression's source matching "being" and the participle (the "is" or "are" a
 * lookbehind), to stand among the present verbs of scheduling.
 *
 * Only participles of a thing put out, built, shown, sold or named: "The man is being treated
 * after a crash on Friday" and "The firm is being sued over a leak in June" keep the day and
 * month gone by, and so do a person held ("is being held in custody", "held responsible"), an
 * "after", "following" or "since" between ("The road is being closed after a crash on Monday"),
 * a happening between ("Vigils are being held for the victims of the attack on Friday") and a
 * cause between ("because of", "in response to", "in the wake of", "amid": "The interview is being
 * aired in full because of the outcry on Sunday").
 * "was" or "were" before "being" tell a past.
 *
 * @example new RegExp(PROGRESSIVE_PASSIVE_ARRANGEMENT, 'i').test('is being reissued') // true
 */
export const PROGRESSIVE_PASSIVE_ARRANGEMENT = String.raw`(?<=\b(?:is|are)\s+(?:(?:also|now|\w+ly)\s+)?)being\s+(?:${ARRANGED_PARTICIPLES})(?:${HELD_NOT_ARRANGED})${SINCE_BETWEEN}${HAPPENING_BETWEEN}${CAUSE_BETWEEN}`;
