/**
 * Serves test pages on 127.0.0.1 (a free port): /seed/ is the French sample article from ../shared,
 * /pages/<name> our own pages from test/pages. Everything else is 404, as on a closed network.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { OWN_PAGES, SEED_DIR } from './paths';

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** The seed page's path mirrors its real URL, so its links look like the site's own. */
export const SEED_PATH = '/monde/la-coree-du-nord-assure-son-soutien-a-la-russie-jusqua-la-victoire-48213/';

async function fileFor(pathname: string): Promise<string | null> {
  if (pathname === SEED_PATH || pathname === '/seed/') return join(SEED_DIR, 'source.html');
  if (pathname.startsWith('/pages/')) {
    const name = normalize(pathname.slice('/pages/'.length));
    if (name.includes('..') || name.startsWith('/')) return null;
    return join(OWN_PAGES, name);
  }
  return null;
}

export async function startServer(port = 0): Promise<PageServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = await fileFor(pathname);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
