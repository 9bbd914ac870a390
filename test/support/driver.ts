/**
 * One way to drive the built extension in any browser, so that the end-to-end suite is written once
 * and run in Chromium (playwright-core) and Firefox (puppeteer-core). Scripts are strings, evaluated
 * in the page, the reader frame or an extension page.
 */
export interface Tab {
  readonly id: string;
}

export interface ExtensionDriver {
  readonly name: string;
  /** Opens a web page in a new tab and waits until it has loaded. */
  openPage(url: string): Promise<Tab>;
  /** Opens one of the extension's pages (a path inside the build) and waits for `readySelector`. */
  openExtensionPage(path: string, readySelector: string): Promise<Tab>;
  /** Resolves with the next tab the extension opens (from the reader's buttons). */
  nextNewTab(readySelector: string): Promise<Tab>;
  tabUrl(tab: Tab): Promise<string>;
  closeTab(tab: Tab): Promise<void>;
  badgeText(tab: Tab): Promise<string>;
  toggleShortcut(): Promise<string | null>;
  clickToolbarButton(tab: Tab): Promise<void>;
  evaluate<T>(tab: Tab, script: string): Promise<T>;
  /** Evaluates in the reader frame over the tab; rejects when there is none. */
  evaluateInReader<T>(tab: Tab, script: string): Promise<T>;
  hasReaderFrame(tab: Tab): Promise<boolean>;
  /** A real key press in the reader frame (it has focus once open). */
  pressKeyInReader(tab: Tab, key: string): Promise<void>;
  /** Renders the tab (its frames included) for print, or for the screen again. */
  emulatePrint(tab: Tab, print: boolean): Promise<void>;
  /** Saves a PNG of the tab's viewport. */
  screenshot(tab: Tab, path: string): Promise<void>;
  /** A real key press in the tab, wherever its focus is (Tab moves it on). */
  pressKey(tab: Tab, key: string): Promise<void>;
  /** Runs an item of a page's link context menu for `linkUrl`, as a click on it does (Chromium only: null elsewhere). */
  clickLinkMenuItem: ((tab: Tab, menuItemId: string, linkUrl: string) => Promise<void>) | null;
  /** Runs an item of the toolbar button's context menu, as a click on it does. */
  clickToolbarMenuItem(tab: Tab, menuItemId: string): Promise<void>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** True in a reader document once it shows the story's title or the reason it cannot. */
export const READER_SHOWN = `!!document.querySelector('.story .title, .notice.error')`;

/** Clicks the toolbar button and waits until the reader shows the story or its reason. */
export async function openReader(driver: ExtensionDriver, tab: Tab): Promise<void> {
  await driver.clickToolbarButton(tab);
  await poll(() => driver.evaluateInReader<boolean>(tab, READER_SHOWN), 'the reader');
}

export async function poll<T>(read: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const READER_PAGE = 'src/entries/reader.html';
