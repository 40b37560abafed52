import type { Locale } from '../model/temporal.ts';
import { isCalendarDate } from './calendarDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';

export type DatesCommand =
  { mode: 'file'; file: string; published: string; locale: Locale } | { mode: 'jsonl' };

/**
 * `dates FILE --published YYYY-MM-DD [--locale en-US|en-GB]` or `dates --jsonl`; FILE may be `-`
 * for stdin. Throws a DateResolutionError naming what was expected and what was found.
 */
export function parseDatesArgs(argv: readonly string[]): DatesCommand {
  let file: string | undefined;
  let published: string | undefined;
  let locale: string = 'en-US';
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string?])
      : [arg];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new DateResolutionError({ code: 'missing-value', option: flag });
      return v;
    };
    if (flag === '--published') published = value();
    else if (flag === '--locale') locale = value();
    else if (flag === '--jsonl' && inline === undefined) jsonl = true;
    else if (arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) throw new DateResolutionError({ code: 'extra-argument', found: arg });
      file = arg;
    } else throw new DateResolutionError({ code: 'unknown-option', found: arg });
  }
  if (jsonl) {
    if (file !== undefined) throw new DateResolutionError({ code: 'extra-argument', found: file });
    return { mode: 'jsonl' };
  }
  if (file === undefined) throw new DateResolutionError({ code: 'missing-input' });
  if (published === undefined) throw new DateResolutionError({ code: 'missing-published' });
  if (!isCalendarDate(published)) {
    throw new DateResolutionError({ code: 'invalid-date', what: '--published', found: published });
  }
  if (locale !== 'en-US' && locale !== 'en-GB')
    throw new DateResolutionError({ code: 'invalid-locale', found: locale });
  return { mode: 'file', file, published, locale };
}
