/**
 * What the last push of the reading list's index to storage.sync did, in storage.local: the background
 * writes it, the reading list shows it (how many of the newest articles sync, and any error).
 */
import browser from 'webextension-polyfill';

const STATUS_KEY = 'sync.status';

export interface SyncStatus {
  synced: number;
  offered: number;
  at: string;
  error: string | null;
}

export async function readSyncStatus(): Promise<SyncStatus | null> {
  return ((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) ?? null;
}

export async function writeSyncStatus(status: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [STATUS_KEY]: status });
}

export function watchSyncStatus(onChange: (status: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[STATUS_KEY];
    if (area === 'local' && change?.newValue) onChange(change.newValue as SyncStatus);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
