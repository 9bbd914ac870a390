/** Settings in storage.sync, read through the migrations so that older or broken values never leak out. */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, SETTINGS_VERSION, migrateSettings, type Settings } from '../shared/settings';

async function storedSettings(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** The stored settings, migrated, read only: for the content script, which never writes Lectern's settings. */
export async function readSettings(): Promise<Settings> {
  return migrateSettings(await storedSettings());
}

/** The stored settings, migrated; an older version is written back migrated, so every device then reads the current one. */
export async function loadSettings(): Promise<Settings> {
  const stored = await storedSettings();
  const settings = migrateSettings(stored);
  const version = typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
  if (stored !== undefined && version !== SETTINGS_VERSION) await saveSettings(settings).catch(() => undefined);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: migrateSettings(settings) });
}

/** Applies a change to the settings as stored now (not as a page last showed them) and writes the result. */
export async function changeSettings(change: (current: Settings) => Settings): Promise<void> {
  await saveSettings(change(await loadSettings()));
}

/** Calls back with the new settings whenever any extension page (or another device) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && changes[SETTINGS_KEY]) onChange(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
