import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod/mini';
import { EventRecords, type EventRecord } from '../model/eventRecord.ts';
import { decodeUtf8 } from '../dataset/decodeUtf8.ts';
import { readJsonFile } from '../dataset/readJsonFile.ts';
import { zodProblems } from '../dataset/zodProblems.ts';
import { resolveKinds } from '../model/resolveKinds.ts';
import { SourceRecord } from '../model/source.ts';
import { StoryRecord } from '../model/story.ts';
import type { DraftArticle } from './DraftArticle.ts';
import type { DraftNotice, DraftProblem } from './DraftProblem.ts';
import { DraftFailure } from './DraftProblem.ts';
import type { KindChoice } from './kindFromWords.ts';
import { readDateline } from './readDateline.ts';

/** What draft needs of a story folder, read and checked. */
export type DraftInputs = {
  articles: DraftArticle[];
  kinds: KindChoice[];
  /** The editor's events (no `draft: true`), exactly as written, and as parsed. */
  editorEvents: { raw: unknown[]; parsed: EventRecord[] };
  /** data/sources.json as it stands, plus a record for each article dated from its dateline. */
  sources: Record<string, unknown>;
  datelined: string[];
  notices: DraftNotice[];
};

function decode(bytes: Buffer, file: string, problems: DraftProblem[]): string | undefined {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  const { badByte: byte, line, column } = decoded;
  problems.push({ code: 'not-utf8', file, byte, line, column });
  return undefined;
}

function readJson(dir: string, file: string, fallback: unknown, problems: DraftProblem[]): unknown {
  if (!existsSync(join(dir, file))) return fallback;
  const read = readJsonFile(dir, file);
  if ('json' in read) return read.json;
  // Worded as the data build words it, line and column included.
  problems.push({ code: 'invalid-data-file', problem: read.problem });
  return undefined;
}

/** zod's issues as the data build words them, so draft and data speak alike. */
function schemaProblems(
  file: string,
  json: unknown,
  error: z.core.$ZodError,
  record: string | ((key: PropertyKey) => string),
): DraftProblem[] {
  return zodProblems(error, file, json, record).map((problem) => ({
    code: 'invalid-data-file',
    problem,
  }));
}

/**
 * Reads a story folder for drafting and checks everything before anything is drafted: every
 * problem is collected and thrown together as a DraftFailure, so nothing is written when any
 * input is wrong. An article without a record in data/sources.json is dated from its dateline.
 */
export function readStoryFolder(dir: string, thisYear: number): DraftInputs {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DraftFailure([{ code: 'missing-story', file: dir }]);
  }
  const problems: DraftProblem[] = [];
  const notices: DraftNotice[] = [];
  const seedsDir = join(dir, 'seeds');
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    throw new DraftFailure([{ code: 'no-seeds-folder', file: join(dir, 'seeds') }]);
  }
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new DraftFailure([{ code: 'no-articles', file: 'seeds/' }]);

  const sourcesJson = readJson(dir, 'data/sources.json', {}, problems);
  const isObject =
    sourcesJson !== null && typeof sourcesJson === 'object' && !Array.isArray(sourcesJson);
  const sources: Record<string, unknown> = isObject
    ? { ...(sourcesJson as Record<string, unknown>) }
    : {};
  if (sourcesJson !== undefined && !isObject) {
    problems.push({ code: 'not-an-object', file: 'data/sources.json' });
  }

  const articles: DraftArticle[] = [];
  const datelined: string[] = [];
  for (const name of files) {
    const file = `seeds/${name}`;
    const id = name.slice(0, -'.txt'.length);
    const text = decode(readFileSync(join(seedsDir, name)), file, problems);
    if (text === undefined) continue;
    if (text.trim() === '') {
      problems.push({ code: 'empty-article', file });
      continue;
    }
    const record = sources[id];
    if (record === undefined) {
      const dateline = readDateline(text, thisYear);
      if (!dateline.found) {
        problems.push({
          code: 'needs-date',
          file,
          record: id,
          reason: dateline.reason,
          ...(dateline.line ? { dateline: dateline.line } : {}),
        });
        continue;
      }
      sources[id] = {
        outlet: null,
        byline: null,
        credits: [],
        locale: 'en-US',
        published: { date: dateline.date, reasoning: dateline.reasoning },
      };
      datelined.push(id);
      notices.push({
        code: 'dateline-read',
        file,
        record: id,
        date: dateline.date,
        dateline: dateline.reasoning[0]!.replace(/^Read from the dateline “|”\.$/g, ''),
      });
      articles.push({ id, text, published: dateline.date, locale: 'en-US' });
      continue;
    }
    const parsed = SourceRecord.safeParse(record);
    if (!parsed.success) {
      problems.push(
        ...schemaProblems('data/sources.json', record, parsed.error, `article "${id}"`),
      );
      continue;
    }
    articles.push({
      id,
      text,
      published: parsed.data.published.date,
      locale: parsed.data.locale ?? 'en-US',
    });
  }

  const storyJson = readJson(dir, 'data/story.json', { title: 'Untitled story' }, problems);
  let kinds: KindChoice[] = resolveKinds(undefined);
  if (storyJson !== undefined) {
    const parsed = StoryRecord.safeParse(storyJson);
    if (!parsed.success)
      problems.push(...schemaProblems('data/story.json', storyJson, parsed.error, 'story'));
    else kinds = resolveKinds(parsed.data.kinds);
  }

  const eventsJson = readJson(dir, 'data/events.json', [], problems);
  const editorEvents: DraftInputs['editorEvents'] = { raw: [], parsed: [] };
  if (eventsJson !== undefined) {
    const parsed = EventRecords.safeParse(eventsJson);
    if (!parsed.success)
      problems.push(
        ...schemaProblems(
          'data/events.json',
          eventsJson,
          parsed.error,
          (i) => `event ${String(i)}`,
        ),
      );
    else {
      // Kept as written, so rewriting the file never adds defaults to an editor's event.
      const raw = eventsJson as unknown[];
      parsed.data.forEach((event, i) => {
        if ((raw[i] as { draft?: unknown }).draft === true) return;
        editorEvents.raw.push(raw[i]);
        editorEvents.parsed.push(event);
      });
    }
  }

  if (problems.length > 0) throw new DraftFailure(problems);
  return { articles, kinds, editorEvents, sources, datelined, notices };
}
