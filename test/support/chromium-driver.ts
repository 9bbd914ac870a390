/// <reference types="chrome" />
/** The ExtensionDriver for Debian's Chromium, over playwright-core. */
import type { Frame, Page } from 'playwright-core';
import { badgeText, clickToolbarButton, launchChromium, type ChromiumSession, type LaunchOptions } from './chromium';
import { READER_PAGE, poll, type ExtensionDriver, type Tab } from './driver';

/** How long a key press in the reader is awaited (see pressKeyInReader). */
const KEY_PRESS_SETTLE_MS = 5_000;

export async function chromiumDriver(options: Pick<LaunchOptions, 'locale' | 'profileDir'> = {}): Promise<ExtensionDriver> {
  let session: ChromiumSession = await launchChromium(options);
  const pages = new Map<string, Page>();
  let counter = 0;
  const track = (page: Page): Tab => {
    const id = `chromium-${++counter}`;
    pages.set(id, page);
    return { id };
  };
  const page = (tab: Tab): Page => pages.get(tab.id)!;
  const readerFrame = (tab: Tab): Frame | undefined => page(tab).frames().find((f) => f.url().includes(READER_PAGE));

  return {
    name: 'Chromium',
    async openPage(url) {
      const p = await session.context.newPage();
      await p.goto(url);
      return track(p);
    },
    async openExtensionPage(path, readySelector) {
      const p = await session.context.newPage();
      await p.goto(`chrome-extension://${session.extensionId}/${path}`);
      await p.waitForSelector(readySelector);
      return track(p);
    },
    async nextNewTab(readySelector) {
      const p = await session.context.waitForEvent('page');
      await p.waitForSelector(readySelector);
      return track(p);
    },
    tabUrl: async (tab) => page(tab).url(),
    async closeTab(tab) {
      await page(tab).close();
      pages.delete(tab.id);
    },
    badgeText: (tab) => badgeText(session, page(tab)),
    async toggleShortcut() {
      const commands = await session.worker.evaluate(() => chrome.commands.getAll());
      return commands.find((c) => c.name === 'toggle-reader')?.shortcut || null;
    },
    clickToolbarButton: (tab) => clickToolbarButton(session, page(tab)),
    async clickToolbarMenuItem(tab, menuItemId) {
      await page(tab).bringToFront();
      await session.worker.evaluate(async (id) => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: chrome.tabs.Tab): void };
        onClicked.dispatch({ menuItemId: id, editable: false, pageUrl: active!.url }, active!);
      }, menuItemId);
    },
    async clickLinkMenuItem(tab, menuItemId, linkUrl) {
      await page(tab).bringToFront();
      await session.worker.evaluate(async ({ id, link }) => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: chrome.tabs.Tab): void };
        onClicked.dispatch({ menuItemId: id, editable: false, linkUrl: link, pageUrl: active!.url }, active!);
      }, { id: menuItemId, link: linkUrl });
    },
    evaluate: (tab, script) => page(tab).evaluate(script),
    async evaluateInReader(tab, script) {
      const frame = readerFrame(tab);
      if (!frame) throw new Error('no reader frame');
      return frame.evaluate(script);
    },
    hasReaderFrame: async (tab) => !!readerFrame(tab),
    async pressKeyInReader(tab, key) {
      const frame = readerFrame(tab);
      if (!frame) throw new Error('no reader frame');
      // The key must land in the reader, which takes focus once its document has loaded (as in Firefox's driver).
      await poll(() => frame.evaluate(() => document.hasFocus()), 'the reader to have focus');
      // The reader has focus once open, and the tab's keyboard goes to the focused frame. A key that closes
      // the reader (Esc) removes the frame between key down and key up; a test run once hung 120 s just
      // after an Esc with no poll's own timeout firing, and the press is the one step without a timeout.
      // The callers poll for the key's effect, so the press is not awaited past KEY_PRESS_SETTLE_MS.
      await Promise.race([page(tab).keyboard.press(key), new Promise((resolve) => setTimeout(resolve, KEY_PRESS_SETTLE_MS))]);
    },
    pressKey: (tab, key) => page(tab).keyboard.press(key),
    async emulatePrint(tab, print) {
      // The page's emulation does not reach the reader frame (another process): each frame's own session.
      await page(tab).emulateMedia({ media: print ? 'print' : 'screen' });
      const frame = readerFrame(tab);
      if (frame) {
        const cdp = await session.context.newCDPSession(frame);
        await cdp.send('Emulation.setEmulatedMedia', { media: print ? 'print' : '' });
      }
    },
    async screenshot(tab, path) {
      await page(tab).screenshot({ path });
    },
    async restart() {
      const profileDir = session.profileDir;
      await session.close();
      pages.clear();
      session = await launchChromium({ ...options, profileDir });
    },
    close: () => session.close(),
  };
}
