/**
 * `npm run bench`: Lectern's engine and Readability.js 0.6.0 side by side, in one process, on every page
 * of ../shared/corpus and the seed page. Quality is measured on jsdom documents (the DOM closest to a
 * browser); cost under jsdom and linkedom, both engines on the same parsed document (Readability last,
 * since it changes the document it reads). Writes bench/results/latest.md on a full run.
 *
 *   npm run bench:engine -- [--sets a,b] [--limit N per set] [--doms jsdom,linkedom] [--out file.md]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detect, extract } from '../src/engine';
import { parse, type DomName } from '../test/support/dom';
import { ROOT } from '../test/support/paths';
import { deepPage, wideHugePage } from '../test/support/generated-pages';
import { corpusPages, hasCorpus, seedPage, type CorpusPage } from './corpus';
import {
  containsSnippet,
  formatNumber,
  formatPercent,
  dayOf,
  confusionOf,
  detectionScores,
  harmonic,
  mean,
  percentile,
  primaryLanguage,
  sameWords,
  scoreText,
  type Confusion,
} from './metrics';

const ENGINES = ['lectern', 'readability'] as const;
type Engine = (typeof ENGINES)[number];
/** Sets whose articleText is a library's own output: there the target is to stay within 0.01 of Readability. */
const TOOL_OUTPUT_SETS = new Set(['readability', 'newspaper4k']);

interface Output {
  ok: boolean;
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  isArticle: boolean;
}

interface PageResult {
  set: string;
  id: string;
  outputs: Record<Engine, Output>;
  /** ms, per DOM: detect / extract for each engine. */
  cost: Partial<Record<DomName, Record<Engine, { detect: number; extract: number }>>>;
}

const { values } = parseArgs({
  options: {
    sets: { type: 'string' },
    limit: { type: 'string' },
    doms: { type: 'string', default: 'jsdom,linkedom' },
    out: { type: 'string' },
    /** Internal: measure pages [from, to) of the selection and write the results as JSON to this file. */
    worker: { type: 'string' },
    range: { type: 'string' },
    /** Aggregate results measured earlier (written to the temp dir by every run) instead of measuring. */
    from: { type: 'string' },
  },
});
const sets = values.sets?.split(',');
const limit = values.limit ? Number(values.limit) : undefined;
const doms = values.doms!.split(',') as DomName[];
const QUALITY_DOM: DomName = doms.includes('jsdom') ? 'jsdom' : doms[0]!;
const fullRun = !sets && limit === undefined && doms.includes('jsdom') && doms.includes('linkedom');

if (!hasCorpus) console.warn('bench: ../shared/corpus is absent: measuring the seed page only.');
const pages: CorpusPage[] = [...(hasCorpus ? corpusPages({ sets, limitPerSet: limit }) : [])];
const seed = seedPage();
if (seed && (!sets || sets.includes('seed'))) pages.push(seed);

/** Readability's HTML as text with its blocks kept apart, as a reader shows them (its textContent runs paragraphs together). */
function blockText(html: string): string {
  const separated = html.replace(/<\/(p|div|h[1-6]|li|tr|td|th|pre|blockquote|figcaption|dt|dd|section|article|header|table|ul|ol)>|<br\s*\/?>/gi, '$&\n\n');
  return parseHTML(`<!doctype html><html><body>${separated}</body></html>`).document.body.textContent ?? '';
}

/**
 * Runs both engines on one parsed document. The first call on a freshly parsed document pays for the
 * parse's garbage and for the DOM's lazily built structures, so the two detections take turns going
 * first (`lecternFirst`, alternating page by page); extraction always runs Lectern's first, since
 * Readability's parse changes the document it reads.
 */
function runOn(doc: Document, url: string, lecternFirst: boolean): { outputs: Record<Engine, Output>; cost: Record<Engine, { detect: number; extract: number }> } {
  let readerable = false;
  let theirDetectMs = 0;
  const detectTheirs = (): void => {
    const start = performance.now();
    try {
      readerable = isProbablyReaderable(doc);
    } catch {
      // A page the check throws on is not readerable (readerable stays false).
    }
    theirDetectMs = performance.now() - start;
  };
  if (!lecternFirst) detectTheirs();
  const t0 = performance.now();
  const verdict = detect(doc, url);
  const t1 = performance.now();
  if (lecternFirst) detectTheirs();
  const t2 = performance.now();
  const ours = extract(doc, url);
  const t3 = performance.now();
  let theirs: ReturnType<Readability['parse']> = null;
  try {
    theirs = new Readability(doc).parse();
  } catch {
    // A page Readability throws on is a page it cannot read: no output.
  }
  const t4 = performance.now();
  return {
    outputs: {
      lectern: ours.ok
        ? { ok: true, text: ours.article.textContent, title: ours.article.title, byline: ours.article.byline, publishedTime: ours.article.publishedTime, lang: ours.article.lang, isArticle: verdict.isArticle }
        : { ok: false, text: '', title: null, byline: null, publishedTime: null, lang: null, isArticle: verdict.isArticle },
      readability: theirs
        ? { ok: true, text: blockText(theirs.content ?? ''), title: theirs.title ?? null, byline: theirs.byline ?? null, publishedTime: theirs.publishedTime ?? null, lang: theirs.lang ?? null, isArticle: readerable }
        : { ok: false, text: '', title: null, byline: null, publishedTime: null, lang: null, isArticle: readerable },
    },
    cost: { lectern: { detect: t1 - t0, extract: t3 - t2 }, readability: { detect: theirDetectMs, extract: t4 - t3 } },
  };
}

/**
 * jsdom keeps about 5 MB per document alive even after window.close(), so the pages are measured in
 * chunks, each in a fresh process, one after the other (never two at once: timings need a quiet core).
 * Both engines always run in the same process on the same parsed document.
 */
const CHUNK_PAGES = 250;

function measure(selection: CorpusPage[]): PageResult[] {
  const measured: PageResult[] = [];
  for (const [index, page] of selection.entries()) {
    const html = page.html();
    const result: PageResult = { set: page.set, id: page.id, outputs: undefined as never, cost: {} };
    for (const dom of doms) {
      const doc = parse(dom, html, page.url);
      const run = runOn(doc, page.url, index % 2 === 0);
      // jsdom keeps a window alive until it is closed.
      (doc.defaultView as (Window & { close?: () => void }) | null)?.close?.();
      result.cost[dom] = run.cost;
      if (dom === QUALITY_DOM) result.outputs = run.outputs;
    }
    measured.push(result);
  }
  return measured;
}

if (values.worker) {
  const [from, to] = values.range!.split(':').map(Number) as [number, number];
  writeFileSync(values.worker, JSON.stringify(measure(pages.slice(from, to))));
  process.exit(0);
}

const results: PageResult[] = values.from ? (JSON.parse(readFileSync(values.from, 'utf8')) as PageResult[]) : [];
const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
for (let from = 0; !values.from && from < pages.length; from += CHUNK_PAGES) {
  const to = Math.min(pages.length, from + CHUNK_PAGES);
  const file = join(tmp, `${from}.json`);
  const args = ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--worker', file, '--range', `${from}:${to}`, '--doms', doms.join(',')];
  if (values.sets) args.push('--sets', values.sets);
  if (values.limit) args.push('--limit', values.limit);
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench: the chunk of pages ${from}–${to} failed (exit ${child.status})`);
  results.push(...(JSON.parse(readFileSync(file, 'utf8')) as PageResult[]));
  console.error(`bench: ${to}/${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
rmSync(tmp, { recursive: true, force: true });
const LAST_RESULTS = join(tmpdir(), 'lectern-bench-last.json');
if (!values.from) {
  writeFileSync(LAST_RESULTS, JSON.stringify(results));
  console.error(`bench: measurements kept in ${LAST_RESULTS} (aggregate again with --from)`);
}

// ---- aggregation ----
const fmt = formatNumber;
const pct = formatPercent;

function textRows(group: PageResult[]) {
  const withText = group.filter((r) => {
    const page = pages.find((p) => p.set === r.set && p.id === r.id)!;
    return page.truth.articleText && !page.truth.extra?.synthetic;
  });
  const row = {} as Record<Engine, { p: number; r: number; f1: number }>;
  for (const engine of ENGINES) {
    const scores = withText.map((r) => scoreText(r.outputs[engine].text, pages.find((p) => p.set === r.set && p.id === r.id)!.truth.articleText!));
    const p = mean(scores.map((s) => s.precision));
    const rc = mean(scores.map((s) => s.recall));
    row[engine] = { p, r: rc, f1: harmonic(p, rc) };
  }
  return { n: withText.length, row };
}

const truthOf = (r: PageResult) => pages.find((p) => p.set === r.set && p.id === r.id)!.truth;

function snippetRates(group: PageResult[]) {
  const out = {} as Record<Engine, { include: number; exclude: number; nInclude: number; nExclude: number }>;
  for (const engine of ENGINES) {
    let inc = 0, incN = 0, exc = 0, excN = 0;
    for (const r of group) {
      const t = truthOf(r);
      for (const s of t.mustInclude ?? []) { incN++; if (containsSnippet(r.outputs[engine].text, s)) inc++; }
      for (const s of t.mustExclude ?? []) { excN++; if (!containsSnippet(r.outputs[engine].text, s)) exc++; }
    }
    out[engine] = { include: incN ? inc / incN : NaN, exclude: excN ? exc / excN : NaN, nInclude: incN, nExclude: excN };
  }
  return out;
}

/** Truth fields as text: some datasets give a list (several authors) where others give a string. */
function truthText(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(String).join(', ') || null;
  if (typeof value === 'string') return value || null;
  return value === null || value === undefined ? null : String(value);
}

function metadataRates(group: PageResult[]) {
  const fields = {
    title: (o: Output, t: ReturnType<typeof truthOf>) => (truthText(t.title) ? sameWords(o.title, truthText(t.title)) : null),
    byline: (o: Output, t: ReturnType<typeof truthOf>) => (truthText(t.byline) ? sameWords(o.byline, truthText(t.byline)) : null),
    date: (o: Output, t: ReturnType<typeof truthOf>) => (truthText(t.publishedTime) ? dayOf(o.publishedTime) === dayOf(truthText(t.publishedTime)) : null),
    lang: (o: Output, t: ReturnType<typeof truthOf>) => (truthText(t.lang) ? primaryLanguage(o.lang) === primaryLanguage(truthText(t.lang)) : null),
  };
  const out = {} as Record<keyof typeof fields, Record<Engine, number> & { n: number }>;
  for (const [name, check] of Object.entries(fields) as [keyof typeof fields, (typeof fields)[keyof typeof fields]][]) {
    const cell = { n: 0 } as Record<Engine, number> & { n: number };
    for (const engine of ENGINES) {
      const hits = group.map((r) => check(r.outputs[engine], truthOf(r))).filter((v): v is boolean => v !== null);
      cell.n = hits.length;
      cell[engine] = hits.length ? hits.filter(Boolean).length / hits.length : NaN;
    }
    out[name] = cell;
  }
  return out;
}

function confusion(group: PageResult[], engine: Engine): Confusion {
  return confusionOf(group, (r) => truthOf(r).isArticle, (r) => r.outputs[engine].isArticle);
}

const setNames = [...new Set(results.map((r) => r.set))];
const lines: string[] = [];
const push = (...l: string[]) => lines.push(...l);
push(
  '# Lectern engine bench',
  '',
  `Pages: ${results.length} (${setNames.map((s) => `${s} ${results.filter((r) => r.set === s).length}`).join(', ')}). ` +
    `Quality measured on ${QUALITY_DOM} documents; cost under ${doms.join(' and ')}. Node ${process.version}, one process, ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s in all. Readability.js 0.6.0 (its \`isProbablyReaderable\` for detection).`,
  '',
  '## Extraction: shingle precision / recall / F1 against `articleText`',
  '',
  'Sets marked (tool) have truth made by that library itself; there the target is to stay within 0.01 of Readability, elsewhere to beat it by 0.02. Synthetic Readability test snippets are left out.',
  '',
  '| set | pages | Lectern P | Lectern R | Lectern F1 | Readability P | Readability R | Readability F1 | ΔF1 |',
  '|---|---|---|---|---|---|---|---|---|',
);
const overallText = textRows(results);
for (const set of [...setNames, 'overall']) {
  const group = set === 'overall' ? results : results.filter((r) => r.set === set);
  const { n, row } = set === 'overall' ? overallText : textRows(group);
  if (!n) continue;
  const label = set === 'overall' ? '**overall**' : TOOL_OUTPUT_SETS.has(set) ? `${set} (tool)` : set;
  push(`| ${label} | ${n} | ${fmt(row.lectern.p)} | ${fmt(row.lectern.r)} | ${fmt(row.lectern.f1)} | ${fmt(row.readability.p)} | ${fmt(row.readability.r)} | ${fmt(row.readability.f1)} | ${fmt(row.lectern.f1 - row.readability.f1)} |`);
}

push('', '## Snippets: share of `mustInclude` found and of `mustExclude` absent', '', '| set | include n | Lectern | Readability | exclude n | Lectern | Readability |', '|---|---|---|---|---|---|---|');
for (const set of [...setNames, 'overall']) {
  const group = set === 'overall' ? results : results.filter((r) => r.set === set);
  const s = snippetRates(group);
  if (!s.lectern.nInclude && !s.lectern.nExclude) continue;
  push(`| ${set === 'overall' ? '**overall**' : set} | ${s.lectern.nInclude} | ${pct(s.lectern.include)} | ${pct(s.readability.include)} | ${s.lectern.nExclude} | ${pct(s.lectern.exclude)} | ${pct(s.readability.exclude)} |`);
}

push('', '## Metadata accuracy (pages whose truth has the field; Lectern / Readability)', '', '| set | title | byline | date | language |', '|---|---|---|---|---|');
for (const set of [...setNames, 'overall']) {
  const group = set === 'overall' ? results : results.filter((r) => r.set === set);
  const m = metadataRates(group);
  const cell = (c: { n: number; lectern: number; readability: number }) => (c.n ? `${pct(c.lectern)} / ${pct(c.readability)} (${c.n})` : '–');
  push(`| ${set === 'overall' ? '**overall**' : set} | ${cell(m.title)} | ${cell(m.byline)} | ${cell(m.date)} | ${cell(m.lang)} |`);
}

push('', '## Detection: `isArticle` on labelled pages', '', '| engine | labelled pages | TP | FP | FN | TN | precision | recall | F1 |', '|---|---|---|---|---|---|---|---|---|');
for (const engine of ENGINES) {
  const c = confusion(results, engine);
  const s = detectionScores(c);
  push(`| ${engine === 'lectern' ? 'Lectern `detect`' : 'Readability `isProbablyReaderable`'} | ${c.tp + c.fp + c.fn + c.tn} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
}
const balanced = results.filter((r) => r.set === 'news-pagetype' || r.set === 'newspaper4k');
if (balanced.length) {
  push('', 'On the balanced core (news-pagetype + newspaper4k):', '', '| engine | precision | recall | F1 |', '|---|---|---|---|');
  for (const engine of ENGINES) {
    const s = detectionScores(confusion(balanced, engine));
    push(`| ${engine} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
  }
}

push('', '## Cost per page (ms): both engines on the same parsed documents', '', 'Each page is parsed once per DOM; the two detections take turns running first on the fresh document (page by page), then Lectern extracts, then Readability parses (it changes the document).', '', '| DOM | Lectern detect median | p95 | Readability isProbablyReaderable median | p95 | Lectern extract median | p95 | Readability parse median | p95 | extract ratio (median) |', '|---|---|---|---|---|---|---|---|---|---|');
for (const dom of doms) {
  const get = (engine: Engine, what: 'detect' | 'extract') => results.map((r) => r.cost[dom]?.[engine][what]).filter((v): v is number => v !== undefined);
  const ld = get('lectern', 'detect'), rd = get('readability', 'detect'), le = get('lectern', 'extract'), re = get('readability', 'extract');
  push(`| ${dom} | ${fmt(percentile(ld, 50), 2)} | ${fmt(percentile(ld, 95), 2)} | ${fmt(percentile(rd, 50), 2)} | ${fmt(percentile(rd, 95), 2)} | ${fmt(percentile(le, 50), 2)} | ${fmt(percentile(le, 95), 2)} | ${fmt(percentile(re, 50), 2)} | ${fmt(percentile(re, 95), 2)} | ${fmt(percentile(le, 50) / percentile(re, 50), 2)} |`);
}

push('', '## Huge pages: one run each (ms)', '', 'Generated pages (test/support/generated-pages.ts): 100,000 nodes of widgets around a 300-paragraph story; a story nested 5,000 elements deep.', '', '| page | DOM | detect | extract | story found |', '|---|---|---|---|---|');
for (const [name, html] of [['100,000 nodes', wideHugePage(100_000)], ['5,000 deep', deepPage(5_000)]] as const) {
  for (const dom of doms) {
    const url = 'https://stress.example/news/a-huge-page-with-a-story-inside-1234567';
    try {
      const doc = parse(dom, html, url);
      const t0 = performance.now();
      detect(doc, url);
      const t1 = performance.now();
      const result = extract(doc, url);
      const t2 = performance.now();
      push(`| ${name} | ${dom} | ${fmt(t1 - t0, 1)} | ${fmt(t2 - t1, 1)} | ${result.ok ? `yes, ${result.article.wordCount} words` : result.reason} |`);
    } catch (error) {
      // The DOM library itself can fail on such pages (jsdom recurses over deep trees): say so.
      push(`| ${name} | ${dom} | – | – | ${dom} failed: ${String(error).slice(0, 80)} |`);
    }
  }
}

const report = `${lines.join('\n')}\n`;
process.stdout.write(report);
const out = values.out ?? (fullRun ? join(ROOT, 'bench', 'results', 'latest.md') : null);
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  console.error(`bench: wrote ${out}`);
} else {
  console.error('bench: a partial run (--sets, --limit or one DOM) does not overwrite bench/results/latest.md; pass --out to keep it');
}
