import { z } from 'zod/mini';
import { Dataset } from './dataset.ts';

/**
 * The messages of the editor's write API (dev server only). The server checks every request with
 * these schemas and the editor page checks every answer, as the build and the page share Dataset.
 */

/** A data file as the editor last saw it: its JSON, untouched, and the version it was read at. */
export const DataFileState = z.strictObject({
  /** sha256 of the file's bytes: a write based on any other version is refused. */
  version: z.string(),
  json: z.unknown(),
});
export type DataFileState = z.infer<typeof DataFileState>;

/** What the build made of the files: the dataset, or the build's own problem messages. */
export const BuildOutcome = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), dataset: Dataset, notices: z.array(z.string()) }),
  z.strictObject({ ok: z.literal(false), problems: z.array(z.string()) }),
]);
export type BuildOutcome = z.infer<typeof BuildOutcome>;

/** A date expression found in an article: its words and where they stand. */
export const DateWords = z.strictObject({
  text: z.string(),
  start: z.int(),
  end: z.int(),
});
export type DateWords = z.infer<typeof DateWords>;

/** Everything the editor page starts from, and what every accepted write answers with. */
export const EditorSession = z.strictObject({
  story: z.string(),
  events: DataFileState,
  storyFile: DataFileState,
  build: BuildOutcome,
  /** The date expressions of each article, by article id. */
  dateWords: z.record(z.string(), z.array(DateWords)),
});
export type EditorSession = z.infer<typeof EditorSession>;

/** Replace one data file (a name inside the story's data/ folder) with new JSON. */
export const WriteRequest = z.strictObject({
  file: z.string(),
  base: z.string(),
  json: z.unknown(),
});
export type WriteRequest = z.infer<typeof WriteRequest>;

/** Build proposed JSON for one data file without writing it (the date preview). */
export const CheckRequest = z.strictObject({
  file: z.string(),
  json: z.unknown(),
});
export type CheckRequest = z.infer<typeof CheckRequest>;

/** A passage selected in an article, by offsets into its text. */
export const PassageRequest = z.strictObject({
  source: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type PassageRequest = z.infer<typeof PassageRequest>;

/** A selected passage as evidence: the quote, the context that picks it, its date words. */
export const Passage = z.strictObject({
  source: z.string(),
  quote: z.string(),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
  /** Date expressions standing wholly inside the quote, offered as its `when`. */
  expressions: z.array(z.string()),
});
export type Passage = z.infer<typeof Passage>;

/** Why the API refused a request, as a code and the one message the page shows. */
export const Refusal = z.strictObject({
  code: z.string(),
  message: z.string(),
});
export type Refusal = z.infer<typeof Refusal>;

/** Where the dev server answers the editor. Only the editor's own chunk refers to it. */
export const editorApiBase = '/__sourceline/editor';

/** The page entry the dev server serves instead of the published one. */
export const editorEntry = 'src/app/editor/editorMain.tsx';

/** The `<meta name>` that hands the page its session token. */
export const editorTokenMeta = 'sourceline-editor-token';
