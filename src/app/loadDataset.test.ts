import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from './loadDataset.ts';

// The smallest document loadDataset reads: one query for the embedded-data script.
function page(inline: string | null): Document {
  return {
    querySelector: () => (inline === null ? null : { textContent: inline }),
  } as unknown as Document;
}

const minimal = {
  version: 1,
  story: {
    title: 'A story',
    description: 'What it is about.',
    kinds: [{ id: 'meeting', label: 'Meeting', color: 'blue' }],
  },
  sources: [
    {
      id: 'a',
      file: 'seeds/a.txt',
      published: '2025-08-06',
      publishedLabel: 'Wed 6 Aug 2025',
      publishedReasoning: ['stated'],
      outlet: null,
      byline: null,
      credits: [],
      locale: 'en-US',
      text: 'Text.',
    },
  ],
  events: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('uses the data embedded in the page without fetching', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const dataset = await loadDataset(page(JSON.stringify(minimal)));
    expect(dataset.story.title).toBe('A story');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches ./timeline.json, a relative path, when nothing is embedded', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(minimal)));
    vi.stubGlobal('fetch', fetch);
    await loadDataset(page(null));
    expect(fetch).toHaveBeenCalledWith('./timeline.json');
  });

  it('names the path of each schema problem', async () => {
    const broken = { ...minimal, story: { title: '', description: 'x' } };
    await expect(loadDataset(page(JSON.stringify(broken)))).rejects.toThrow(/story\.title/);
  });

  it('says of each schema problem what was expected and what the data holds there', async () => {
    const broken = { ...minimal, version: 2, story: { ...minimal.story, title: '' } };
    await expect(loadDataset(page(JSON.stringify(broken)))).rejects.toThrow(
      [
        'The timeline data in the page’s embedded data does not match the schema (run `npm run data` again):',
        '  at version: expected one of 1, found 2',
        '  at story.title: expected at least 1 character, found ""',
      ].join('\n'),
    );
  });

  it('tells the journalist how to build a missing timeline.json', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadDataset(page(null))).rejects.toThrow(/HTTP 404.*npm run data/);
  });
});
