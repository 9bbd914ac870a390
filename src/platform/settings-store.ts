/** Settings in storage.sync, read through the migrations so that older or broken values never leak out. */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, migrateSettings, type Settings } from '../shared/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: migrateSettings(settings) });
}

/** Calls back with the new settings whenever any extension page (or another device) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && changes[SETTINGS_KEY]) onChange(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
