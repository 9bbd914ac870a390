/**
 * How far the background is in fetching the text of imported links, in storage.local: the background
 * writes it, the reading list shows it (any extension page hears storage changes, in both browsers).
 */
import browser from 'webextension-polyfill';

const PROGRESS_KEY = 'backfill';

export interface BackfillProgress {
  running: boolean;
  total: number;
  done: number;
  failed: number;
}

export async function readBackfill(): Promise<BackfillProgress | null> {
  return ((await browser.storage.local.get(PROGRESS_KEY))[PROGRESS_KEY] as BackfillProgress | undefined) ?? null;
}

export async function writeBackfill(progress: BackfillProgress): Promise<void> {
  await browser.storage.local.set({ [PROGRESS_KEY]: progress });
}

export function watchBackfill(onChange: (progress: BackfillProgress) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[PROGRESS_KEY];
    if (area === 'local' && change?.newValue) onChange(change.newValue as BackfillProgress);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
