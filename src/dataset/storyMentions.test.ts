import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailure } from './BuildProblem.ts';
import { storyMentions } from './storyMentions.ts';

const projectRoot = join(import.meta.dirname, '../..');

describe('storyMentions', () => {
  it('reads every article of a story against its own publication date and locale', () => {
    const articles = storyMentions(projectRoot);
    expect(articles.map((a) => a.id)).toHaveLength(5);
    // 003 writes dates day first: its "6/8" is 6 August, read as en-GB from its record.
    const gb = articles.find((a) => a.id === '003_662f28003ec8c695')!;
    expect(gb.locale).toBe('en-GB');
    expect(gb.mentions.find((m) => m.text.includes('6/8'))?.value).toBe('2025-08-06');
  });

  it('reads one article when asked, and refuses an id the story does not have', () => {
    expect(storyMentions(projectRoot, '001_f6e0c220f98222b1').map((a) => a.id)).toEqual([
      '001_f6e0c220f98222b1',
    ]);
    expect(() => storyMentions(projectRoot, 'nope')).toThrow(BuildFailure);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => storyMentions(join(projectRoot, 'no-such-story'))).toThrow(BuildFailure);
  });
});
