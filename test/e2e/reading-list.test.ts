/**
 * The reading list page (issue 5), in both browsers over the real IndexedDB: views (unread, archived,
 * favourites, continue reading), filters (tag, site, language), full-text search with accents folded,
 * order, favourite and archive, bulk archive and tag, delete with undo, "/" to search, and the reader's
 * progress in a saved copy reaching "continue reading". Searches are answered by the word index once the
 * imported articles are merged into it (read from the database to be sure), and follow tags and deletes.
 */
import { describe, expect, it } from 'vitest';
import { openReader, poll } from '../support/driver';
import { BROWSERS, useBrowserSession } from '../support/session';
import { importText } from '../support/list-page';

const LIST = 'src/entries/list.html';
const DAY = 86_400_000;
const long = (words: string) => Array.from({ length: 120 }, (_, i) => `${words} sentence ${i}.`).join(' ');

/** Six articles, each different where the list's views, filters, search and order look. */
function listFile(origin: string): string {
  const article = (n: number, extra: Record<string, unknown>) => ({
    url: `${origin}/pages/list/article-${n}.html`, canonicalUrl: null, title: `Article ${n}`, byline: null, siteName: 'Ledger', publishedTime: new Date(Date.UTC(2025, 0, n)).toISOString(),
    lang: 'en', dir: 'ltr', leadImage: null, excerpt: null, contentHtml: `<p>${long('plain')}</p>`, textContent: long('plain'), wordCount: 100 * n, readingMinutes: n,
    savedAt: new Date(Date.UTC(2025, 5, 1) + n * DAY).toISOString(), updatedAt: new Date(Date.UTC(2025, 5, 1) + n * DAY).toISOString(), state: 'unread', tags: [],
    favourite: false, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [], ...extra,
  });
  return JSON.stringify({ format: 'lectern-library', version: 1, exportedAt: new Date().toISOString(), articles: [
    article(1, { title: 'Zebra crossings in Paris', tags: ['cities'], siteName: 'Gazette' }),
    article(2, { title: 'Le discours de l’Élysée', lang: 'fr', siteName: 'Le Monde' }),
    article(3, { title: 'Apple harvest begins', state: 'archived', tags: ['food'] }),
    article(4, { title: 'Middle of a long read', progress: 0.4 }),
    article(5, { title: 'Marmalade notes', textContent: long('quince'), favourite: true }),
    article(6, { title: 'Bridges of the north', tags: ['cities', 'travel'] }),
  ] });
}

describe.each(BROWSERS)('%s', (_name, makeDriver) => {
  const session = useBrowserSession(makeDriver);

  it('finds, filters, orders and acts on articles; undoes a delete', async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    const shown = () => session.driver.evaluate<string[]>(list, `[...document.querySelectorAll('.item-title')].map((a) => a.textContent)`);
    const showsExactly = async (titles: string[], what: string) => {
      let last: string[] = [];
      await poll(async () => JSON.stringify((last = await shown()).slice().sort()) === JSON.stringify(titles.slice().sort()), what).catch((error: Error) => {
        throw new Error(`${error.message}; the list shows ${JSON.stringify(last)}`);
      });
    };
    const click = async (selector: string) => {
      await poll(() => session.driver.evaluate<boolean>(list, `!!document.querySelector(${JSON.stringify(selector)})`), selector);
      await session.driver.evaluate(list, `document.querySelector(${JSON.stringify(selector)}).click()`);
    };
    /** Picks a filter's value as a user does, once the list offers it (a tag just added shows up with the next answer). */
    const choose = (name: string, value: string) =>
      poll(
        () => session.driver.evaluate<boolean>(list, `(() => {
          const s = document.querySelector('select[name="${name}"]');
          if (![...s.options].some((o) => o.value === ${JSON.stringify(value)})) return false;
          s.value = ${JSON.stringify(value)};
          s.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        })()`),
        `${value || 'any'} among the ${name} choices`,
      );
    /** The search index as stored: notes not merged yet, and whether a term is in its bucket. */
    const indexHas = (term: string) => session.driver.evaluate<{ notes: number; found: boolean }>(list, `new Promise((resolve, reject) => {
      const request = indexedDB.open('lectern');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction(['searchNotes', 'searchBuckets']);
        const notes = tx.objectStore('searchNotes').count();
        const bucket = tx.objectStore('searchBuckets').get(${JSON.stringify(term)}.slice(0, 3));
        tx.oncomplete = () => { request.result.close(); resolve({ notes: notes.result, found: !!bucket.result && bucket.result.terms.has(${JSON.stringify(term)}) }); };
      };
    })`);
    const search = (text: string) => session.driver.evaluate(list, `(() => { const i = document.querySelector('input[name="search"]'); i.value = ${JSON.stringify(text)}; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);

    await session.driver.evaluate(list, importText(listFile(session.server.origin)));
    await poll(async () => (await shown()).length === 6, 'the six articles');
    await poll(async () => JSON.stringify(await indexHas('quince')) === '{"notes":0,"found":true}', 'the imported articles merged into the word index');
    // Newest saved first by default.
    expect(await shown()).toEqual(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Apple harvest begins', 'Le discours de l’Élysée', 'Zebra crossings in Paris']);

    await click('button.view.unread');
    await showsExactly(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Le discours de l’Élysée', 'Zebra crossings in Paris'], 'the unread view');
    await click('button.view.archived');
    await showsExactly(['Apple harvest begins'], 'the archived view');
    await click('button.view.favourites');
    await showsExactly(['Marmalade notes'], 'the favourites view');
    await click('button.view.continue');
    await showsExactly(['Middle of a long read'], 'continue reading');
    await click('button.view.all');

    await choose('tag', 'cities');
    await showsExactly(['Bridges of the north', 'Zebra crossings in Paris'], 'the tag filter');
    await choose('tag', '');
    await choose('site', 'Le Monde');
    await showsExactly(['Le discours de l’Élysée'], 'the site filter');
    await choose('site', '');
    await choose('lang', 'fr');
    await showsExactly(['Le discours de l’Élysée'], 'the language filter');
    await choose('lang', '');

    await search('quince');
    await showsExactly(['Marmalade notes'], 'a word only in an article’s text');
    await search('elysee');
    await showsExactly(['Le discours de l’Élysée'], 'a title word, accents folded');
    await search('marmal');
    await showsExactly(['Marmalade notes'], 'the start of a word');
    await search('quince marmalade');
    await showsExactly(['Marmalade notes'], 'two words, in the text and the title');
    await search('quince zebra');
    await showsExactly([], 'two words never in one article');
    await search('nothing-like-this');
    await poll(async () => (await session.driver.evaluate<string>(list, `document.querySelector('.notice.empty')?.textContent ?? ''`)) === 'No article matches.', 'no match');
    await search('');

    await choose('sort', 'title');
    await session.driver.evaluate(list, `document.querySelector('input[name="descending"]').click()`);
    await poll(async () => (await shown())[0] === 'Apple harvest begins', 'title order, A first');
    expect(await shown()).toEqual(['Apple harvest begins', 'Bridges of the north', 'Le discours de l’Élysée', 'Marmalade notes', 'Middle of a long read', 'Zebra crossings in Paris']);
    await choose('sort', 'length');
    await poll(async () => (await shown())[0] === 'Zebra crossings in Paris', 'shortest first');

    // One article: favourite; then the unread ones archived and tagged together.
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('Bridges')).querySelector('button.favourite').click()`);
    await click('button.view.favourites');
    await showsExactly(['Bridges of the north', 'Marmalade notes'], 'the new favourite');
    await click('button.view.unread');
    await showsExactly(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Le discours de l’Élysée', 'Zebra crossings in Paris'], 'the unread view again');
    await click('input.select-all');
    await poll(() => session.driver.evaluate<boolean>(list, `!!document.querySelector('form.bulk-tag')`), "the selection's actions");
    await session.driver.evaluate(list, `(() => { const form = document.querySelector('form.bulk-tag'); form.querySelector('input').value = 'weekend'; form.requestSubmit(); })()`);
    await poll(async () => (await session.driver.evaluate<number>(list, `[...document.querySelectorAll('.item-tags .tag')].filter((t) => t.textContent === 'weekend').length`)) === 5, 'the tag on the five');
    await click('button.view.all');
    await choose('tag', 'weekend');
    await showsExactly(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Le discours de l’Élysée', 'Zebra crossings in Paris'], 'the tag added to the selection');
    await choose('tag', '');
    await search('weekend');
    await showsExactly(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Le discours de l’Élysée', 'Zebra crossings in Paris'], 'a tag found by search');
    await poll(async () => (await indexHas('weekend')).found, 'the new tag merged into the word index');
    await showsExactly(['Bridges of the north', 'Marmalade notes', 'Middle of a long read', 'Le discours de l’Élysée', 'Zebra crossings in Paris'], 'a tag found by search, from the index');
    await search('');
    await choose('tag', 'weekend');
    await click('button.bulk-archive');
    await choose('tag', '');
    await click('button.view.unread');
    await showsExactly([], 'nothing left unread');

    // Delete, then undo.
    await click('button.view.all');
    await poll(async () => (await shown()).length === 6, 'all six');
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('Apple')).querySelector('button.delete').click()`);
    await poll(async () => (await shown()).length === 5, 'one deleted');
    await search('apple');
    await showsExactly([], 'a deleted article not found');
    await click('button.undo');
    await showsExactly(['Apple harvest begins'], 'the delete undone, found again');
    await search('');
    await poll(async () => (await shown()).length === 6, 'all six again');

    // "/" goes to the search box.
    await session.driver.evaluate(list, `(() => { document.activeElement?.blur(); document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true })); })()`);
    expect(await session.driver.evaluate<string>(list, `document.activeElement?.name ?? ''`)).toBe('search');
    await session.driver.closeTab(list);
  });

  it('is driven from the keyboard: j and k move between articles, f, e and x act on the one in focus, Enter opens it', async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, `document.querySelectorAll('.item').length`)) === 6, 'the list');
    const focused = () => session.driver.evaluate<string>(list, `document.activeElement?.closest('.item')?.querySelector('.item-title').textContent ?? document.activeElement?.name ?? ''`);
    const item = (title: string) => `[...document.querySelectorAll('.item')].find((i) => i.querySelector('.item-title').textContent === ${JSON.stringify(title)})`;
    const titles = await session.driver.evaluate<string[]>(list, `[...document.querySelectorAll('.item-title')].map((a) => a.textContent)`);
    await session.driver.evaluate(list, `document.activeElement?.blur()`);
    await session.driver.pressKey(list, 'j');
    expect(await focused()).toBe(titles[0]);
    await session.driver.pressKey(list, 'j');
    expect(await focused()).toBe(titles[1]);
    const wasFavourite = await session.driver.evaluate<string>(list, `${item(titles[1]!)}.querySelector('button.favourite').getAttribute('aria-pressed')`);
    await session.driver.pressKey(list, 'f');
    await poll(async () => (await session.driver.evaluate<string>(list, `${item(titles[1]!)}.querySelector('button.favourite').getAttribute('aria-pressed')`)) !== wasFavourite, 'f: the favourite mark changed');
    const wasArchived = await session.driver.evaluate<boolean>(list, `${item(titles[1]!)}.classList.contains('archived')`);
    await session.driver.pressKey(list, 'e');
    await poll(async () => (await session.driver.evaluate<boolean>(list, `${item(titles[1]!)}.classList.contains('archived')`)) !== wasArchived, 'e: archived or back');
    await session.driver.pressKey(list, 'k');
    expect(await focused()).toBe(titles[0]);
    await session.driver.pressKey(list, 'x');
    await poll(() => session.driver.evaluate<boolean>(list, `${item(titles[0]!)}.querySelector('input.select-item').checked`), 'x: selected');
    await session.driver.pressKey(list, '/');
    expect(await focused()).toBe('search');
    await session.driver.evaluate(list, `document.activeElement.blur()`);
    await session.driver.pressKey(list, 'j');
    await session.driver.pressKey(list, 'Enter');
    await poll(async () => (await session.driver.evaluate<string>(list, `document.querySelector('.story .title')?.textContent ?? ''`)) === titles[0], 'Enter: the saved copy');
    await session.driver.closeTab(list);
  });

  it("records the reader's progress in a saved copy: it shows in the list and under continue reading", async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, `document.querySelectorAll('.item').length`)) === 6, 'the list');
    // Zebra (archived by the last test) back to unread, then read half of it in its saved copy.
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('Zebra')).querySelector('button.archive').click()`);
    await poll(async () => (await session.driver.evaluate<string>(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('Zebra')).className`)).includes('unread'), 'Zebra unread');
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item-title')].find((a) => a.textContent.includes('Zebra')).click()`);
    await poll(() => session.driver.evaluate<boolean>(list, `!!document.querySelector('.story .title')`), 'the saved copy');
    await session.driver.evaluate(list, 'window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)');
    await new Promise((r) => setTimeout(r, 1_000)); // written down once scrolling stops
    const listAgain = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await session.driver.evaluate(listAgain, `document.querySelector('button.view.continue').click()`);
    await poll(async () => (await session.driver.evaluate<string>(listAgain, `[...document.querySelectorAll('.item')].map((i) => i.textContent).join('|')`)).match(/Zebra[^|]*% read/) !== null, 'Zebra under continue reading, with its progress');
    await session.driver.closeTab(listAgain);
    await session.driver.closeTab(list);
  });

  it('saves one article from two tabs at once as one entry', async () => {
    const url = session.server.url('/pages/library/sourdough.html');
    const tabs = [await session.driver.openPage(url), await session.driver.openPage(url)];
    for (const tab of tabs) {
      await poll(async () => (await session.driver.badgeText(tab)) === '✓', 'the badge');
      await openReader(session.driver, tab);
    }
    await Promise.all(tabs.map((tab) => session.driver.evaluateInReader(tab, `document.querySelector('button.save').click()`)));
    for (const tab of tabs) await poll(async () => (await session.driver.evaluateInReader<string>(tab, `document.querySelector('button.save').textContent`)).startsWith('Saved'), 'saved in both tabs');
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, `[...document.querySelectorAll('.item')].filter((i) => i.querySelector('.item-title').href.includes(encodeURIComponent(${JSON.stringify(url)}))).length`)) === 1, 'one entry for the article');
    await new Promise((r) => setTimeout(r, 500));
    expect(await session.driver.evaluate<number>(list, `[...document.querySelectorAll('.item')].filter((i) => i.querySelector('.item-title').href.includes(encodeURIComponent(${JSON.stringify(url)}))).length`)).toBe(1);
    for (const tab of [...tabs, list]) await session.driver.closeTab(tab);
  });
});
