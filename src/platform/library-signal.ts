/**
 * "The reading list changed": the background announces each save and delete, and open extension pages
 * (reader frames, reading lists) refresh what they show. Carried by storage.onChanged rather than a
 * runtime message, because Firefox does not deliver the background's runtime messages to an extension
 * page framed in a web page (found by the end-to-end test); storage events reach every extension page.
 */
import browser, { type Storage } from 'webextension-polyfill';

const LIBRARY_CHANGED_KEY = 'library-changed';

export async function announceLibraryChange(): Promise<void> {
  // A new value each time, or storage.onChanged would not fire.
  await browser.storage.local.set({ [LIBRARY_CHANGED_KEY]: `${Date.now()}-${Math.random()}` });
}

/** Calls `onChange` after each save or delete; returns the unsubscribing function. */
export function watchLibrary(onChange: () => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    if (area === 'local' && LIBRARY_CHANGED_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
