import type { Story } from '../model/story.ts';
import { escapeHtml } from '../model/escapeHtml.ts';

/**
 * The head tags a page and its social cards take from the story: `<title>`, the description and
 * their Open Graph and Twitter twins. Escaped, one tag a line.
 */
export function storyMeta(story: Pick<Story, 'title' | 'description'>): string {
  const title = escapeHtml(story.title);
  const description = escapeHtml(story.description);
  // A story without a description yet (a fresh `npm run new`) gets no empty description tags.
  const described = description !== '';
  return [
    `<title>${title}</title>`,
    described && `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${title}" />`,
    described && `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    described && `<meta name="twitter:description" content="${description}" />`,
  ]
    .filter(Boolean)
    .join('\n');
}
