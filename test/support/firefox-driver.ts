/**
 * The ExtensionDriver for Debian's Firefox ESR, over puppeteer-core and raw WebDriver BiDi. Tabs are
 * tracked by their BiDi browsing context: puppeteer does not follow the navigations of extension pages
 * and frames, the protocol does.
 */
import type { Page } from 'puppeteer-core';
import { READER_PAGE, poll, type ExtensionDriver, type Tab } from './driver';
import {
  EXTENSION_ORIGIN,
  clickToolbarButton,
  clickToolbarMenuItem,
  closeContext,
  emulatePrint,
  evaluateInFrame,
  findFrameContext,
  launchFirefox,
  topLevelContexts,
  type FirefoxSession,
} from './firefox';

interface Tracked {
  context: string;
  /** The puppeteer page, for tabs we opened ourselves (keyboard input goes through it). */
  page: Page | null;
}

export async function firefoxDriver(options: { locale?: string } = {}): Promise<ExtensionDriver> {
  let session: FirefoxSession = await launchFirefox(options);
  const tabs = new Map<string, Tracked>();
  const tracked = (tab: Tab): Tracked => tabs.get(tab.id)!;
  const track = (context: string, page: Page | null): Tab => {
    tabs.set(context, { context, page });
    return { id: context };
  };
  const known = (context: string) => [...tabs.values()].some((t) => t.context === context);

  /** A tab not tracked yet whose URL matches, once `readySelector` is in it. */
  const waitForNewContext = (matches: (url: string) => boolean, readySelector: string, what: string) =>
    poll(async () => {
      for (const { context, url } of await topLevelContexts(session)) {
        if (known(context) || !matches(url)) continue;
        if (await evaluateInFrame<boolean>(session, context, `!!document.querySelector(${JSON.stringify(readySelector)})`)) return context;
      }
      return null;
    }, what);

  const urlOf = async (tab: Tab): Promise<string> =>
    (await topLevelContexts(session)).find((c) => c.context === tracked(tab).context)?.url ?? '';
  const readerContext = (tab: Tab): Promise<string | null> => findFrameContext(session, tracked(tab).context, READER_PAGE);

  /** Extension APIs are reached from one of the extension's own pages, opened once per browser run. */
  let helper: Tab | null = null;
  const extensionApi = async <T>(script: string): Promise<T> => {
    // The list page, not options: runtime.openOptionsPage would focus an open options tab instead of opening one.
    helper ??= await driver.openExtensionPage('src/entries/list.html', 'main.reading-list');
    return evaluateInFrame<T>(session, tracked(helper).context, script);
  };

  const driver: ExtensionDriver = {
    name: 'Firefox',
    async openPage(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      const context = await poll(async () => (await topLevelContexts(session)).find((c) => c.url === url && !known(c.context))?.context, 'the new tab');
      return track(context, page);
    },
    async openExtensionPage(path, readySelector) {
      const page = await session.browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // goto on moz-extension:// may never resolve: start it and watch the protocol instead.
      void page.goto(url).catch(() => undefined);
      return track(await waitForNewContext((u) => u === url, readySelector, url), page);
    },
    async nextNewTab(readySelector) {
      return track(await waitForNewContext((u) => u.startsWith(EXTENSION_ORIGIN), readySelector, 'a new extension tab'), null);
    },
    tabUrl: urlOf,
    async closeTab(tab) {
      await closeContext(session, tracked(tab).context);
      tabs.delete(tab.id);
      if (helper?.id === tab.id) helper = null;
    },
    async badgeText(tab) {
      const url = await urlOf(tab);
      return extensionApi<string>(`(async () => {
        // Several tabs can share a URL (about:blank): the test's is the one it used last. The extension is
        // not shown the URL of about: pages (no host permission for them): those tabs come without one.
        const url = ${JSON.stringify(url)};
        const tabs = (await browser.tabs.query({})).filter((t) => t.url === url || (!t.url && url.startsWith('about:')));
        const tab = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
        return tab ? browser.action.getBadgeText({ tabId: tab.id }) : 'no such tab';
      })()`);
    },
    toggleShortcut: () =>
      extensionApi<string | null>(`browser.commands.getAll().then((all) => all.find((c) => c.name === 'toggle-reader')?.shortcut || null)`),
    clickToolbarButton: (tab) => clickToolbarButton(session, tracked(tab).context),
    clickToolbarMenuItem: (tab, id) => clickToolbarMenuItem(session, tracked(tab).context, id),
    evaluate: (tab, script) => evaluateInFrame(session, tracked(tab).context, script),
    async evaluateInReader<T>(tab: Tab, script: string): Promise<T> {
      const context = await readerContext(tab);
      if (!context) throw new Error('no reader frame');
      return evaluateInFrame<T>(session, context, script);
    },
    hasReaderFrame: async (tab) => (await readerContext(tab)) !== null,
    async pressKeyInReader(tab, key) {
      const page = tracked(tab).page;
      if (!page) throw new Error('keys go only to tabs the test opened');
      // The key must land in the reader, which takes focus when it opens.
      const context = await poll(() => readerContext(tab), 'the reader frame');
      await poll(() => evaluateInFrame<boolean>(session, context, 'document.hasFocus()'), 'the reader to have focus');
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    // Firefox's menus.onClicked cannot be dispatched from outside, and its page menu is not driven here.
    clickLinkMenuItem: null,
    emulatePrint: (tab, print) => emulatePrint(session, tracked(tab).context, print),
    async screenshot(tab, path) {
      const page = tracked(tab).page;
      if (!page) throw new Error('screenshots only of tabs the test opened');
      await page.bringToFront();
      await page.screenshot({ path: path as `${string}.png` });
    },
    async pressKey(tab, key) {
      const page = tracked(tab).page;
      if (!page) throw new Error('keys go only to tabs the test opened');
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    async restart() {
      const profileDir = session.profileDir;
      await session.close();
      tabs.clear();
      helper = null;
      session = await launchFirefox({ ...options, profileDir });
    },
    close: () => session.close(),
  };
  return driver;
}
