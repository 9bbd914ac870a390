/**
 * Serves test pages on 127.0.0.1 (a free port): /seed/ is the French sample article from ../shared,
 * /pages/<name> our own pages from test/pages, /csp/<name> the same pages under the strictest
 * Content-Security-Policy, /slow/<name> the same pages with their second half held back a while, /engine/lectern-engine.js the built engine module and
 * /engine/snapshot-extraction.js the snapshot extraction as bundled by the test that needs it (for running them in a page).
 * /photos/<any> a small PNG. /evil/<vector> is where hostile pages point what must never load or run:
 * every request there is recorded (`hits`). Everything else is 404, as on a closed network.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { OUT, OWN_PAGES, ROOT, SEED_DIR } from './paths';

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Paths requested under /evil/ since the last `clearHits()`. */
  hits(): string[];
  clearHits(): void;
  close(): Promise<void>;
}

/** The seed page's path mirrors its real URL, so its links look like the site's own. */
export const SEED_PATH = '/monde/la-coree-du-nord-assure-son-soutien-a-la-russie-jusqua-la-victoire-48213/';
/** A 2×2 PNG served for every /photos/ path. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
/** The built engine module (`npm run build`), for tests that run the engine inside a page. */
export const ENGINE_PATH = '/engine/lectern-engine.js';
/** src/shared/snapshot-extraction.ts bundled for a page, where the test that serves it writes it. */
export const SNAPSHOT_EXTRACTION_PATH = '/engine/snapshot-extraction.js';
export const SNAPSHOT_EXTRACTION_BUNDLE = join(OUT, 'snapshot-extraction.js');
/** Nothing may load or run: not even the extension's frame, styles or images, unless the browser exempts them. */
/** How long /slow/ pages hold their second half back: long enough for a test to act while the page loads. */
export const SLOW_PAGE_HOLD_MS = 4_000;
export const STRICT_CSP = "default-src 'none'; frame-src 'none'; style-src 'none'; img-src 'none'; script-src 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
};

function ownPage(name: string): string | null {
  const path = normalize(name);
  return path.includes('..') || path.startsWith('/') ? null : join(OWN_PAGES, path);
}

async function fileFor(pathname: string): Promise<string | null> {
  if (pathname === SEED_PATH || pathname === '/seed/') return join(SEED_DIR, 'source.html');
  if (pathname.startsWith('/pages/')) return ownPage(pathname.slice('/pages/'.length));
  if (pathname.startsWith('/csp/')) return ownPage(pathname.slice('/csp/'.length));
  if (pathname.startsWith('/slow/')) return ownPage(pathname.slice('/slow/'.length));
  if (pathname === ENGINE_PATH) return join(ROOT, 'dist', 'engine', 'lectern-engine.js');
  if (pathname === SNAPSHOT_EXTRACTION_PATH) return SNAPSHOT_EXTRACTION_BUNDLE;
  return null;
}

/** Starts `server` on 127.0.0.1 (port 0: any free one) and gives its origin, "http://127.0.0.1:PORT". */
export async function listenOnLoopback(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
}

export async function startServer(port = 0): Promise<PageServer> {
  const hits: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.startsWith('/photos/')) {
      // Any picture our pages point to: a small PNG (the lazy-image pages' real images).
      response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      response.end(PHOTO);
      return;
    }
    if (pathname.startsWith('/evil/')) {
      hits.push(pathname);
      response.writeHead(204, { 'cache-control': 'no-store' });
      response.end();
      return;
    }
    const file = await fileFor(pathname);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[extname(file)] ?? CONTENT_TYPES['.html']!, 'cache-control': 'no-store' };
      if (pathname.startsWith('/csp/')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      if (pathname.startsWith('/slow/')) {
        // Cut at a line break, never inside a character: the browser shows the first half and goes on loading.
        const cut = body.indexOf('\n', body.length >> 1) + 1 || body.length;
        response.write(body.subarray(0, cut));
        await new Promise((resolve) => setTimeout(resolve, SLOW_PAGE_HOLD_MS));
        response.end(body.subarray(cut));
        return;
      }
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  const origin = await listenOnLoopback(server, port);
  return {
    origin,
    url: (path) => origin + path,
    hits: () => [...hits],
    clearHits: () => void hits.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
