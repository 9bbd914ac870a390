/**
 * A value the background keeps in storage.local for extension pages to read and follow: any extension
 * page hears storage changes, in both browsers (the background's runtime messages do not reach a reader
 * framed in a page in Firefox).
 */
import browser from 'webextension-polyfill';

export interface LocalValue<T> {
  read(): Promise<T | null>;
  write(value: T): Promise<void>;
  /** Calls back with each new value; returns the way to stop. */
  watch(onChange: (value: T) => void): () => void;
}

export function localValue<T>(key: string): LocalValue<T> {
  return {
    async read() {
      return ((await browser.storage.local.get(key))[key] as T | undefined) ?? null;
    },
    async write(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
        const change = changes[key];
        if (area === 'local' && change?.newValue) onChange(change.newValue as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
