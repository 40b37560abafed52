import type { z } from 'zod/mini';
import {
  BuildOutcome,
  editorApiBase,
  EditorSession,
  editorTokenMeta,
  Passage,
  Refusal,
  type CheckRequest,
  type PassageRequest,
  type WriteRequest,
} from '../../model/editorApi.ts';

/** The write API said no: its code and its message, as the server worded them. */
export class EditorRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = 'EditorRefused';
  }
}

export type EditorClient = ReturnType<typeof editorClient>;

/**
 * The dev server's editor API, as the page calls it: the session token from the page's meta tag
 * on every request, and every answer checked with the schema the server wrote it with.
 */
export function editorClient(doc: Document = document) {
  const token = doc.querySelector(`meta[name="${editorTokenMeta}"]`)?.getAttribute('content') ?? '';

  async function call<T>(path: string, schema: z.ZodMiniType<T>, body?: unknown): Promise<T> {
    const response = await fetch(`${editorApiBase}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'X-Sourceline-Token': token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const json: unknown = await response.json();
    if (!response.ok) {
      const refusal = Refusal.safeParse(json);
      throw new EditorRefused(
        refusal.success ? refusal.data : { code: 'http', message: `HTTP ${response.status}` },
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new EditorRefused({ code: 'schema', message: `unexpected answer from ${path}` });
    }
    return parsed.data;
  }

  return {
    session: () => call('/session', EditorSession),
    write: (request: WriteRequest) => call('/write', EditorSession, request),
    check: (request: CheckRequest) => call('/check', BuildOutcome, request),
    passage: (request: PassageRequest) => call('/passage', Passage, request),
  };
}
