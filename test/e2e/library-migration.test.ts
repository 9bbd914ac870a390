/**
 * The reading list's database migrations, in each browser's real IndexedDB: a list stored by version 1
 * (articles only, before term profiles existed) and one stored by version 2 (articles and profiles, before
 * favourites, progress and highlights) are opened by this build, which upgrades them to version 4.
 * Nothing saved is lost, the new fields get their defaults, the old articles are found by "From your
 * library" at once, and the search's word index is built for them in the background.
 */
import { describe, expect, it } from 'vitest';
import { poll } from '../support/driver';
import { BROWSERS, useBrowserSession } from '../support/session';

const SKI = 'Alpine ski resorts close glacier slopes as the ice melts away';
const SKI_URL = 'https://mountain-weekly.example/news/alpine-ski-resorts-close-glacier-slopes-4411';

/** A profile as version 2 stored it, kept as it is by the upgrade to 3 (not computed again). */
const VERSION_2_PROFILE = [['glacier', 4], ['ski', 3], ['alpine', 2], ['resorts', 2], ['slopes', 2], ['ice', 2], ['melting', 1], ['summer', 1], ['heatwave', 1], ['skiers', 1], ['glaciologists', 1], ['season', 1]];

/** Runs in an extension page before anything of Lectern has opened the database: writes it as that version did. */
const writeVersion = (version: 1 | 2): string => `new Promise((resolve, reject) => {
  const request = indexedDB.open('lectern', ${version});
  request.onupgradeneeded = () => {
    const articles = request.result.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('savedAt', 'savedAt');
    if (${version} >= 2) request.result.createObjectStore('profiles', { keyPath: 'id' });
  };
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction(${version} >= 2 ? ['articles', 'profiles'] : ['articles'], 'readwrite');
    if (${version} >= 2) tx.objectStore('profiles').put({ id: ${JSON.stringify(SKI_URL)}, profile: ${JSON.stringify(VERSION_2_PROFILE)} });
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

for (const [name, makeDriver] of BROWSERS) describe.each([1, 2] as const)(`${name}: reading list database migration from version %i`, (version) => {
    const session = useBrowserSession(makeDriver);

    it(`upgrades a version ${version} list to version 4: every article kept with the new fields' defaults, found as a library match and by a word of its text`, async () => {
      // The options page never opens the reading list's database, so it can write the old version first.
      const options = await session.driver.openExtensionPage('src/entries/options.html', 'main');
      expect(await session.driver.evaluate(options, writeVersion(version))).toBe(true);

      const tab = await session.driver.openPage(session.server.url('/pages/library/glacier-melt.html'));
      await poll(async () => (await session.driver.badgeText(tab)) === '✓', 'the badge on the glacier story');
      await session.driver.clickToolbarButton(tab);
      await poll(async () => (await session.driver.evaluateInReader<string[]>(tab, `[...document.querySelectorAll('.library .library-match')].map((b) => b.textContent)`)).includes(SKI), 'the migrated article as a library match');

      const list = await session.driver.openExtensionPage('src/entries/list.html', '.item-title');
      expect(await session.driver.evaluate(list, `document.querySelector('.item-title').textContent`)).toBe(SKI);
      // A word only in the text, found once the background has indexed the list it upgraded.
      await session.driver.evaluate(list, `(() => { const i = document.querySelector('input[name="search"]'); i.value = 'glaciologist'; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      await poll(async () => (await session.driver.evaluate<string>(list, `[...document.querySelectorAll('.item-title')].map((a) => a.textContent).join('|')`)) === SKI, 'the old article found by a word of its text');
      const readStored = () => session.driver.evaluate<{ version: number; state: string; tags: string[]; savedAt: string; profile: [string, number][]; added: Record<string, unknown>; index: Record<string, unknown> }>(
        list,
        `new Promise((resolve) => {
          const request = indexedDB.open('lectern');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['articles', 'profiles', 'searchState', 'searchBuckets']);
            const article = tx.objectStore('articles').get(${JSON.stringify(SKI_URL)});
            const profile = tx.objectStore('profiles').get(${JSON.stringify(SKI_URL)});
            const search = tx.objectStore('searchState').get('state');
            const bucket = tx.objectStore('searchBuckets').get('gla');
            tx.oncomplete = () => {
              const a = article.result;
              resolve({ version: db.version, state: a.state, tags: a.tags, savedAt: a.savedAt, profile: profile.result.profile,
                added: { favourite: a.favourite, progress: a.progress, lastReadAt: a.lastReadAt, contentStatus: a.contentStatus, highlights: a.highlights },
                index: { complete: search.result.complete, live: search.result.live, glaciologists: !!bucket.result && bucket.result.terms.has('glaciologists') } });
              db.close();
            };
          };
        })`,
      );
      let stored = await readStored();
      await poll(async () => (stored = await readStored()).index['complete'] === true, 'the word index built');
      expect(stored).toMatchObject({ version: 4, state: 'archived', tags: ['alps'], savedAt: '2026-01-02T03:04:05.000Z', index: { complete: true, live: 1, glaciologists: true } });
      expect(stored.added).toEqual({ favourite: false, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [] });
      if (version === 2) expect(stored.profile).toEqual(VERSION_2_PROFILE);
      else expect(stored.profile.length).toBeGreaterThan(10);
    });
});
