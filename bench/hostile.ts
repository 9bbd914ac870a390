/**
 * `npm run bench` (third part; alone: `npm run bench:hostile`, after `npm run build`): Lectern in a real
 * Chromium on resource-exhaustion pages (SECURITY.md, promise 5). For each page: the main-thread cost in
 * that page of what the content script runs there, `detect` and the snapshot handed to the background
 * (median of 5 runs; the engine module run in the page, and its `extract` for comparison, which the reader
 * no longer runs in the page), the time from the toolbar click to the reader showing the story or its
 * reason (median of 3 opens), and the longest main-thread block in the page while the reader opened and
 * closed (a heartbeat's longest gap).
 * Writes bench/results/hostile.md.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium } from '../test/support/chromium';
import { READER_PAGE, READER_SHOWN, poll } from '../test/support/driver';
import { DIST_CHROME, ROOT } from '../test/support/paths';
import { deepPage, hugeTextNodePage, manyImagesPage, ordinaryPage, wideHugePage } from '../test/support/generated-pages';
import { listenOnLoopback } from '../test/support/server';
import { percentile } from './metrics';

const ENGINE = join(ROOT, 'dist', 'engine', 'lectern-engine.js');
if (!existsSync(ENGINE) || !existsSync(DIST_CHROME)) throw new Error('bench: run `npm run build` first (dist/engine and dist/chrome are needed)');

/** A 1×1 PNG for the many-images page. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const PAGES: [string, string][] = [
  ['ordinary page, 10,000 elements', ordinaryPage(10_000)],
  ['100,000 nodes', wideHugePage(100_000)],
  ['5,000 deep', deepPage(5_000)],
  ['10 MB text node', hugeTextNodePage(10)],
  ['5,000 images', manyImagesPage(5_000)],
];
const ENGINE_RUNS = 5;
const OPENS = 3;
/** The promise: the reader shows the story or says why within this time. */
const OPEN_BUDGET_MS = 5_000;

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/engine.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(ENGINE));
  } else if (path === '/gen/pixel.png') {
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
    response.end(PIXEL);
  } else if (path.startsWith('/gen/page-')) {
    const page = PAGES[Number(path.slice('/gen/page-'.length))];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page?.[1] ?? 'not found');
  } else {
    response.writeHead(404);
    response.end();
  }
});
const origin = await listenOnLoopback(server);

const session = await launchChromium();

/** Scripts run in the page as strings: functions would carry the bundler's helpers (`__name`) the page does not have. */
const ENGINE_TIMES = `(async () => {
  const engine = await import('/engine.js');
  const time = (fn) => {
    const times = [];
    let result;
    for (let i = 0; i < ${ENGINE_RUNS}; i++) {
      const t0 = performance.now();
      result = fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], result };
  };
  const detect = time(() => engine.detect(document, location.href));
  // The content script's snapshot (src/shared/page-snapshot.ts): the page serialized.
  const snapshot = time(() => document.documentElement.outerHTML);
  const extract = time(() => engine.extract(document, location.href));
  return {
    detect: detect.median,
    snapshot: snapshot.median,
    extract: extract.median,
    nodes: document.getElementsByTagName('*').length,
  };
})()`;
/**
 * The longest time the page's main thread was blocked: a heartbeat every few milliseconds in the page,
 * and the longest gap between beats. (Chromium's 'longtask' entries do not report tasks run by
 * extensions' content scripts, checked here: a heartbeat sees every block, whoever causes it.)
 */
const HEARTBEAT_MS = 4;
const WATCH_MAIN_THREAD = `(() => {
  clearInterval(window.__heartbeat);
  window.__longestBlock = 0;
  let last = performance.now();
  window.__heartbeat = setInterval(() => {
    const now = performance.now();
    window.__longestBlock = Math.max(window.__longestBlock, now - last - ${HEARTBEAT_MS});
    last = now;
  }, ${HEARTBEAT_MS});
})()`;

const engineTimes = (page: Page) => page.evaluate<{ detect: number; snapshot: number; extract: number; nodes: number }>(ENGINE_TIMES);
/** What the open reader shows: the story's length, or the reason it gives. */
const READER_OUTCOME = `(() => {
  const content = document.querySelector('.story .content');
  if (content) return 'story, ' + (content.textContent.match(/[\\p{L}\\p{N}_]+/gu) ?? []).length + ' words';
  return document.querySelector('.notice.error')?.textContent.trim() ?? 'nothing shown';
})()`;

const readerFrame = (page: Page) => page.frames().find((f) => f.url().includes(READER_PAGE));
const readerShown = (page: Page) => async (): Promise<boolean> => {
  const frame = readerFrame(page);
  return !!frame && (await frame.evaluate<boolean>(READER_SHOWN).catch(() => false));
};
/** Checked this often while timing the reader's opening: the resolution of the open times. */
const CHECK_INTERVAL_MS = 10;

const rows: string[] = [];
for (const [index, [name]] of PAGES.entries()) {
  const page = await session.context.newPage();
  await page.goto(`${origin}/gen/page-${index}`, { waitUntil: 'load', timeout: 60_000 });
  const engine = await engineTimes(page);
  const openTimes: number[] = [];
  let longest = 0;
  let outcome = 'not shown';
  for (let i = 0; i < OPENS; i++) {
    await page.evaluate(WATCH_MAIN_THREAD);
    const t0 = performance.now();
    await clickToolbarButton(session, page);
    const shown = await poll(readerShown(page), 'the reader', OPEN_BUDGET_MS * 4, CHECK_INTERVAL_MS).catch(() => false);
    openTimes.push(shown ? performance.now() - t0 : Number.POSITIVE_INFINITY);
    await new Promise((r) => setTimeout(r, 300));
    if (shown) outcome = (await readerFrame(page)?.evaluate<string>(READER_OUTCOME)) ?? outcome;
    await clickToolbarButton(session, page);
    await poll(async () => !page.frames().some((f) => f.url().includes(READER_PAGE)), 'the reader to close', 10_000, CHECK_INTERVAL_MS);
    await new Promise((r) => setTimeout(r, 300));
    longest = Math.max(longest, await page.evaluate<number>('window.__longestBlock'));
  }
  const open = percentile(openTimes, 50);
  rows.push(`| ${name} | ${engine.nodes.toLocaleString('en')} | ${engine.detect.toFixed(1)} | ${engine.snapshot.toFixed(1)} | ${engine.extract.toFixed(1)} | ${Number.isFinite(open) ? open.toFixed(0) : 'not shown'} | ${longest.toFixed(0)} | ${open <= OPEN_BUDGET_MS ? 'yes' : 'no'} | ${outcome} |`);
  console.error(`bench: ${name} done`);
  await page.close();
}
await session.close();
server.close();

const chromiumVersion = session.context.browser()?.version() ?? 'Chromium';
const report = `# Hostile pages bench

${new Date().toISOString().slice(0, 10)} · ${chromiumVersion} headless, the built extension (dist/chrome) · generated pages (test/support/generated-pages.ts) served on 127.0.0.1.

In the page, each one main-thread task (median of ${ENGINE_RUNS}): detect, which the content script runs at load; snapshot, the page serialized (outerHTML), all the content script does in the page to open the reader (the background extracts from it); and, for comparison, the engine's extract on the page's own DOM, which the reader no longer runs in the page. Open: toolbar click to the reader showing the story or its reason, measured from the test process (median of ${OPENS}). Longest block: the longest gap of a ${HEARTBEAT_MS} ms heartbeat in the page while the reader opened and closed, ${OPENS} times (the content script's snapshot, the frame's mounting and removal, and the page's own work; nothing else runs on these pages). Result: what the reader showed (its words counted as the corpus metric counts tokens).

| page | elements | detect ms | snapshot ms | extract in the page ms (not run by the reader) | open ms | longest main-thread block while opening and closing, ms | within ${OPEN_BUDGET_MS / 1000} s | reader showed |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
process.stdout.write(report);
const out = join(ROOT, 'bench', 'results', 'hostile.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.error(`bench: wrote ${out}`);
