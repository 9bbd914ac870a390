/**
 * The reading list's database migration, in each browser's real IndexedDB: a list stored by version 1
 * (articles only, before term profiles existed) is opened by this build, which upgrades it to version 2.
 * Nothing saved is lost, and the old articles are found by "From your library" at once.
 */
import { describe, expect, it } from 'vitest';
import { poll } from '../support/driver';
import { BROWSERS, useBrowserSession } from '../support/session';

const SKI = 'Alpine ski resorts close glacier slopes as the ice melts away';
const SKI_URL = 'https://mountain-weekly.example/news/alpine-ski-resorts-close-glacier-slopes-4411';

/** Runs in an extension page before anything of Lectern has opened the database: writes it as version 1 did. */
const WRITE_VERSION_1 = `new Promise((resolve, reject) => {
  const request = indexedDB.open('lectern', 1);
  request.onupgradeneeded = () => {
    const articles = request.result.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('savedAt', 'savedAt');
  };
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction('articles', 'readwrite');
    tx.objectStore('articles').put({
      id: ${JSON.stringify(SKI_URL)}, url: ${JSON.stringify(SKI_URL)}, canonicalUrl: null,
      title: ${JSON.stringify(SKI)}, byline: null, siteName: 'Mountain Weekly', publishedTime: null, lang: 'en', dir: 'ltr',
      leadImage: null, excerpt: null, wordCount: 60, readingMinutes: 1,
      contentHtml: '<p>Several Alpine ski resorts have closed their glacier slopes: the ice is too thin.</p>',
      textContent: 'Several Alpine ski resorts have closed their glacier slopes for the summer season, saying the ice has become too thin. Glaciologists say Alpine glaciers are melting faster than ever, and the heatwave left bare ice where skiers trained.',
      savedAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z', state: 'archived', tags: ['alps'],
    });
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

for (const [name, makeDriver] of BROWSERS) {
  describe(`${name}: reading list database migration`, () => {
    const session = useBrowserSession(makeDriver);

    it('upgrades a version 1 list to version 2: every article kept, and found as a library match', async () => {
      // The options page never opens the reading list's database, so it can write the old version first.
      const options = await session.driver.openExtensionPage('src/entries/options.html', 'main');
      expect(await session.driver.evaluate(options, WRITE_VERSION_1)).toBe(true);

      const tab = await session.driver.openPage(session.server.url('/pages/library/glacier-melt.html'));
      await poll(async () => (await session.driver.badgeText(tab)) === '✓', 'the badge on the glacier story');
      await session.driver.clickToolbarButton(tab);
      await poll(async () => (await session.driver.evaluateInReader<string[]>(tab, `[...document.querySelectorAll('.library .library-match')].map((b) => b.textContent)`)).includes(SKI), 'the migrated article as a library match');

      const list = await session.driver.openExtensionPage('src/entries/list.html', '.item-title');
      expect(await session.driver.evaluate(list, `document.querySelector('.item-title').textContent`)).toBe(SKI);
      const stored = await session.driver.evaluate<{ version: number; state: string; tags: string[]; savedAt: string; profileTerms: number }>(
        list,
        `new Promise((resolve) => {
          const request = indexedDB.open('lectern');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['articles', 'profiles']);
            const article = tx.objectStore('articles').get(${JSON.stringify(SKI_URL)});
            const profile = tx.objectStore('profiles').get(${JSON.stringify(SKI_URL)});
            tx.oncomplete = () => { resolve({ version: db.version, state: article.result.state, tags: article.result.tags, savedAt: article.result.savedAt, profileTerms: profile.result.profile.length }); db.close(); };
          };
        })`,
      );
      expect(stored).toEqual({ version: 2, state: 'archived', tags: ['alps'], savedAt: '2026-01-02T03:04:05.000Z', profileTerms: expect.any(Number) });
      expect(stored.profileTerms).toBeGreaterThan(10);
    });
  });
}
