/**
 * A synthetic story folder of any size, for timing the page at scale: articles of plain dated
 * sentences (seeds/*.txt) and the events they report (data/events.json), each event quoted from
 * two articles, with the source and story records the build needs. Deterministic: the same count
 * always gives the same files.
 */
export interface SyntheticStory {
  /** Path inside the story folder → file content. */
  files: Record<string, string>;
  events: number;
  articles: number;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const kinds = [
  { id: 'meeting', label: 'Meeting', verb: 'met', title: 'meets' },
  { id: 'statement', label: 'Statement', verb: 'issued a statement', title: 'issues a statement' },
  { id: 'vote', label: 'Vote', verb: 'voted', title: 'votes' },
  { id: 'report', label: 'Report', verb: 'published a report', title: 'publishes a report' },
  { id: 'hearing', label: 'Hearing', verb: 'held a hearing', title: 'holds a hearing' },
] as const;
const bodies = ['council', 'committee', 'board', 'assembly', 'commission', 'panel', 'tribunal'];
const towns = ['Northfield', 'Eastbrook', 'Westmere', 'Southam', 'Kingsford', 'Ashby', 'Marlow'];
const people = ['Ada Byrne', 'Tomas Reyes', 'Mina Okafor', 'Lars Holm', 'Priya Nair', 'Jon Park'];
/** Events each article reports first; every article also reports the next article's events. */
const perArticle = 25;

/** A small linear congruential generator: enough to spread dates and names reproducibly. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

export function syntheticStory(count: number): SyntheticStory {
  const next = random(count);
  const articles = Math.max(2, Math.ceil(count / perArticle));
  const sentences: string[][] = Array.from({ length: articles }, () => []);
  const events = Array.from({ length: count }, (_, i) => {
    const kind = pick(kinds, next);
    const body = pick(bodies, next);
    const town = pick(towns, next);
    const person = pick(people, next);
    // Ten years of days, from January 2015.
    const day = new Date(Date.UTC(2015, 0, 1 + Math.floor(next() * 3650)));
    const when = `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const first = Math.floor(i / perArticle);
    const second = (first + articles - 1) % articles;
    const quote = `On ${when}, the ${town} ${body} ${kind.verb} on matter ${i + 1}.`;
    const echo = `${person} spoke for the ${town} ${body} about matter ${i + 1}.`;
    sentences[first]?.push(quote);
    sentences[second]?.push(echo);
    return {
      id: `matter-${i + 1}`,
      title: `${town} ${body} ${kind.title} on matter ${i + 1}`,
      summary: `The ${town} ${body} ${kind.verb} on matter ${i + 1}; ${person} spoke for it.`,
      kind: kind.id,
      status: 'happened',
      people: [person],
      places: [town],
      evidence: [
        { source: articleId(first), quote, when: { expression: when } },
        { source: articleId(second), quote: echo },
      ],
    };
  });
  const files: Record<string, string> = {};
  const sources: Record<string, unknown> = {};
  sentences.forEach((lines, a) => {
    files[`seeds/${articleId(a)}.txt`] = `${lines.join(' ')}\n`;
    sources[articleId(a)] = { published: { date: '2025-12-31' } };
  });
  files['data/sources.json'] = json(sources);
  files['data/story.json'] = json({
    title: `A synthetic story of ${count} events`,
    description: `${count} dated events from ${articles} articles of plain sentences, for timing the page at scale.`,
    kinds: kinds.map(({ id, label }) => ({ id, label })),
  });
  files['data/events.json'] = json(events);
  return { files, events: count, articles };
}

function articleId(index: number): string {
  return `article-${String(index + 1).padStart(4, '0')}`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
