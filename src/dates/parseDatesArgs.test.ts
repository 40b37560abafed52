import { describe, expect, it } from 'vitest';
import { parseDatesArgs } from './parseDatesArgs.ts';

describe('parseDatesArgs', () => {
  it('reads a file, a publication date and a locale', () => {
    expect(parseDatesArgs(['a.txt', '--published', '2025-08-07', '--locale', 'en-GB'])).toEqual({
      mode: 'file',
      file: 'a.txt',
      published: '2025-08-07',
      locale: 'en-GB',
    });
  });

  it('accepts --option=value, - for stdin, and defaults to en-US', () => {
    expect(parseDatesArgs(['-', '--published=2025-08-06'])).toEqual({
      mode: 'file',
      file: '-',
      published: '2025-08-06',
      locale: 'en-US',
    });
  });

  it('reads --jsonl as batch mode', () => {
    expect(parseDatesArgs(['--jsonl'])).toEqual({ mode: 'jsonl', file: '-' });
  });

  it('reads --jsonl FILE as batch mode over that one file', () => {
    expect(parseDatesArgs(['--jsonl', 'lines.jsonl'])).toEqual({
      mode: 'jsonl',
      file: 'lines.jsonl',
    });
  });

  it('refuses --published with --jsonl instead of ignoring it', () => {
    expect(() =>
      parseDatesArgs(['--jsonl', '--published', '2025-08-06']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: --published does not apply with --jsonl: each line gives its own "published" and "locale"]`,
    );
  });

  it('refuses --locale with --jsonl instead of ignoring it', () => {
    expect(() => parseDatesArgs(['--locale', 'en-GB', '--jsonl'])).toThrow(
      /--locale does not apply with --jsonl/,
    );
  });

  it('refuses a repeated --published', () => {
    expect(() =>
      parseDatesArgs(['a.txt', '--published', '2025-08-06', '--published=2025-08-07']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected --published once, found it twice]`,
    );
  });

  it('refuses a second file after --jsonl FILE', () => {
    expect(() => parseDatesArgs(['--jsonl', 'a.jsonl', 'b.jsonl'])).toThrow(
      /found a second one: "b.jsonl"/,
    );
  });

  it('names an unknown option and lists the expected ones', () => {
    expect(() =>
      parseDatesArgs(['a.txt', '--publish', '2025-08-06']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: unknown option "--publish": expected FILE (or - for stdin), --published YYYY-MM-DD, --locale en-US|en-GB, --jsonl, or --timeml]`,
    );
  });

  it('names a date that does not exist', () => {
    expect(() =>
      parseDatesArgs(['a.txt', '--published', '2025-02-30']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected --published as a real calendar date YYYY-MM-DD, found "2025-02-30"]`,
    );
  });

  it('asks for --published when it is missing', () => {
    expect(() => parseDatesArgs(['a.txt'])).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected --published YYYY-MM-DD (the publication date that relative dates are read against), found none]`,
    );
  });

  it('asks for a file when there is none', () => {
    expect(() => parseDatesArgs(['--published', '2025-08-06'])).toThrow(
      /expected FILE \(or - for stdin\)/,
    );
  });

  it('names a locale it does not know', () => {
    expect(() =>
      parseDatesArgs(['a.txt', '--published', '2025-08-06', '--locale', 'fr-FR']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected --locale en-US or en-GB, found "fr-FR"]`,
    );
  });

  it('asks for a value after an option given last', () => {
    expect(() => parseDatesArgs(['a.txt', '--published'])).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected a value after --published, found nothing]`,
    );
  });

  it('refuses a second file', () => {
    expect(() => parseDatesArgs(['a.txt', 'b.txt', '--published', '2025-08-06'])).toThrow(
      /found a second one: "b.txt"/,
    );
  });
});

describe('parseDatesArgs --timeml', () => {
  it('reads a TimeML file, with --jsonl for JSON lines', () => {
    expect(parseDatesArgs(['a.tml', '--timeml'])).toEqual({
      mode: 'timeml',
      file: 'a.tml',
      locale: 'en-US',
      jsonl: false,
    });
    expect(parseDatesArgs(['--jsonl', '--timeml', 'a.tml'])).toMatchObject({ jsonl: true });
  });

  it('needs a file to read', () => {
    expect(() => parseDatesArgs(['--timeml'])).toThrow(/expected FILE/);
  });
});
