import { describe, expect, it } from 'vitest';
import { deepLinkFromParent } from './deepLinkFromParent.ts';

const search = (parentUrl: string) => `?childId=t&parentUrl=${encodeURIComponent(parentUrl)}`;

describe('deepLinkFromParent', () => {
  it('adopts the event hash of the host page pym passed as parentUrl', () => {
    expect(deepLinkFromParent(search('https://news.example/a#event=witkoff-meets-putin'), '')).toBe(
      '#event=witkoff-meets-putin',
    );
  });

  it("keeps the iframe's own event hash when it has one", () => {
    expect(
      deepLinkFromParent(
        search('https://news.example/a#event=other'),
        '#event=witkoff-meets-putin',
      ),
    ).toBeNull();
  });

  it('ignores host hashes that are not event links', () => {
    expect(deepLinkFromParent(search('https://news.example/a#comments'), '')).toBeNull();
    expect(deepLinkFromParent(search('https://news.example/a#event=<x>'), '')).toBeNull();
    expect(deepLinkFromParent('?childId=t', '')).toBeNull();
  });
});
