/**
 * `npm run bench` (sixth part; alone: `npm run bench:detect`, after `npm run build`): `detect` where it
 * runs, in a real browser at page load, on every page of ../shared/corpus and the seed page. The table
 * in latest.md measures it under Node's DOMs, where each tag lookup is a walk of the page; Chromium
 * answers tag lookups from its own indexes. Each page is served on 127.0.0.1 and loaded in Chromium
 * (without the extension, so nothing has looked at the page before), its own scripts kept from running
 * and the network closed; then, once each on the page's fresh DOM, Lectern's detect (the built engine
 * module, dist/engine) and Readability's isProbablyReaderable 0.6.0, taking turns going first page by
 * page as in latest.md. The page is cross-origin isolated, for a timer of 5 µs (Chromium coarsens it to
 * 100 µs otherwise). Also the two verdicts' detection scores on the pages labelled article or not, the
 * DOM being the browser's. Writes bench/results/detect-browser.md.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/support/chromium';
import { ROOT } from '../test/support/paths';
import { listenOnLoopback } from '../test/support/server';
import { corpusPages, hasCorpus, seedPage, type CorpusPage } from './corpus';
import { confusionOf, detectionScores, formatNumber, percentile, type Confusion } from './metrics';

const ENGINE = join(ROOT, 'dist', 'engine', 'lectern-engine.js');
if (!existsSync(ENGINE)) throw new Error('bench: run `npm run build` first (dist/engine is needed)');
const ENGINE_MODULE = readFileSync(ENGINE);
/** Readability's check as a module the page can import (the package ships it as CommonJS). */
const READERABLE = `const module = { exports: {} };\n${readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability-readerable.js'), 'utf8')}\nexport default module.exports;\n`;
/** Page scripts never run (the two modules are the only script allowed); cross-origin isolation gives a fine timer. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};
const MODULE_HEADERS = { 'content-type': 'text/javascript', 'cross-origin-resource-policy': 'same-origin', 'cache-control': 'max-age=3600' };
/** A page Chromium has not loaded by then is counted as not measured. */
const LOAD_TIMEOUT_MS = 30_000;

if (!hasCorpus) console.warn('bench: ../shared/corpus is absent: measuring the seed page only.');
/** LECTERN_DETECT_LIMIT: at most this many pages per set (a quick look; the full run measures them all). */
const limitPerSet = process.env['LECTERN_DETECT_LIMIT'] ? Number(process.env['LECTERN_DETECT_LIMIT']) : undefined;
const pages: CorpusPage[] = [...(hasCorpus ? corpusPages({ limitPerSet }) : [])];
const seed = seedPage();
if (seed) pages.push(seed);
if (pages.length === 0) {
  console.warn('bench: no page to measure (../shared is absent): detect-browser skipped.');
  process.exit(0);
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/engine.js') {
    response.writeHead(200, MODULE_HEADERS);
    response.end(ENGINE_MODULE);
  } else if (path === '/readerable.js') {
    response.writeHead(200, MODULE_HEADERS);
    response.end(READERABLE);
  } else if (path.startsWith('/page/')) {
    const page = pages[Number(path.slice('/page/'.length))];
    response.writeHead(page ? 200 : 404, page ? PAGE_HEADERS : {});
    response.end(page?.html() ?? 'not found');
  } else {
    response.writeHead(404);
    response.end();
  }
});
const origin = await listenOnLoopback(server);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
// The closed network: only this server answers (a page's absolute links to its own site go nowhere).
await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));

interface Measured {
  ours: number;
  theirs: number;
  /** Each check run again on the same page: its code and the elements it reads already met once. */
  oursAgain: number;
  theirsAgain: number;
  isArticle: boolean;
  readerable: boolean;
  isolated: boolean;
}
/** Run in the page as a string: a function would carry the bundler's helpers (`__name`) the page does not have. */
const measureInPage = (url: string, oursFirst: boolean): string => `(async () => {
  const engine = await import('${origin}/engine.js');
  const isProbablyReaderable = (await import('${origin}/readerable.js')).default;
  let ours = 0, theirs = 0, isArticle = false, readerable = false;
  const runOurs = () => { const t0 = performance.now(); isArticle = engine.detect(document, ${JSON.stringify(url)}).isArticle; ours = performance.now() - t0; };
  const runTheirs = () => { const t0 = performance.now(); try { readerable = isProbablyReaderable(document); } catch {} theirs = performance.now() - t0; };
  if (${oursFirst}) { runOurs(); runTheirs(); } else { runTheirs(); runOurs(); }
  const first = { ours, theirs };
  runOurs();
  runTheirs();
  return { ours: first.ours, theirs: first.theirs, oursAgain: ours, theirsAgain: theirs, isArticle, readerable, isolated: self.crossOriginIsolated };
})()`;

const started = performance.now();
const results: { page: CorpusPage; measured: Measured }[] = [];
const failed: string[] = [];
const tab = await context.newPage();
for (const [index, page] of pages.entries()) {
  try {
    await tab.goto(`${origin}/page/${index}`, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    results.push({ page, measured: await tab.evaluate<Measured>(measureInPage(page.url, index % 2 === 0)) });
  } catch (error) {
    failed.push(`${page.set}/${page.id}: ${String(error).split('\n')[0]}`);
  }
  if ((index + 1) % 250 === 0) console.error(`bench: ${index + 1}/${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

if (results.some((r) => !r.measured.isolated)) throw new Error('bench: a page was not cross-origin isolated: its times would be coarsened to 100 µs');
const ms = (values: number[], p: number): string => percentile(values, p).toFixed(3);
/** A check's row of times: its first run's median, p95 and max, and its second run's median and p95. */
const timeRow = (name: string, first: keyof Measured, again: keyof Measured): string => {
  const [once, twice] = [first, again].map((key) => results.map((r) => Number(r.measured[key])));
  return `| ${name} | ${ms(once!, 50)} | ${ms(once!, 95)} | ${ms(once!, 100)} | ${ms(twice!, 50)} | ${ms(twice!, 95)} |`;
};
const confusion = (verdict: (m: Measured) => boolean): Confusion => confusionOf(results, (r) => r.page.truth.isArticle, (r) => verdict(r.measured));
const detectionRow = (name: string, c: Confusion): string => {
  const s = detectionScores(c);
  return `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} | ${formatNumber(s.precision)} | ${formatNumber(s.recall)} | ${formatNumber(s.f1)} |`;
};

const report = `# detect in the browser

${new Date().toISOString().slice(0, 10)} · Chromium ${chromiumVersion} headless · ${results.length} pages of ../shared/corpus and the seed page measured${failed.length ? ` (${failed.length} not loaded: ${failed.join('; ')})` : ''}, ${((performance.now() - started) / 1000).toFixed(0)} s.

Each page served on 127.0.0.1 and loaded in Chromium without the extension, its scripts kept from running and the network closed; on its fresh DOM, once each, Lectern's \`detect\` (dist/engine) and Readability's \`isProbablyReaderable\` 0.6.0, taking turns going first page by page; then each once more on the same page (its code compiled and the elements it reads already wrapped for script: what a page load costs beyond that is the first run's). Times in ms (the page cross-origin isolated: a 5 µs timer).

| check | median | p95 | max | run again on the same page: median | p95 |
|---|---|---|---|---|---|
${timeRow('Lectern `detect`', 'ours', 'oursAgain')}
${timeRow('Readability `isProbablyReaderable`', 'theirs', 'theirsAgain')}

Verdicts on the browser's DOM, pages labelled article or not:

| check | TP | FP | FN | TN | precision | recall | F1 |
|---|---|---|---|---|---|---|---|
${detectionRow('Lectern `detect`', confusion((m) => m.isArticle))}
${detectionRow('Readability `isProbablyReaderable`', confusion((m) => m.readerable))}
`;
process.stdout.write(report);
const out = join(ROOT, 'bench', 'results', 'detect-browser.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.error(`bench: wrote ${out}`);
