/**
 * The reader extracts from a snapshot of the page (its live DOM serialized, parsed again by linkedom in
 * the background), not from the page's DOM itself, so that the page's main thread does not wait for the
 * extraction. This checks, in both browsers, that nothing is lost on the way: for each page, the engine
 * run on the page's own DOM and the snapshot extraction run on the snapshot taken at the same moment give
 * the same article. Both run in the browser's own JavaScript engine, as the extension's background does
 * (word counts of unspaced scripts follow the browser's segmenter, which differs from Node's).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ExtractResult } from '../../src/engine/types';
import { OWN_PAGES, ROOT, SEED_MISSING, hasSeed } from '../support/paths';
import { ENGINE_PATH, SEED_PATH, SNAPSHOT_EXTRACTION_BUNDLE, SNAPSHOT_EXTRACTION_PATH } from '../support/server';
import { BROWSERS, useBrowserSession } from '../support/session';

/** The engine's fixture pages (each case of the engine issue), our plain pages, the XSS page, a few related-reads pages. */
const PAGES = [
  ...readdirSync(join(OWN_PAGES, 'engine')).filter((name) => name.endsWith('.html')).map((name) => `/pages/engine/${name}`),
  '/pages/article-en.html',
  '/pages/section-front.html',
  '/pages/hostile/xss-article.html',
  '/pages/related/en-flood-news.html',
  '/pages/related/de-politik.html',
  '/pages/related/en-table-layout.html',
];

/** The fixture pages with no story to extract (a section front, a gallery, search results, a video page). */
const NO_STORY = /(section-front|gallery|search-results|video)\.html$/;

/** Both extractions at the same moment, in the page: what the reader shows of each (related reads as their URLs). */
const BOTH_WAYS = `(async () => {
  const engine = await import('${ENGINE_PATH}');
  const { extractSnapshot } = await import('${SNAPSHOT_EXTRACTION_PATH}');
  const shown = (result) => {
    if (!result.ok) return result;
    const { related, ...article } = result.article;
    return { ok: true, ...article, related: related.map((candidate) => candidate.url) };
  };
  const fromPage = shown(engine.extract(document, location.href));
  const fromSnapshot = shown(extractSnapshot({ ok: true, html: document.documentElement.outerHTML, url: location.href }));
  return { fromPage, fromSnapshot };
})()`;

beforeAll(async () => {
  await build({ entryPoints: [join(ROOT, 'src', 'shared', 'snapshot-extraction.ts')], bundle: true, format: 'esm', outfile: SNAPSHOT_EXTRACTION_BUNDLE, logLevel: 'error' });
});

describe.each(BROWSERS)('%s', (_name, makeDriver) => {
  const session = useBrowserSession(makeDriver);

  const samePage = async (path: string): Promise<void> => {
    const tab = await session.driver.openPage(session.server.url(path));
    const { fromPage, fromSnapshot } = await session.driver.evaluate<{ fromPage: ExtractResult; fromSnapshot: ExtractResult }>(tab, BOTH_WAYS);
    await session.driver.closeTab(tab);
    // Pages without a story say so both ways; the others must have given a story, so the comparison means something.
    expect(fromPage.ok).toBe(!NO_STORY.test(path));
    expect(fromSnapshot).toEqual(fromPage);
  };

  it.each(PAGES)('%s: the snapshot gives the article the page itself gives', (path) => samePage(path));

  it.skipIf(!hasSeed)('the seed page: the snapshot gives the article the page itself gives', () => samePage(SEED_PATH));
  if (!hasSeed) console.warn(SEED_MISSING);
});
