/**
 * The reading list's index in storage.sync (sync-index.ts says what it holds and how it fits the quota).
 * Pushed a moment after the list changes, only the items whose content changed (storage.sync limits
 * writes to 120 a minute); pulled when the browser's sync brings another browser's items, and merged into
 * the list. Deletions made here are remembered in storage.local for a while and travel with the index.
 */
import browser from 'webextension-polyfill';
import { decodeIndex, encodeIndex, isSyncKey, joinDeletions, type Deletion } from '../shared/sync-index';
import { mergeSynced, newestEntries, type SyncMerge } from './reading-list-store';
import { syncStatus, type SyncStatus } from './sync-status';
import { localValue } from './local-value';
import { debounced } from '../shared/debounce';

/** Deletions made here, or heard from other browsers, still to be synced. */
const deletions = localValue<Deletion[]>('sync.deleted');
/** A push waits this long after the last change: a burst of changes is one push (at most 12 writes a minute). */
const PUSH_DELAY_MS = 5_000;
/**
 * The newest articles offered to the index: more than it holds (about 300 of typical length fill it,
 * 1,000 short ones might), and each push reads them.
 */
const OFFERED_ENTRIES = 1_000;

async function deletionsHere(): Promise<Deletion[]> {
  return (await deletions.read()) ?? [];
}

/** Articles deleted here: the other browsers hear of it with the next push. */
export async function recordDeletions(urls: readonly string[], now = Date.now()): Promise<void> {
  await deletions.write(joinDeletions(await deletionsHere(), urls.map((url): Deletion => [url, now]), now));
}

/** A delete undone: no longer a deletion to sync. */
export async function forgetDeletions(urls: readonly string[]): Promise<void> {
  const undone = new Set(urls);
  await deletions.write((await deletionsHere()).filter(([url]) => !undone.has(url)));
}

/** The JSON of what this browser last wrote per key: its own writes, heard back, are not pulled. */
const written = new Map<string, string>();

/** Writes the index as the list is now; only the items that changed. */
export async function pushIndex(): Promise<SyncStatus> {
  const [entries, deleted] = await Promise.all([newestEntries(OFFERED_ENTRIES), deletionsHere()]);
  const encoded = encodeIndex(entries, joinDeletions(deleted, [], Date.now()));
  const current = await browser.storage.sync.get(Object.keys(encoded.items));
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(encoded.items)) {
    const json = JSON.stringify(value);
    written.set(key, json);
    if (JSON.stringify(current[key]) !== json) changed[key] = value;
  }
  let error: string | null = null;
  try {
    if (Object.keys(changed).length > 0) await browser.storage.sync.set(changed);
  } catch (e) {
    // A quota of writes or bytes the browser counts differently: the list itself is untouched; the next push tries again.
    error = e instanceof Error ? e.message : String(e);
  }
  const status: SyncStatus = { synced: encoded.synced, offered: entries.length, at: new Date().toISOString(), error };
  await syncStatus.write(status);
  return status;
}

/** The list changed here: pushed once the changes settle. */
export const schedulePush = debounced(() => void pushIndex().catch((e: unknown) => console.warn('Lectern: the reading list could not be synced', e)), PUSH_DELAY_MS);

/** Merges what storage.sync holds from other browsers into the list; what changed here. */
export async function pullIndex(): Promise<SyncMerge> {
  const all = await browser.storage.sync.get(null);
  const { entries, deletions: there } = decodeIndex(all);
  const here = await deletionsHere();
  // Deletions heard from elsewhere are kept and synced on from here too: each browser's push carries them all.
  await deletions.write(joinDeletions(here, there, Date.now()));
  return mergeSynced(entries, there, new Map(here));
}

/** Calls back when storage.sync brings index items this browser did not write itself. */
export function watchSyncedIndex(onArrived: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const arrived = Object.entries(changes).some(([key, change]) => isSyncKey(key) && JSON.stringify(change.newValue) !== written.get(key));
    if (arrived) onArrived();
  });
}

