import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../model/dataset.ts';
import { renderStaticStory } from './renderStaticStory.ts';

const fixture = Dataset.parse(
  JSON.parse(readFileSync(new URL('../../e2e/fixtures/timeline.json', import.meta.url), 'utf8')),
);

describe('renderStaticStory', () => {
  it('renders the fixture story exactly as the golden file', async () => {
    await expect(renderStaticStory(fixture)).toMatchFileSnapshot(
      './__golden__/staticStory.golden.html',
    );
  });

  it('escapes every piece of text, so no markup from the articles reaches the page', () => {
    const html = renderStaticStory(fixture);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Sanctions deadline &lt;Friday&gt;');
  });

  it('writes no style attribute, which a strict Content-Security-Policy would block', () => {
    expect(renderStaticStory(fixture)).not.toMatch(/\sstyle=/);
  });

  it('gives every event its title, its date in words and as a TIMEX value, and every quote', () => {
    const html = renderStaticStory(fixture);
    for (const event of fixture.events) {
      expect(html).toContain(`id="event=${event.id}"`);
      expect(html).toContain(`<code>${event.date.value}`);
    }
    expect(html).toContain('<time datetime="2025-08-06">Wed 6 Aug 2025</time>');
    expect(html).toContain('<time datetime="2022-02">February 2022</time>');
    expect(html.match(/<blockquote>/g)).toHaveLength(
      fixture.events.flatMap((event) => event.evidence).length,
    );
  });

  it('credits each quote to its article by outlet, or by file when the text names no outlet', () => {
    const html = renderStaticStory(fixture);
    expect(html).toContain('<cite>News.Az, published Wed 6 Aug 2025</cite></a>');
    expect(html).toContain('<cite>000_a.txt, published Thu 7 Aug 2025</cite></a>');
  });

  it('lists events in date order, earliest first', () => {
    const ids = [...renderStaticStory(fixture).matchAll(/id="event=([^"]+)"/g)].map(([, id]) => id);
    expect(ids).toEqual(['war-begins', 'witkoff-meets-putin', 'sanctions-deadline']);
  });
});
