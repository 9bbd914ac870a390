/**
 * `npm run bench` (fifth part; alone: `npm run bench:list`, after `npm run build`): the reading list with
 * 50,000 saved articles, in Chromium with the built extension. The articles are generated and written
 * straight into the extension's IndexedDB as version 3 kept them (about 300 words of text each, from a
 * vocabulary of 5,000 words) by an extension page before the list opens; opening the list upgrades the
 * database to version 4, whose word index the background then builds (timed). Then: the time from
 * opening the list page to its first screen of articles (median of FIRST_SCREENS opens), and the time
 * the background takes to answer a search, as the list page asks it, once the list is shown with its
 * count (median of the SEARCHES: whole words, starts of words, two words). Targets (issue 5): first
 * screen under 300 ms, search under 100 ms.
 * Writes bench/results/list-scale.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from '../test/support/chromium';
import { ROOT } from '../test/support/paths';
import { percentile } from './metrics';

const ARTICLES = Number(process.env['LECTERN_ARTICLES'] ?? 50_000);
const FIRST_SCREENS = 5;
const FIRST_SCREEN_TARGET_MS = 300;
const SEARCH_TARGET_MS = 100;

const session = await launchChromium();
const base = `chrome-extension://${session.extensionId}/src/entries`;
const page = await session.context.newPage();
// The options page never opens the reading list's database: it can write it first.
await page.goto(`${base}/options.html`);
const written = await page.evaluate(`new Promise((resolve, reject) => {
  const request = indexedDB.open('lectern', 3);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('trash', { keyPath: 'id' });
  };
  request.onerror = () => reject(request.error);
  request.onsuccess = async () => {
    const db = request.result;
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const vocabulary = Array.from({ length: 5000 }, (_, i) => 'w' + i.toString(36) + 'x');
    const words = (n) => Array.from({ length: n }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]).join(' ');
    const started = performance.now();
    for (let start = 0; start < ${ARTICLES}; start += 1000) {
      await new Promise((done, failed) => {
        const tx = db.transaction('articles', 'readwrite');
        for (let i = start; i < Math.min(${ARTICLES}, start + 1000); i++) {
          const url = 'https://site' + (i % 300) + '.example/article/' + i;
          const text = words(300);
          const when = new Date(Date.UTC(2020, 0, 1) + i * 3600000).toISOString();
          tx.objectStore('articles').put({
            id: url, url, canonicalUrl: null, title: 'Article ' + i + ' ' + words(6), byline: null, siteName: 'Site ' + (i % 300), publishedTime: when,
            lang: i % 7 === 0 ? 'fr' : 'en', dir: 'ltr', leadImage: null, excerpt: words(20), contentHtml: '<p>' + text + '</p>', textContent: text,
            wordCount: 300, readingMinutes: 2, savedAt: when, updatedAt: when, state: i % 3 === 0 ? 'archived' : 'unread', tags: i % 10 === 0 ? ['tagged'] : [],
            favourite: i % 50 === 0, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [],
          });
        }
        tx.oncomplete = done;
        tx.onerror = () => failed(tx.error);
      });
    }
    db.close();
    resolve({ seconds: (performance.now() - started) / 1000 });
  };
})`) as { seconds: number };
console.error(`bench: ${ARTICLES} articles written in ${written.seconds.toFixed(1)} s`);

// The list's first opening upgrades the database; the background then builds the word index.
const indexing = await session.context.newPage();
const indexStarted = performance.now();
await indexing.goto(`${base}/list.html`);
await indexing.waitForSelector('.item', { timeout: 600_000 });
const indexState = `new Promise((resolve, reject) => {
  const request = indexedDB.open('lectern');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('searchState')) { db.close(); resolve(null); return; }
    const get = db.transaction('searchState').objectStore('searchState').get('state');
    get.onsuccess = () => { db.close(); resolve(get.result ?? null); };
    get.onerror = () => reject(get.error);
  };
})`;
for (;;) {
  const state = (await indexing.evaluate(indexState)) as { complete: boolean } | null;
  if (state?.complete) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const indexSeconds = (performance.now() - indexStarted) / 1000;
await indexing.close();
console.error(`bench: word index built in ${indexSeconds.toFixed(1)} s`);

// First screen: from opening the list page to its first article shown.
const firstScreens: number[] = [];
for (let i = 0; i < FIRST_SCREENS + 1; i++) {
  const list = await session.context.newPage();
  const t0 = performance.now();
  await list.goto(`${base}/list.html`);
  await list.waitForSelector('.item', { timeout: 120_000 });
  if (i > 0) firstScreens.push(performance.now() - t0); // the first open also starts the background's database
  await list.close();
}

// Search: the background's answer to the list page's query, as the page asks it.
const list = await session.context.newPage();
await list.goto(`${base}/list.html`);
await list.waitForSelector('.item', { timeout: 120_000 });
// As a reader searches: once the list is shown with its count.
// (Polled from here: a string predicate run in the page is refused by the extension page's CSP.)
for (const deadline = Date.now() + 120_000; !(await list.evaluate(`/\\d+\\D+\\d/.test(document.querySelector('.shown')?.textContent ?? '')`)); ) {
  if (Date.now() > deadline) throw new Error('the list never showed its count');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const searches: { ms: number; total: number; words?: string }[] = [];
// Words from the rarer end of the vocabulary, as a reader looks for a name or a topic.
const SEARCHES = ['w2yox', 'w30fx', 'w33kx', 'w36px', 'w39ux', 'w2yo', 'w1', 'w2yox w30fx', 'article 4999'];
for (const word of SEARCHES) {
  searches.push(await list.evaluate(`(async () => {
    const t0 = performance.now();
    const answer = await chrome.runtime.sendMessage({ type: 'list:query', payload: { query: { text: ${JSON.stringify(word)} } } });
    return { ms: performance.now() - t0, total: answer.total };
  })()`) as { ms: number; total: number });
  searches.at(-1)!.words = word;
}
// The same searches by reading every article (as the index was made to answer: each word the start of a
// word of the title, byline, site, excerpt, tags or text): the index's counts must be these.
const expected = (await list.evaluate(`new Promise((resolve, reject) => {
  const queries = ${JSON.stringify(SEARCHES)}.map((q) => q.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean));
  const counts = queries.map(() => 0);
  const request = indexedDB.open('lectern');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const cursor = request.result.transaction('articles').objectStore('articles').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) { request.result.close(); resolve(counts); return; }
      const a = c.value;
      const words = [a.title, a.byline ?? '', a.siteName ?? '', a.excerpt ?? '', a.tags.join(' '), a.textContent].join(' ').toLowerCase().split(/[^\\p{L}\\p{N}]+/u);
      queries.forEach((q, i) => { if (q.every((w) => words.some((x) => x.startsWith(w)))) counts[i]++; });
      c.continue();
    };
  };
})`)) as number[];
const mismatches = searches.filter((s, i) => s.total !== expected[i]);
await session.close();

const firstScreen = percentile(firstScreens, 50);
const search = percentile(searches.map((s) => s.ms), 50);
const report = `# Reading list at scale

${new Date().toISOString().slice(0, 10)} · ${session.context.browser()?.version() ?? 'Chromium'} headless, the built extension (dist/chrome) · ${ARTICLES.toLocaleString('en')} generated articles of about 300 words, written into the extension's IndexedDB in ${written.seconds.toFixed(1)} s as version 3 kept them; the upgrade to version 4 and the background's building of the word index took ${indexSeconds.toFixed(1)} s (once, after the upgrade).

| measure | median ms | runs | target ms | met |
|---|---|---|---|---|
| list page opened to its first screen of articles | ${firstScreen.toFixed(0)} | ${firstScreens.length} (${firstScreens.map((t) => t.toFixed(0)).join(', ')}) | ${FIRST_SCREEN_TARGET_MS} | ${firstScreen <= FIRST_SCREEN_TARGET_MS ? 'yes' : 'no'} |
| search answered by the background (titles, sites, tags, excerpts and text), the list shown with its count | ${search.toFixed(0)} | ${searches.length} (${searches.map((s) => `"${s.words}": ${s.ms.toFixed(0)} ms, ${s.total} found`).join('; ')}) | ${SEARCH_TARGET_MS} | ${search <= SEARCH_TARGET_MS ? 'yes' : 'no'} |

Every search's count ${mismatches.length === 0 ? 'equals' : 'does NOT equal'} the count found by reading all ${ARTICLES.toLocaleString('en')} articles (${expected.join(', ')}).
`;
process.stdout.write(report);
const out = join(ROOT, 'bench', 'results', 'list-scale.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.error(`bench: wrote ${out}`);
