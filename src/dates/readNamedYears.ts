import { claimedWords } from './claimedWords.ts';
import type { Pass } from './Reading.ts';

// The names of programmes and bodies that carry a year as a label: "the President's Council on
// Year 2000 Conversion", "the Year 2000 council", "the Year 2000 computer problem", "Agenda 2000,
// the farm reform plan". "Year" is capitalised inside a sentence (a name's word, not "in the year
// 2000") and the year is followed on the same line by a capitalised word of the name ("Year 2000
// Conversion") or by the noun it labels ("Year 2000 council", "Year 2000 problem", a company's
// "Year 2000 plan" or "Year 2000 strategy", its name for a plan). Not any word:
// "ready for the Year 2000 and beyond", "by the Year 2000 at the latest", "welcome the Year 2000
// began" are the year itself. "Agenda", "Vision" and "Horizon" are capitalised and right before the
// year ("Malaysia's Vision 2020 plan", "the European Space Agency's Horizon 2000 programme").
const LABELLED = String.raw`(?:[A-Z]|(?:computer\s+)?(?:problems?|bugs?|glitch(?:es)?|council|committee|commission|task\s+force|office|coordinator|czar|program(?:me)?s?|project|crisis|issues?|compliance|compliant|readiness|preparedness|conversion|remediation|failures?|experts?)\b)`;
// A company's "Year 2000 plan" or "Year 2000 strategy", its name for a plan; not after a time's
// preposition and "the" ("by the Year 2000 plans for the airport will be complete", or opening
// the sentence, "By the Year 2000 plans call for…"), the year itself with the plans the sentence's
// subject.
const PLAN_LABEL = String.raw`(?<!\b(?:[Bb]y|[Ii]n|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Tt]oward|[Tt]owards|[Tt]hrough|[Ss]ince|[Ff]rom)\s+the\s+)\bYear\s+(?:19|20)\d{2}(?=[ \t]+(?:plans?|strateg(?:y|ies))\b)`;
const YEAR_AS_LABEL = String.raw`(?<![.!?:\n"“]\s*|^\s*)(?:\bYear\s+(?:19|20)\d{2}(?=[ \t]+${LABELLED})|${PLAN_LABEL})`;
const AGENDA_YEAR = String.raw`\b(?:Agenda|Vision|Horizon)\s+(?:19|20)\d{2}\b(?![\d,.]\d|[-–/]\d)`;
const NAMED_YEAR = new RegExp(`${YEAR_AS_LABEL}|${AGENDA_YEAR}`, 'g');

/**
 * "John Koskinen, who heads the Year 2000 council, said Tuesday…", "EU leaders are still arguing
 * over Agenda 2000", "Malaysia's Vision 2020 plan calls for…": the year in a programme's or a
 * body's name is no date, in either reading, so its words are claimed and give no mention. Not
 * "the year 2000" in lower case, nor "Year 2000"
 * opening a sentence or ending a clause ("plans for the Year 2000.").
 */
export const readNamedYears: Pass = (text) =>
  [...text.matchAll(NAMED_YEAR)].map((m) => claimedWords(m.index, m.index + m[0].length));
