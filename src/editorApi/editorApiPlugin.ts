import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { z } from 'zod/mini';
import {
  CheckRequest,
  editorApiBase,
  editorEntry,
  editorTokenMeta,
  PassageRequest,
  WriteRequest,
} from '../model/editorApi.ts';
import { buildStory } from './buildStory.ts';
import { dataFilePath } from './dataFilePath.ts';
import { describePassage } from './describePassage.ts';
import { refusalStatus, type EditorRefusal } from './EditorRefusal.ts';
import { formatRefusal } from './formatRefusal.ts';
import { guardRequest } from './guardRequest.ts';
import { readEditorSession } from './readEditorSession.ts';
import { writeDataFile } from './writeDataFile.ts';

/** Larger than any story's events.json by far; a bigger body is refused before it is parsed. */
const bodyLimit = 8 * 1024 * 1024;

class Refused extends Error {
  constructor(readonly refusal: EditorRefusal) {
    super(refusal.code);
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody<T>(request: IncomingMessage, schema: z.ZodMiniType<T>): Promise<T> {
  if (!(header(request, 'content-type') ?? '').startsWith('application/json')) {
    throw new Refused({ code: 'bad-request', reason: 'expected Content-Type application/json' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > bodyLimit) throw new Refused({ code: 'too-large', limit: bodyLimit });
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new Refused({ code: 'bad-request', reason: String(error) });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Refused({
      code: 'bad-request',
      reason: parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    });
  }
  return parsed.data;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, refusal: EditorRefusal): void {
  send(response, refusalStatus(refusal), { code: refusal.code, message: formatRefusal(refusal) });
}

function expectMethod(request: IncomingMessage, allowed: string): void {
  if (request.method !== allowed) {
    throw new Refused({ code: 'bad-method', method: request.method ?? '?', allowed });
  }
}

/**
 * The editor, in the dev server only (`apply: 'serve'`): the page's entry becomes the editor's,
 * which carries a per-session token, and a small API under `editorApiBase` reads the story and
 * writes its data/events.json and data/story.json through the checks of `npm run data`. Nothing
 * of it reaches `vite build`.
 */
export function editorApiPlugin(options: { story: string }): Plugin {
  const token = randomBytes(32).toString('base64url');
  let root = process.cwd();
  const storyRoot = () => resolve(root, options.story);

  async function answer(request: IncomingMessage, response: ServerResponse, path: string) {
    const refusal = guardRequest(
      {
        method: request.method ?? 'GET',
        remoteAddress: request.socket.remoteAddress,
        host: header(request, 'host'),
        origin: header(request, 'origin'),
        fetchSite: header(request, 'sec-fetch-site'),
        token: header(request, 'x-sourceline-token'),
      },
      token,
    );
    if (refusal) throw new Refused(refusal);
    switch (path) {
      case '/session':
        expectMethod(request, 'GET');
        return send(response, 200, readEditorSession(storyRoot(), options.story));
      case '/write': {
        expectMethod(request, 'POST');
        const body = await readBody(request, WriteRequest);
        const written = await writeDataFile(storyRoot(), body, join(root, 'data', 'events.json'));
        if (!written.ok) throw new Refused(written.refusal);
        return send(response, 200, readEditorSession(storyRoot(), options.story));
      }
      case '/check': {
        expectMethod(request, 'POST');
        const body = await readBody(request, CheckRequest);
        const target = dataFilePath(storyRoot(), body.file);
        if (!target.ok) throw new Refused(target.refusal);
        return send(response, 200, buildStory(storyRoot(), { name: target.name, json: body.json }));
      }
      case '/passage': {
        expectMethod(request, 'POST');
        const body = await readBody(request, PassageRequest);
        const session = readEditorSession(storyRoot(), options.story);
        const source = session.build.ok
          ? session.build.dataset.sources.find((s) => s.id === body.source)
          : undefined;
        if (!source) throw new Refused({ code: 'unknown-source', source: body.source });
        const passage = describePassage(
          source.id,
          source.text,
          body,
          session.dateWords[source.id] ?? [],
        );
        if (!passage.ok) throw new Refused(passage.refusal);
        return send(response, 200, passage.passage);
      }
      default:
        throw new Refused({ code: 'unknown-endpoint', path });
    }
  }

  return {
    name: 'sourceline-editor-api',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    config() {
      // The page carries the session token: no other origin may read it, or anything else the
      // dev server answers (Vite's default lets any localhost origin read).
      return { server: { cors: false } };
    },
    configureServer(server) {
      const handle = (request: IncomingMessage, response: ServerResponse) => {
        const path = (request.url ?? '/').split('?')[0]!;
        answer(request, response, path).catch((error: unknown) => {
          if (error instanceof Refused) refuse(response, error.refusal);
          else send(response, 500, { code: 'internal', message: String(error) });
        });
      };
      // First in the stack, before any middleware of Vite's: a cross-origin preflight (OPTIONS)
      // gets a refusal with no CORS header, so the browser never sends the request itself.
      server.middlewares.stack.unshift({ route: editorApiBase, handle });
    },
    transformIndexHtml(html) {
      const entry = 'src/app/main.tsx';
      if (!html.includes(entry)) throw new Error(`editor: expected ${entry} in index.html`);
      const meta = `<meta name="${editorTokenMeta}" content="${token}" />`;
      return html.replace(entry, editorEntry).replace('</head>', `  ${meta}\n  </head>`);
    },
  };
}
