import type { Mention } from '../model/mention.ts';

const ORDINAL_CENTURIES: Record<string, number> = {
  '16th': 16,
  sixteenth: 16,
  '17th': 17,
  seventeenth: 17,
  '18th': 18,
  eighteenth: 18,
  '19th': 19,
  nineteenth: 19,
  '20th': 20,
  twentieth: 20,
  '21st': 21,
  'twenty-first': 21,
};

interface Rule {
  pattern: RegExp;
  read: (m: RegExpMatchArray, year: number) => Pick<Mention, 'type' | 'value'> | undefined;
}

const RULES: Rule[] = [
  // "the year ended March 31", "the fiscal year ending June 30": a fiscal year as a span of a
  // year; the day that closes it is its own expression.
  {
    pattern: /\b(?:the|its)\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?end(?:ed|ing|s)\b)/gi,
    read: () => ({ type: 'DURATION', value: 'P1Y' }),
  },
  // "the 20th century", "the nineteenth century", "this century", "last century": the century as
  // ISO 8601 writes it, its first two digits ("19" for the 1900s).
  {
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(${Object.keys(ORDINAL_CENTURIES).join('|')})|(this|last|next)|the\\s+(?:current|last|previous|next))\\s+century\\b`,
      'gi',
    ),
    read: (m, year) => {
      const current = Math.floor(year / 100);
      if (m[1]) return { type: 'DATE', value: String(ORDINAL_CENTURIES[m[1].toLowerCase()]! - 1) };
      const which = (m[2] ?? /\b(\w+)\s+century$/i.exec(m[0])![1]!).toLowerCase();
      const shift = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
      return { type: 'DATE', value: String(current + shift) };
    },
  },
  // "current market conditions", "his current position": TimeML marks the adjective as the
  // present (PRESENT_REF), and "the then current price" as a past one. Not "current account",
  // an economic term, nor a current of water or electricity.
  {
    pattern:
      /\b(then\s+)?current(?!\s+(?:account|assets?|liabilit(?:y|ies)|ratio|fiscal|year|quarter|month|week|period)\b)(?=\s+[a-z])/gi,
    read: (m) => ({ type: 'DATE', value: m[1] ? 'PAST_REF' : 'PRESENT_REF' }),
  },
];

/**
 * Expressions TimeML marks that the news reading leaves alone, since they place no event on the
 * dataset's calendar (whose model has no centuries): a fiscal year as a span ("the year ended
 * March 31" `P1Y`), centuries ("the 20th century" `19`), and the adjective "current"
 * (`PRESENT_REF`).
 */
export function findTimemlOnlyMentions(text: string, published: string): Mention[] {
  const year = Number(published.slice(0, 4));
  const found: Mention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const read = rule.read(m, year);
      if (!read) continue;
      found.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        ...read,
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      });
    }
  }
  return found;
}
