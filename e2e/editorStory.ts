import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The dev server the editor tests drive: E2E_PORT + 1, so it never meets the preview server. */
export const editorPort = Number(
  process.env.EDITOR_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4391) + 1,
);

/** The story folder that server edits, fixed by the port so the tests and the server agree. */
export const editorStory = join(tmpdir(), `sourceline-editor-e2e-${editorPort}`);
