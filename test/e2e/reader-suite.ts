/**
 * The end-to-end suite, written once and run in each browser: badge, toolbar toggle, the seed story
 * against truth.json, Esc and the toolbar close leaving the page as it was, options followed live,
 * save → reading list → restart → opened with the site gone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openReader as openReaderIn, poll, type ExtensionDriver, type Tab } from '../support/driver';
import { SEED_DIR, SEED_MISSING, hasSeed, type SeedTruth } from '../support/paths';
import { SEED_PATH, startServer, type PageServer } from '../support/server';
import { SNAPSHOT_SCRIPT, expectSeedReader, type ReaderSnapshot } from '../support/reader-checks';

const truth: SeedTruth | null = hasSeed ? JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8')) : null;
/** The seed when ../shared is there; otherwise our own article, so that the browser tests still run. */
const ARTICLE_PATH = hasSeed ? SEED_PATH : '/pages/article-en.html';
const PAGE_STATE = '({ html: document.documentElement.outerHTML, y: window.scrollY })';
const BACKGROUND = 'getComputedStyle(document.documentElement).backgroundColor';

export function describeReaderSuite(makeDriver: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  let server: PageServer;

  const openArticle = async (path = ARTICLE_PATH): Promise<Tab> => {
    const tab = await driver.openPage(server.url(path));
    await poll(async () => (await driver.badgeText(tab)) === '✓' || path !== ARTICLE_PATH, 'the article badge');
    return tab;
  };
  const openReader = (tab: Tab) => openReaderIn(driver, tab);
  const readerIsClosed = async (tab: Tab): Promise<boolean> =>
    !(await driver.hasReaderFrame(tab)) && (await driver.evaluate<boolean>(tab, `document.querySelector('lectern-reader') === null`));

  beforeAll(async () => {
    if (!hasSeed) console.warn(`${SEED_MISSING}; using test/pages/article-en.html instead`);
    server = await startServer();
    driver = await makeDriver();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('binds the default shortcut, Alt+Shift+Y, to the reader toggle', async () => {
    expect(await driver.toggleShortcut()).toBe('Alt+Shift+Y');
  });

  it('badges an article and not a section front', async () => {
    const article = await openArticle();
    expect(await driver.badgeText(article)).toBe('✓');
    const front = await driver.openPage(server.url('/pages/section-front.html'));
    await poll(async () => (await driver.badgeText(front)) === '' && (await driver.evaluate<string>(front, 'document.readyState')) === 'complete', 'the section front to load');
    await new Promise((r) => setTimeout(r, 500));
    expect(await driver.badgeText(front)).toBe('');
    await driver.closeTab(front);
    await driver.closeTab(article);
  });

  it.skipIf(!hasSeed)('shows the seed story as truth.json says: title once, metadata, every paragraph, no clutter, related reads', async () => {
    const tab = await openArticle();
    await openReader(tab);
    await poll(() => driver.evaluateInReader<boolean>(tab, `!!document.querySelector('.related li')`), 'related reads');
    expectSeedReader(await driver.evaluateInReader<ReaderSnapshot>(tab, SNAPSHOT_SCRIPT), truth!);
    await driver.closeTab(tab);
  });

  it('closes on Esc and on the toolbar button, leaving the page exactly as it was, scroll included', async () => {
    const tab = await openArticle();
    await driver.evaluate(tab, 'window.scrollTo(0, 700)');
    const before = await driver.evaluate<{ html: string; y: number }>(tab, PAGE_STATE);
    expect(before.y).toBeGreaterThan(0);

    await openReader(tab);
    await driver.pressKeyInReader(tab, 'Escape');
    await poll(() => readerIsClosed(tab), 'the reader to close on Esc');
    expect(await driver.evaluate(tab, PAGE_STATE)).toEqual(before);

    await openReader(tab);
    await driver.clickToolbarButton(tab);
    await poll(() => readerIsClosed(tab), 'the reader to close on the toolbar button');
    expect(await driver.evaluate(tab, PAGE_STATE)).toEqual(before);
    await driver.closeTab(tab);
  });

  it('keeps keyboard focus off the page: Tab past the reader\'s last control never leaves it on a page link', async () => {
    const tab = await openArticle('/pages/article-en.html');
    await openReader(tab);
    // The page sees the reader's host as its focused element while focus is in the reader, and no element
    // (its body) while focus is in the browser's own interface, where Tab goes after a document's last
    // control; never one of its own links or controls.
    const pageFocus = `(() => { const el = document.activeElement; return el === document.querySelector('lectern-reader') ? 'reader' : !el || el === document.body ? 'off the page' : el.localName; })()`;
    const offThePage = async (): Promise<boolean> => ['reader', 'off the page'].includes(await driver.evaluate<string>(tab, pageFocus));
    await poll(async () => (await driver.evaluate<string>(tab, pageFocus)) === 'reader', 'the reader to take focus');
    const controls = await driver.evaluateInReader<number>(tab, `document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length`);
    // Enough presses to go past the reader's last control and round again. (Chromium then moves focus to the
    // page's first link, which the reader takes back; in Firefox, Tab never reached the page in our runs.)
    for (let press = 0; press < controls + 3; press++) {
      await driver.pressKey(tab, 'Tab');
      await poll(offThePage, `focus off the page after Tab ${press + 1} of ${controls + 3}`);
    }
    await driver.closeTab(tab);
  });

  it('follows the options page at once: theme and text size', async () => {
    const tab = await openArticle();
    await openReader(tab);
    const optionsOpened = driver.nextNewTab('fieldset.theme');
    await driver.evaluateInReader(tab, `document.querySelector('button.open-options').click()`);
    const options = await optionsOpened;
    expect(await driver.tabUrl(options)).toContain('src/entries/options.html');
    // The browser answers after the page shows; until it has, the page names no shortcut.
    const shortcut = await poll(() => driver.evaluate<string>(options, `document.querySelector('.current-shortcut').textContent`), 'the shortcut on the options page');
    expect(shortcut).toBe('Alt+Shift+Y');

    const themes: [string, string][] = [['dark', 'rgb(28, 28, 30)'], ['sepia', 'rgb(244, 236, 216)'], ['light', 'rgb(255, 255, 255)']];
    for (const [theme, color] of themes) {
      await driver.evaluate(options, `document.querySelector('input[value="${theme}"]').click()`);
      await poll(async () => (await driver.evaluateInReader<string>(tab, BACKGROUND)) === color, `the ${theme} theme in the open reader`);
    }
    await driver.evaluate(options, `(() => { const s = document.querySelector('.font-size select'); s.value = '24'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await poll(async () => (await driver.evaluateInReader<string>(tab, `getComputedStyle(document.querySelector('.story')).fontSize`)) === '24px', 'the new text size in the open reader');
    await driver.closeTab(options);
    await driver.closeTab(tab);
  });

  it('saves the article, lists it, keeps it across a restart and opens it with the site gone', async () => {
    const tab = await openArticle();
    await openReader(tab);
    const title = await driver.evaluateInReader<string>(tab, `document.querySelector('.story .title').textContent`);
    await driver.evaluateInReader(tab, `document.querySelector('button.save').click()`);
    await poll(async () => (await driver.evaluateInReader<string>(tab, `document.querySelector('button.save').textContent`)) === 'Saved', 'the save');

    const listOpened = driver.nextNewTab('.item-title');
    await driver.evaluateInReader(tab, `document.querySelector('button.open-list').click()`);
    const list = await listOpened;
    expect(await driver.evaluate(list, `document.querySelector('.item-title').textContent`)).toBe(title);

    await driver.restart();
    await server.close();
    const listAgain = await driver.openExtensionPage('src/entries/list.html', '.item-title');
    expect(await driver.evaluate(listAgain, `document.querySelectorAll('.item').length`)).toBe(1);
    await driver.evaluate(listAgain, `document.querySelector('.item-title').click()`);
    await poll(() => driver.evaluate<boolean>(listAgain, `!!document.querySelector('.story .title')`), 'the saved copy');
    expect(await driver.evaluate(listAgain, `document.querySelector('.story .title').textContent`)).toBe(title);
    const story = await driver.evaluate<string>(listAgain, `document.querySelector('.story').innerText`);
    if (truth) for (const snippet of truth.mustInclude) expect(story).toContain(snippet);
    server = await startServer();
  });

  it("saves a page and opens the reading list from the toolbar button's menu", async () => {
    const tab = await driver.openPage(server.url('/pages/article-en.html'));
    await poll(async () => (await driver.badgeText(tab)) === '✓', 'the article badge');
    await driver.clickToolbarMenuItem(tab, 'lectern-save-page');
    expect(await driver.hasReaderFrame(tab)).toBe(false);
    const listOpened = driver.nextNewTab('.item-title');
    await driver.clickToolbarMenuItem(tab, 'lectern-open-list');
    const list = await listOpened;
    await poll(async () => (await driver.evaluate<string>(list, `document.querySelector('.items').textContent`)).includes('How the river towns learned'), 'the saved page in the list');
  });

  it('shows the saved articles closest to the open one, opens their saved copy, and follows a delete at once', async () => {
    const SKI = 'Alpine ski resorts close glacier slopes as the ice melts away';
    const SOURDOUGH = 'How to keep a sourdough starter alive while you are on holiday';
    // The list follows saves made elsewhere (the background's library-changed signal), without a reload.
    const list = await driver.openExtensionPage('src/entries/list.html', '.reading-list');
    for (const [name, title] of [['glacier-ski', SKI], ['sourdough', SOURDOUGH]] as const) {
      const page = await driver.openPage(server.url(`/pages/library/${name}.html`));
      await poll(async () => (await driver.badgeText(page)) === '✓', `the badge on ${name}`);
      await driver.clickToolbarMenuItem(page, 'lectern-save-page');
      await poll(async () => (await driver.evaluate<string>(list, `document.querySelector('.items')?.textContent ?? ''`)).includes(title), `${name} in the open reading list`);
      await driver.closeTab(page);
    }

    const tab = await driver.openPage(server.url('/pages/library/glacier-melt.html'));
    await poll(async () => (await driver.badgeText(tab)) === '✓', 'the badge on the glacier story');
    await openReader(tab);
    const matches = () => driver.evaluateInReader<string[]>(tab, `[...document.querySelectorAll('.library .library-match')].map((b) => b.textContent)`);
    // The glacier story finds the ski-slopes story, and nothing unrelated (the sourdough, the stories saved earlier).
    await poll(async () => JSON.stringify(await matches()) === JSON.stringify([SKI]), 'the library match');

    const copyOpened = driver.nextNewTab('.story .title');
    await driver.evaluateInReader(tab, `document.querySelector('.library-match').click()`);
    const copy = await copyOpened;
    expect(await driver.evaluate(copy, `document.querySelector('.story .title').textContent`)).toBe(SKI);
    expect(await driver.tabUrl(copy)).toContain('saved=');
    await driver.closeTab(copy);

    await driver.evaluate(list, `[...document.querySelectorAll('.item')].find((li) => li.textContent.includes(${JSON.stringify(SKI)})).querySelector('.delete').click()`);
    await poll(async () => (await matches()).length === 0, 'the open reader to drop the deleted article');
    expect(await driver.evaluateInReader<boolean>(tab, `!!document.querySelector('.library')`)).toBe(false);
    await driver.closeTab(list);
    await driver.closeTab(tab);
  });
}

