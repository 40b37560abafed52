import { MODALS } from './modals.ts';

/**
 * "The trial is expected to start on Monday and last three weeks", "The walkout will begin at
 * midnight and last 48 hours": "and" joining "last" to a verb after "to" or a modal in the same
 * clause makes it the verb of lasting too, as "to last" is. A regular expression's source, of the
 * words before "last" up to "and". Not "the first and last" ("to win the first and last two
 * races"), nor a comparison's "to" ("compared to March and last …"), nor across a comma
 * ("expected to rise, and last three months were strong").
 */
export const LAST_JOINED_TO_PLAN_LEAD = String.raw`(?<!\b(?:compared|relative|up)\s+)\b(?:to|${MODALS})\s+(?!last\b)[a-z]+\b[^.;:!?,]{0,80}?\band(?<!\bfirst\s+and)`;
