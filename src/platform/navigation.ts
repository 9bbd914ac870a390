/** Opening Lectern's own pages and the browser's shortcut settings. */
import browser from 'webextension-polyfill';

export const PAGES = {
  reader: 'src/entries/reader.html',
  list: 'src/entries/list.html',
  options: 'src/entries/options.html',
} as const;

export function pageUrl(page: keyof typeof PAGES, query = ''): string {
  return browser.runtime.getURL(PAGES[page]) + query;
}

export async function openReadingList(): Promise<void> {
  await browser.tabs.create({ url: pageUrl('list') });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The reader over a saved copy, in the current tab (the reading list's own tab). */
export function savedReaderUrl(id: string): string {
  return pageUrl('reader', `?saved=${encodeURIComponent(id)}`);
}

/** A saved copy in a new tab: asked from a reader framed over a page, which must stay as it is. */
export async function openSaved(id: string): Promise<void> {
  await browser.tabs.create({ url: savedReaderUrl(id) });
}

export const TOGGLE_COMMAND = 'toggle-reader';

export async function currentShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut || null;
}

/** Firefox has a page-opening API for its shortcut settings; Chromium has a settings URL. Test for the capability. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
