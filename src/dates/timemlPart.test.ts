import { describe, expect, it } from 'vitest';
import { timemlPartFiles } from './timemlPart.ts';

const names = Array.from({ length: 12 }, (_, i) => `doc${String(i).padStart(2, '0')}.tml`);

describe('timemlPartFiles', () => {
  it('holds out every fifth file of the sorted folder', () => {
    expect(timemlPartFiles([...names].reverse(), 'heldout')).toEqual(['doc04.tml', 'doc09.tml']);
  });

  it('tunes on the other files and ignores what is not .tml', () => {
    const tune = timemlPartFiles([...names, 'README.md'], 'tune');
    expect(tune).toHaveLength(10);
    expect(tune).not.toContain('doc04.tml');
    expect(tune).not.toContain('README.md');
  });

  it('reads every file for the part all', () => {
    expect(timemlPartFiles(names, 'all')).toEqual(names);
  });
});
