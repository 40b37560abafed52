import type { Locale } from '../model/temporal.ts';
import { isCalendarDate } from './calendarDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';

export type DatesCommand =
  | { mode: 'file'; file: string; published: string; locale: Locale }
  | { mode: 'jsonl'; file: string }
  | { mode: 'timeml'; file: string; locale: Locale; jsonl: boolean };

/**
 * `dates FILE --published YYYY-MM-DD [--locale en-US|en-GB]`, `dates --jsonl [FILE]` or
 * `dates FILE.tml --timeml [--jsonl]` (a TimeML document, its DCT the publication date); FILE may
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
  let timeml = false;
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
    } else if (flag === '--timeml' && inline === undefined) {
      if (timeml) throw new DateResolutionError({ code: 'repeated-option', option: flag });
      timeml = true;
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) throw new DateResolutionError({ code: 'extra-argument', found: arg });
      file = arg;
    } else throw new DateResolutionError({ code: 'unknown-option', found: arg });
  }
  if (timeml) {
    // The DCT of the document is its publication date.
    if (published !== undefined)
      throw new DateResolutionError({ code: 'timeml-option', option: '--published' });
    if (file === undefined) throw new DateResolutionError({ code: 'missing-input' });
    return { mode: 'timeml', file, locale: readLocale(locale), jsonl };
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
  return { mode: 'file', file, published, locale: readLocale(locale) };
}

function readLocale(locale = 'en-US'): Locale {
  if (locale !== 'en-US' && locale !== 'en-GB')
    throw new DateResolutionError({ code: 'invalid-locale', found: locale });
  return locale;
}
