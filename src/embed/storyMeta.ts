import type { Story } from '../model/dataset.ts';
import { escapeHtml } from '../model/escapeHtml.ts';

/**
 * The head tags a page and its social cards take from the story: `<title>`, the description and
 * their Open Graph and Twitter twins. Escaped, one tag a line.
 */
export function storyMeta(story: Story): string {
  const title = escapeHtml(story.title);
  const description = escapeHtml(story.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ].join('\n');
}
