import type { Locale } from '../model/temporal.ts';
import { isCalendarDate } from './calendarDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';

export type DatesCommand =
  | { mode: 'file'; file: string; published: string; locale: Locale }
  | { mode: 'jsonl'; file: string };

/**
 * `dates FILE --published YYYY-MM-DD [--locale en-US|en-GB]` or `dates --jsonl [FILE]`; FILE may
 * be `-` for stdin, which is also what `--jsonl` reads when no FILE is given. Each option may be
 * given once; in `--jsonl` mode every line carries its own publication date and locale, so
 * `--published` and `--locale` are refused rather than silently ignored. Throws a
 * DateResolutionError naming what was expected and what was found.
 */
export function parseDatesArgs(argv: readonly string[]): DatesCommand {
  let file: string | undefined;
  let published: string | undefined;
  let locale: string | undefined;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string?])
      : [arg];
    const value = (seen: string | undefined): string => {
      if (seen !== undefined)
        throw new DateResolutionError({ code: 'repeated-option', option: flag });
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new DateResolutionError({ code: 'missing-value', option: flag });
      return v;
    };
    if (flag === '--published') published = value(published);
    else if (flag === '--locale') locale = value(locale);
    else if (flag === '--jsonl' && inline === undefined) {
      if (jsonl) throw new DateResolutionError({ code: 'repeated-option', option: flag });
      jsonl = true;
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) throw new DateResolutionError({ code: 'extra-argument', found: arg });
      file = arg;
    } else throw new DateResolutionError({ code: 'unknown-option', found: arg });
  }
  if (jsonl) {
    if (published !== undefined)
      throw new DateResolutionError({ code: 'jsonl-option', option: '--published' });
    if (locale !== undefined)
      throw new DateResolutionError({ code: 'jsonl-option', option: '--locale' });
    return { mode: 'jsonl', file: file ?? '-' };
  }
  if (file === undefined) throw new DateResolutionError({ code: 'missing-input' });
  if (published === undefined) throw new DateResolutionError({ code: 'missing-published' });
  if (!isCalendarDate(published)) {
    throw new DateResolutionError({ code: 'invalid-date', what: '--published', found: published });
  }
  locale ??= 'en-US';
  if (locale !== 'en-US' && locale !== 'en-GB')
    throw new DateResolutionError({ code: 'invalid-locale', found: locale });
  return { mode: 'file', file, published, locale };
}
