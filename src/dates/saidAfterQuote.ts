import { REPORTING_VERBS } from './tenseAround.ts';

// Words fronted before a comma, a quotation, and a past verb of saying with its speaker before or
// after it: '…, "we will rebuild," the mayor said', '…, ``We are ready,'' said the minister'.
const QUOTE_THEN_SAID = new RegExp(
  `^[^"“”.!?;]{0,80}?,\\s*(?:["“]|\`\`)[^"“”]*?(?:["”]|'')\\s*` +
    `(?:[\\w.'’-]+\\s+){0,5}?(?:${REPORTING_VERBS.join('|')})\\b`,
  'i',
);

/**
 * Whether the words fronted at `end` open a sentence that is a quotation told by a past verb of
 * saying ('Three months after the flood, "we will rebuild," the mayor said'): the words date the
 * saying, which is past, whatever the tense inside the quotation.
 */
export function saidAfterQuote(text: string, end: number): boolean {
  return QUOTE_THEN_SAID.test(text.slice(end));
}
