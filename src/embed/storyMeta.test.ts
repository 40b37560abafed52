import { describe, expect, it } from 'vitest';
import { storyMeta } from './storyMeta.ts';

const story = { title: 'Witkoff & Putin <meet>', description: 'Talks "highly productive".' };

describe('storyMeta', () => {
  it('draws the title, description, Open Graph and Twitter card tags from the story', () => {
    expect(storyMeta(story)).toMatchInlineSnapshot(`
      "<title>Witkoff &amp; Putin &lt;meet&gt;</title>
      <meta name="description" content="Talks &quot;highly productive&quot;." />
      <meta property="og:type" content="article" />
      <meta property="og:title" content="Witkoff &amp; Putin &lt;meet&gt;" />
      <meta property="og:description" content="Talks &quot;highly productive&quot;." />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content="Witkoff &amp; Putin &lt;meet&gt;" />
      <meta name="twitter:description" content="Talks &quot;highly productive&quot;." />"
    `);
  });

  it('leaves out the description tags while the story has no description', () => {
    const meta = storyMeta({ title: 'A new story', description: '' });
    expect(meta).toContain('<title>A new story</title>');
    expect(meta).not.toContain('description');
  });
});
