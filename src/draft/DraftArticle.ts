import type { Locale } from '../model/temporal.ts';

/** An article as the drafter reads it: its id (the seed file name without `.txt`), text and date. */
export type DraftArticle = { id: string; text: string; published: string; locale: Locale };
