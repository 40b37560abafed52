import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./dates.ts', import.meta.url));
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });

// Each test starts node with tsx, which takes seconds when the suite runs in parallel.
describe('the dates command', { timeout: 30_000 }, () => {
  it('reads stdin and prints mentions', () => {
    const result = run(['-', '--published', '2025-08-06'], 'Russia has until Friday.');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([{ text: 'Friday', value: '2025-08-08' }]);
  });

  it('exits non-zero with a message for an impossible date', () => {
    const result = run(['-', '--published', '2025-02-30'], 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'expected --published as a real calendar date YYYY-MM-DD, found "2025-02-30"',
    );
  });

  it('names standard input that is not UTF-8', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, '-', '--published', '2025-08-06'],
      { input: Buffer.from([0x43, 0x61, 0x66, 0xe9]) },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toContain('cannot read standard input: expected UTF-8 text');
  });
});
