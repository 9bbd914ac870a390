/**
 * `npm run bench` (second part; alone: `npm run bench:related`): related reads on the labelled set
 * (bench/related-set.ts). Quality on jsdom documents; cost under jsdom and linkedom as the extra time
 * `extract` takes with related reads on (median of repeated runs on the same parsed document).
 * Writes bench/results/related.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/engine';
import { parse, type DomName } from '../test/support/dom';
import { ROOT } from '../test/support/paths';
import { labelledPages } from './related-set';
import { corpusPages, hasCorpus } from './corpus';
import { LibraryIndex, profileOf, type TermProfile } from '../src/shared/library-index';
import { scoreRelated, type RelatedScore } from './related-metrics';
import { formatNumber, formatPercent, mean, percentile } from './metrics';

/** Runs per page and setting: the median of these is the page's time (2 noisy cores). */
const RUNS = 15;
const DOMS: DomName[] = ['jsdom', 'linkedom'];

function medianTime(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return percentile(times, 50);
}

const pages = labelledPages();
interface Row {
  name: string;
  lang: string;
  heldOut: boolean;
  score: RelatedScore;
  cost: Record<DomName, number>;
}
const rows: Row[] = [];
for (const page of pages) {
  const quality = extract(parse('jsdom', page.html, page.labels.url), page.labels.url);
  if (!quality.ok) throw new Error(`bench: ${page.name} is not read as a story: ${quality.reason}`);
  const score = scoreRelated(quality.article.related.map((r) => r.url), page.labels);
  const cost = {} as Record<DomName, number>;
  for (const dom of DOMS) {
    const doc = parse(dom, page.html, page.labels.url);
    const withRelated = medianTime(() => extract(doc, page.labels.url));
    const without = medianTime(() => extract(doc, page.labels.url, { related: false }));
    cost[dom] = Math.max(0, withRelated - without);
  }
  rows.push({ name: page.name, lang: page.lang, heldOut: page.labels.heldOut ?? false, score, cost });
}

const fmt = formatNumber;
const pct = formatPercent;
function summary(label: string, group: Row[]): string {
  const scores = group.map((r) => r.score);
  const offered = scores.reduce((sum, s) => sum + s.offered, 0);
  const forbidden = scores.reduce((sum, s) => sum + s.forbidden.length, 0);
  return `| ${label} | ${group.length} | ${fmt(mean(scores.map((s) => s.precisionAt5).filter((v) => !Number.isNaN(v))))} | ${fmt(mean(scores.map((s) => s.rPrecision)))} | ${fmt(mean(scores.map((s) => s.recall)))} | ${forbidden} of ${offered} (${pct(forbidden / offered)}) | ${scores.filter((s) => s.relevantFirst).length} of ${group.length} |`;
}

const tuned = rows.filter((r) => !r.heldOut);
const heldOut = rows.filter((r) => r.heldOut);
const lines = [
  '# Related reads bench',
  '',
  `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${rows.length} labelled pages in ${[...new Set(rows.map((r) => r.lang))].sort().join(', ')}: test/pages/related, written and labelled for Lectern, and the seed page's truth. Every link on a page is relevant, acceptable or (all others) forbidden. The rules were tuned on the first group; the held-out pages (held-*) were written after they were frozen and never tuned on.`,
  '',
  'Precision at 5: the share of the first five offered (all, when fewer) that are relevant; most pages have two to four relevant links, so it cannot reach 1. R-precision: relevant links among the first R offered, R = the page\'s relevant count. Recall: relevant links offered at all.',
  '',
  '| pages | count | precision at 5 | R-precision | recall | forbidden offered | every relevant above every acceptable |',
  '|---|---|---|---|---|---|---|',
  summary('tuned on', tuned),
  ...(heldOut.length ? [summary('held out', heldOut), summary('all', rows)] : []),
  '',
  '| time to compute related reads per page (ms; extract with related reads minus without, median of 15 runs) | median | p95 |',
  '|---|---|---|',
  ...DOMS.map((dom) => `| ${dom} | ${fmt(percentile(rows.map((r) => r.cost[dom]), 50), 2)} | ${fmt(percentile(rows.map((r) => r.cost[dom]), 95), 2)} |`),
  '',
  '| page | offered | P@5 | R-prec | recall | relevant first | forbidden offered | jsdom ms | linkedom ms |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(({ name, score: s, cost }) => `| ${name} | ${s.offered} | ${fmt(s.precisionAt5, 2)} | ${fmt(s.rPrecision, 2)} | ${fmt(s.recall, 2)} | ${s.relevantFirst ? 'yes' : 'no'} | ${s.forbidden.map((url) => url.replace(/^https?:\/\/[^/]+/, '')).join(' ') || '–'} | ${fmt(cost.jsdom, 2)} | ${fmt(cost.linkedom, 2)} |`),
];
// ---- "From your library" at scale: the background's index over a reading list of 50,000 articles ----
/** The library size issue 5 asks the reading list to handle. */
const LIBRARY_SIZE = 50_000;
const LIBRARY_QUERIES = 200;
const texts = hasCorpus
  ? corpusPages().flatMap((page) => (page.truth.articleText ? [{ title: page.truth.title ?? '', textContent: page.truth.articleText, lang: page.truth.lang ?? null }] : []))
  : pages.map((page) => {
      const result = extract(parse('linkedom', page.html, page.labels.url), page.labels.url);
      return result.ok ? result.article : { title: '', textContent: '', lang: null };
    });
const t0 = performance.now();
const distinct = texts.map(profileOf);
const profileMs = (performance.now() - t0) / distinct.length;
// Real articles' profiles, repeated under new ids up to the library size (each term list shuffled a little so that repeats are not identical).
const entries: { id: string; profile: TermProfile }[] = [];
for (let i = 0; i < LIBRARY_SIZE; i++) {
  const base = distinct[i % distinct.length]!;
  entries.push({ id: `article-${i}`, profile: i < distinct.length ? base : base.filter((_, j) => (i + j) % 7 !== 0) });
}
const t1 = performance.now();
const library = new LibraryIndex(entries);
const loadMs = performance.now() - t1;
// Each query twice: right after a save (the index's cached vector lengths are dropped), then again.
const afterSave: number[] = [];
const queryTimes: number[] = [];
for (let q = 0; q < LIBRARY_QUERIES; q++) {
  const profile = distinct[(q * 7919) % distinct.length]!;
  library.set(`article-${q}`, entries[q]!.profile);
  for (const times of [afterSave, queryTimes]) {
    const start = performance.now();
    library.closest(profile, `article-${q}`);
    times.push(performance.now() - start);
  }
}
lines.push(
  '',
  `## From your library, at ${LIBRARY_SIZE.toLocaleString('en')} saved articles`,
  '',
  `Profiles of ${distinct.length.toLocaleString('en')} real article texts (${hasCorpus ? 'the corpus truth' : 'the labelled pages'}), repeated with small variations up to ${LIBRARY_SIZE.toLocaleString('en')}; ${LIBRARY_QUERIES} queries with real profiles.`,
  '',
  '| measure | ms |',
  '|---|---|',
  `| term profile of one article (mean) | ${fmt(profileMs, 2)} |`,
  `| build the index from ${LIBRARY_SIZE.toLocaleString('en')} stored profiles (once per background start) | ${fmt(loadMs, 0)} |`,
  `| closest five, first query after a save, median / p95 | ${fmt(percentile(afterSave, 50), 2)} / ${fmt(percentile(afterSave, 95), 2)} |`,
  `| closest five, later queries, median / p95 | ${fmt(percentile(queryTimes, 50), 2)} / ${fmt(percentile(queryTimes, 95), 2)} |`,
);

const report = `${lines.join('\n')}\n`;
process.stdout.write(report);
const out = join(ROOT, 'bench', 'results', 'related.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.error(`bench: wrote ${out}`);
