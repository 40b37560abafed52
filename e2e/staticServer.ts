import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export type Served = { origin: string; url: string; close: () => Promise<void> };

/** A route answered from memory instead of from `dir`: path under the mount → [type, body]. */
export type Pages = Record<string, [type: string, body: string]>;

/**
 * Serves `dir` under the sub-folder `mount` (e.g. /news/2025/witkoff/) on 127.0.0.1 and a free
 * port, every response with `headers` (a Content-Security-Policy, say), as a newsroom's web
 * server would. Anything outside the mount is 404, so a root-absolute asset path fails.
 */
export async function serveStatic(options: {
  dir?: string;
  mount: string;
  headers?: Record<string, string>;
  pages?: Pages;
}): Promise<Served> {
  const { dir, mount, headers = {}, pages = {} } = options;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string) =>
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    if (!pathname.startsWith(mount)) return (send(404, 'text/plain'), response.end('not found'));
    const relative = pathname.slice(mount.length) || 'index.html';
    const page = pages[relative];
    if (page) return (send(200, page[0]), response.end(page[1]));
    if (dir === undefined) return (send(404, 'text/plain'), response.end('not found'));
    const file = path.join(dir, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      return (send(404, 'text/plain'), response.end('not found'));
    }
    send(200, types[path.extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${mount}`,
    // The page may still hold a connection with a request in flight (a font, a late fetch) when
    // the test is done with the server; close() alone would wait for it until the test times out.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
