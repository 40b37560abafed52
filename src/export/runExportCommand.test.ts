import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { runExportCommand } from './runExportCommand.ts';

/** A project folder with `public/timeline.json` holding `content`, and a story folder beside it. */
function project(content: string) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'sourceline-export-'));
  for (const dir of [cwd, path.join(cwd, 'story')]) {
    mkdirSync(path.join(dir, 'public'), { recursive: true });
    writeFileSync(path.join(dir, 'public/timeline.json'), content);
  }
  return cwd;
}

function run(args: string[], cwd = project(JSON.stringify(hostileDataset()))) {
  let out = '';
  let err = '';
  const code = runExportCommand(args, {
    cwd,
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err: err.replaceAll(cwd, '<cwd>') };
}

describe('runExportCommand', () => {
  it('prints the format asked for, from the built dataset', () => {
    const { code, out, err } = run(['--format', 'csv']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(exportFormats.csv.render(hostileDataset()));
  });

  it("reads a story folder's own public/timeline.json with --story", () => {
    const cwd = project('{}');
    writeFileSync(path.join(cwd, 'story/public/timeline.json'), JSON.stringify(hostileDataset()));
    const { code, out } = run(['--format', 'timelinejs', '--story', 'story'], cwd);
    expect(code).toBe(0);
    expect(out).toBe(exportFormats.timelinejs.render(hostileDataset()));
  });

  it('refuses a format it does not know, naming the ones it does, with status 2', () => {
    expect(run(['--format', 'xml'])).toEqual({
      code: 2,
      out: '',
      err: 'export: expected --format to be one of timelinejs, csv, annotations, schema, found "xml"\n',
    });
  });

  it('asks for --format when there is none', () => {
    const { code, err } = run([]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^export: expected --format, one of timelinejs, csv, annotations, schema; found none\nUsage:/,
    );
  });

  it('says which command builds the dataset when there is none', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'sourceline-export-'));
    expect(run(['--format', 'csv', '--story', 'elsewhere'], cwd)).toEqual({
      code: 1,
      out: '',
      err: 'export: expected the built dataset at <cwd>/elsewhere/public/timeline.json, found no file (run `npm run data -- --story elsewhere` first)\n',
    });
  });

  it('says of a dataset that does not match the schema where each field is, what was expected and what was found', () => {
    const broken = hostileDataset() as unknown as Record<string, unknown>;
    broken.version = 2;
    delete broken.story;
    const cwd = project(JSON.stringify(broken));
    const { code, err } = run(['--format', 'csv', '--story', 'story'], cwd);
    expect(code).toBe(1);
    expect(err).toBe(
      [
        'export: <cwd>/story/public/timeline.json is not a timeline.json this version can read (run `npm run data -- --story story` again):',
        '✖ record does not match the data format',
        '  at <cwd>/story/public/timeline.json › version',
        '  expected: one of 1',
        '  found:    2',
        '✖ record does not match the data format',
        '  at <cwd>/story/public/timeline.json › story',
        '  expected: an object { … }',
        '  found:    nothing',
        '',
      ].join('\n'),
    );
  });

  it('names the file that is not JSON', () => {
    const { code, err } = run(['--format', 'csv'], project('{ not json'));
    expect(code).toBe(1);
    expect(err.split('\n').slice(0, 3)).toEqual([
      'export: <cwd>/public/timeline.json cannot be read (run `npm run data` again):',
      '✖ not valid JSON',
      '  at <cwd>/public/timeline.json',
    ]);
  });

  it('says on which line and column timeline.json stops being JSON, as the data build says it of a data file', () => {
    const { code, err } = run(['--format', 'csv'], project('{\n  "version": 1,,\n}\n'));
    expect(code).toBe(1);
    expect(err).toContain('  Look at line 2, column 16 of the file.\n');
  });

  it('still exports a dataset older than the data an editor changed since, and says so on stderr', () => {
    const cwd = project(JSON.stringify(hostileDataset()));
    mkdirSync(path.join(cwd, 'data'));
    mkdirSync(path.join(cwd, 'seeds'));
    writeFileSync(path.join(cwd, 'data/events.json'), '[]');
    writeFileSync(path.join(cwd, 'data/story.json'), '{}');
    writeFileSync(path.join(cwd, 'seeds/001.txt'), 'An article.');
    const built = new Date('2025-03-06T12:00:00Z');
    utimesSync(path.join(cwd, 'public/timeline.json'), built, built);
    utimesSync(path.join(cwd, 'data/story.json'), built, built);
    const later = new Date('2025-03-06T12:05:00Z');
    utimesSync(path.join(cwd, 'data/events.json'), later, later);
    utimesSync(path.join(cwd, 'seeds/001.txt'), later, later);

    const { code, out, err } = run(['--format', 'csv'], cwd);
    expect(code).toBe(0);
    expect(out).toBe(exportFormats.csv.render(hostileDataset()));
    expect(err).toBe(
      'export: note: <cwd>/public/timeline.json is older than seeds/001.txt, data/events.json; ' +
        'this export leaves out what changed there since (run `npm run data` to include it)\n',
    );
  });

  it('says nothing of a dataset built after every input', () => {
    const cwd = project(JSON.stringify(hostileDataset()));
    mkdirSync(path.join(cwd, 'data'));
    writeFileSync(path.join(cwd, 'data/events.json'), '[]');
    const before = new Date('2025-03-06T12:00:00Z');
    utimesSync(path.join(cwd, 'data/events.json'), before, before);
    const { code, err } = run(['--format', 'csv'], cwd);
    expect({ code, err }).toEqual({ code: 0, err: '' });
  });
});
