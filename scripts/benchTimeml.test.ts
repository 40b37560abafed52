import { describe, expect, it } from 'vitest';
import { parseTimemlBenchArgs } from './benchTimeml.ts';

describe('parseTimemlBenchArgs', () => {
  it('reads several folders, a part and --misses', () => {
    expect(
      parseTimemlBenchArgs(['--timeml', 'a', '--timeml', 'b', '--part', 'tune', '--misses']),
    ).toEqual({
      dirs: ['a', 'b'],
      part: 'tune',
      misses: true,
      conventions: false,
    });
  });

  it('reads --conventions', () => {
    expect(parseTimemlBenchArgs(['--timeml', 'a', '--conventions'])).toMatchObject({
      conventions: true,
    });
  });

  it('scores every file when no part is given', () => {
    expect(parseTimemlBenchArgs(['--timeml', 'a'])).toMatchObject({ part: 'all' });
  });

  it('says what was expected for a part it does not know', () => {
    expect(parseTimemlBenchArgs(['--timeml', 'a', '--part', 'test'])).toBe(
      'expected --part tune, heldout or all, found "test"',
    );
  });

  it('says what was expected when --timeml has no folder', () => {
    expect(parseTimemlBenchArgs(['--timeml'])).toBe(
      'expected a folder of .tml files after --timeml, found nothing',
    );
  });
});
