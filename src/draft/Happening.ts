import type { DatedPassage, Passage } from './findPassages.ts';

/** One happening: the passages of every article that report it, the dated ones first. */
export type Happening = { dated: DatedPassage[]; undated: Passage[] };
