/**
 * The reading list's index through storage.sync (issue 5), in both browsers: browser A's list (states,
 * tags, favourite, progress, a delete) is pushed into its storage.sync; the items are carried, as the
 * browser's sync service would, into a second browser with a fresh profile, whose list then shows A's
 * articles as links with A's list state, deletes the article A deleted, keeps its own, fetches an
 * article's text when it is opened, and pushes the union back. (No test can sign two browsers in to one
 * account: the carrying is the one step done by hand.)
 */
import { describe, expect, it } from 'vitest';
import { poll } from '../support/driver';
import { BROWSERS, useBrowserSession, type BrowserSession } from '../support/session';
import { importText } from '../support/list-page';

const LIST = 'src/entries/list.html';
const PAGES = { glacier: '/pages/library/glacier-melt.html', sourdough: '/pages/library/sourdough.html', flood: '/pages/related/en-flood-news.html', own: '/pages/article-en.html' };

function listFile(origin: string, articles: Record<string, unknown>[]): string {
  const full = articles.map((extra) => ({
    canonicalUrl: null, byline: null, siteName: 'Test', publishedTime: null, lang: 'en', dir: 'ltr', leadImage: null, excerpt: null,
    contentHtml: '<p>Stored text.</p>', textContent: 'Stored text.', wordCount: 2, readingMinutes: 1, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    state: 'unread', tags: [], favourite: false, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [],
    ...extra, url: `${origin}${extra['url'] as string}`,
  }));
  return JSON.stringify({ format: 'lectern-library', version: 1, exportedAt: new Date().toISOString(), articles: full });
}

const STORAGE = `(globalThis.browser ?? globalThis.chrome).storage`;
const SYNCED = `(async () => Object.fromEntries(Object.entries(await ${STORAGE}.sync.get(null)).filter(([key]) => key.startsWith('list.'))))()`;
const TITLES = `[...document.querySelectorAll('.item-title')].map((a) => a.textContent).sort().join('|')`;
const itemsOf = (items: Record<string, { e?: unknown[][]; d?: unknown[][] }>) => Object.entries(items).filter(([k]) => k !== 'list.gone').flatMap(([, v]) => v.e ?? []);

for (const [name, makeDriver] of BROWSERS) {
  describe(`${name}: the reading list through storage.sync`, () => {
    let carried: Record<string, { e?: unknown[][]; d?: unknown[][] }> = {};
    let origin = '';

    describe('browser A', () => {
      const a: BrowserSession = useBrowserSession(makeDriver);
      it('pushes its index: list state, no content, and its deletions', async () => {
        origin = a.server.origin;
        const list = await a.driver.openExtensionPage(LIST, 'main.reading-list');
        await a.driver.evaluate(list, importText(listFile(origin, [
          { url: PAGES.glacier, title: 'Glacier (A)', state: 'archived', tags: ['climate'], savedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-02T00:00:00.000Z' },
          { url: PAGES.sourdough, title: 'Sourdough (A)', favourite: true, progress: 0.5, lastReadAt: '2026-03-03T00:00:00.000Z', savedAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z' },
          { url: PAGES.flood, title: 'Flood (A)', savedAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z' },
        ])));
        await poll(async () => (await a.driver.evaluate<number>(list, `document.querySelectorAll('.item').length`)) === 3, 'the three articles');
        await a.driver.evaluate(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('Flood (A)')).querySelector('button.delete').click()`);
        await poll(async () => (await a.driver.evaluate<number>(list, `document.querySelectorAll('.item').length`)) === 2, 'one deleted');
        await poll(async () => {
          carried = await a.driver.evaluate(list, SYNCED);
          return itemsOf(carried).length === 2 && (carried['list.gone']?.d ?? []).length === 1;
        }, 'the index pushed', 30_000, 500);
        const entries = itemsOf(carried).map((e) => e.slice(0, 3).concat([e[6], e[7]]));
        expect(entries.sort()).toEqual([
          [`${origin}${PAGES.glacier}`, 'Glacier (A)', 1, 0, ['climate']],
          [`${origin}${PAGES.sourdough}`, 'Sourdough (A)', 2, 500, []],
        ]);
        expect(carried['list.gone']!.d![0]![0]).toBe(`${origin}${PAGES.flood}`);
        expect(JSON.stringify(carried)).not.toContain('Stored text');
        await a.driver.closeTab(list);
      });
    });

    describe('browser B', () => {
      const b: BrowserSession = useBrowserSession(makeDriver);
      it("shows A's articles with A's list state, drops the one A deleted, keeps its own, fetches text when opened, and pushes the union", async () => {
        expect(itemsOf(carried)).toHaveLength(2); // browser A's test ran first
        // B's pages are served by its own server: A's addresses point at A's, which is closed. Same paths, B's origin.
        const moved = JSON.parse(JSON.stringify(carried).split(origin).join(b.server.origin)) as typeof carried;
        const list = await b.driver.openExtensionPage(LIST, 'main.reading-list');
        await b.driver.evaluate(list, importText(listFile(b.server.origin, [
          { url: PAGES.flood, title: 'Flood (B)', savedAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z' },
          { url: PAGES.own, title: 'Only in B', savedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
        ])));
        await poll(async () => (await b.driver.evaluate<string>(list, TITLES)) === 'Flood (B)|Only in B', "B's own list");

        await b.driver.evaluate(list, `${STORAGE}.sync.set(${JSON.stringify(moved)})`);
        await poll(async () => (await b.driver.evaluate<string>(list, TITLES)) === 'Glacier (A)|Only in B|Sourdough (A)', "A's articles in, A's deletion applied", 30_000);
        const states = await b.driver.evaluate<string>(list, `[...document.querySelectorAll('.item')].map((i) => [i.querySelector('.item-title').textContent, i.className.includes('archived') ? 'archived' : 'unread', !!i.querySelector('.link-only'), i.querySelector('button.favourite')?.getAttribute('aria-pressed')].join(':')).sort().join('|')`);
        expect(states).toBe('Glacier (A):archived:true:false|Only in B:unread:false:false|Sourdough (A):unread:true:true');

        // Opened: its text fetched now, from the page.
        await b.driver.evaluate(list, `[...document.querySelectorAll('.item-title')].find((a) => a.textContent === 'Glacier (A)').click()`);
        await poll(async () => ((await b.driver.evaluate<string>(list, `document.querySelector('.story .content')?.textContent ?? ''`)).length > 300), 'the text fetched when opened', 30_000);

        // B's push: A's articles and B's own, and A's deletion carried on.
        await poll(async () => {
          const pushed = await b.driver.evaluate<typeof carried>(list, SYNCED);
          return itemsOf(pushed).length === 3 && (pushed['list.gone']?.d ?? []).length === 1;
        }, 'the union pushed from B', 30_000, 500);
        const again = await b.driver.openExtensionPage(LIST, 'main.reading-list');
        await poll(async () => (await b.driver.evaluate<string>(again, `document.querySelector('.sync-status')?.textContent ?? ''`)).includes('all 3 articles'), 'the sync status in the list');
        await b.driver.closeTab(again);
        await b.driver.closeTab(list);
      });
    });
  });
}
