import { REPORTING_VERBS } from './reportingVerbs.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// Words fronted before a comma, a quotation, and a past verb of saying with its speaker before or
// after it: '…, "we will rebuild," the mayor said', '…, ``We are ready,'' said the minister'.
const QUOTE_THEN_SAID = new RegExp(
  `^([^"“”.!?;]{0,80}?),\\s*(?:["“]|\`\`)[^"“”]*?(?:["”]|'')\\s*` +
    `(?:[\\w.'’-]+\\s+){0,5}?(?:${REPORTING_VERBS.join('|')})\\b`,
  'i',
);
// An event told in the present after its subject ("after the deal closes", "after the repairs
// begin"): one still to come, whose count the quotation's own future may hold.
export const EVENT_TO_COME =
  /\b(?!(?:the|a|an|its|his|her|their|our|this|that)\b)[a-z]+\s+(?:is|are|will|begins?|starts?|ends?|closes?|opens?|reopens?|takes?|comes?|arrives?|finish(?:es)?|completes?|happens?|expires?|pass(?:es)?|wins?|leaves?|returns?|resumes?|launch(?:es)?|signs?|goes|go|gets?)\b/i;
// Only quotation marks or brackets may stand before the count in its sentence.
const OPENS_SENTENCE = /^["“‘'`(\s]*$/;

/**
 * Whether the words `start`–`end`, fronted to open their sentence, are followed by a quotation
 * told by a past verb of saying ('Three months after the flood, "we will rebuild," the mayor
 * said'): the words date the saying, which is past, whatever the tense inside the quotation. Not
 * when the count stands later in the sentence ('The bridge will reopen two weeks after the repairs
 * begin, "barring bad weather," the engineer said') or runs from an event still to come ('Six
 * months after the deal closes, "we will cut about 500 jobs," …').
 */
export function saidAfterQuote(text: string, start: number, end: number): boolean {
  if (!OPENS_SENTENCE.test(text.slice(sentenceStartAt(text, start), start))) return false;
  const m = QUOTE_THEN_SAID.exec(text.slice(end));
  return m !== null && !EVENT_TO_COME.test(m[1]!);
}

/**
 * Whether the words `start`–`end` open their sentence and run from an event told in the present,
 * still to come, before the comma ("Six months after the deal closes, …").
 */
export function frontedEventToCome(text: string, start: number, end: number): boolean {
  if (!OPENS_SENTENCE.test(text.slice(sentenceStartAt(text, start), start))) return false;
  const fronted = /^([^,;.!?"“”]{0,80}),/.exec(text.slice(end));
  return fronted !== null && EVENT_TO_COME.test(fronted[1]!);
}
