/**
 * The reading list's index as it travels through `storage.sync` to the reader's other browsers: for each
 * article its URL, title, state, favourite mark, tags, progress and dates, never its content (the other
 * browser fetches that when the article is opened). storage.sync holds 100 KB in items of at most 8 KB
 * (Chromium and Firefox alike), so the index is cut into SYNC_CHUNKS items, an article's item chosen by
 * its URL (a save then rewrites one or two items, not all: writes are limited per minute too), and filled
 * newest saved first until the first article that does not fit its item: what syncs is always the newest
 * articles, the oldest are the ones left out. (Filling the other items on would sync about 40% more, but
 * then an older article could sync while a newer one does not.) Deletions travel as
 * well, for a while, so that another browser does not bring a deleted article back. Pure: the platform
 * reads and writes storage.sync (list-sync.ts).
 */
import { absoluteUrl } from '../engine/url';
import type { SavedState } from './saved';

export const SYNC_FORMAT = 1;
/** Items the index is cut into ("list.0" … "list.9"), and the deletions' item. */
export const SYNC_CHUNKS = 10;
export const chunkKey = (n: number): string => `list.${n}`;
export const GONE_KEY = 'list.gone';
export const isSyncKey = (key: string): boolean => key.startsWith('list.');
/**
 * storage.sync's per-item quota (QUOTA_BYTES_PER_ITEM, 8,192 bytes counting the key and the JSON value),
 * less a margin for the browsers' own counting. Ten items and the deletions' one use 88 KB of the 100 KB
 * (QUOTA_BYTES 102,400), leaving the settings their item (at most 8 KB: settings.ts keeps it so).
 */
export const SYNC_ITEM_BYTES = 8_000;
/** Titles are cut to this: the index says which article it is; the full title comes with the content. */
export const SYNCED_TITLE_CHARS = 120;
/** Longer URLs do not sync (one would take a large share of an item). */
export const MAX_SYNCED_URL_CHARS = 600;
/** Deletions are remembered and synced this long: enough for a browser that is used now and then to hear of them. */
export const GONE_KEPT_MS = 60 * 86_400_000;

/** One article's list state, as synced. Dates are ISO strings; progress 0–1. */
export interface SyncedEntry {
  url: string;
  title: string;
  state: SavedState;
  favourite: boolean;
  tags: string[];
  progress: number;
  savedAt: string;
  updatedAt: string;
  lastReadAt: string | null;
}

/** A deleted article: its URL and when it was deleted (ms). */
export type Deletion = [url: string, deletedAt: number];

/** When an article's list state last changed, where it was changed: the newer side wins a merge. */
export function changedAt(entry: { updatedAt: string; lastReadAt: string | null }): string {
  return entry.lastReadAt && entry.lastReadAt > entry.updatedAt ? entry.lastReadAt : entry.updatedAt;
}

/** [url, title, flags (1 archived, 2 favourite), savedAt s, updatedAt s, lastReadAt s or 0, progress in thousandths, tags] */
type Packed = [string, string, number, number, number, number, number, string[]];

const seconds = (iso: string | null): number => (iso ? Math.floor(Date.parse(iso) / 1000) : 0);
const iso = (s: number): string => new Date(s * 1000).toISOString();
const bytes = (text: string): number => new TextEncoder().encode(text).length;

function pack(e: SyncedEntry): Packed {
  return [e.url, e.title.slice(0, SYNCED_TITLE_CHARS), (e.state === 'archived' ? 1 : 0) | (e.favourite ? 2 : 0), seconds(e.savedAt), seconds(e.updatedAt), seconds(e.lastReadAt), Math.round(e.progress * 1000), e.tags];
}

/** A stable small hash of the URL (FNV-1a): which item an article goes in. */
function chunkOf(url: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SYNC_CHUNKS;
}

export interface EncodedIndex {
  /** storage.sync's items: every chunk key and the deletions' key, each within SYNC_ITEM_BYTES. */
  items: Record<string, unknown>;
  /** How many articles are in it, of how many offered. */
  synced: number;
  offered: number;
}

/**
 * The items for `entries` (newest saved first: the order they are taken in until an item is full) and
 * `deletions` (the newest kept, within their item).
 */
export function encodeIndex(entries: readonly SyncedEntry[], deletions: readonly Deletion[]): EncodedIndex {
  const chunks: Packed[][] = Array.from({ length: SYNC_CHUNKS }, () => []);
  // An item's size: its key, the JSON of {v, e: [...]}, one comma per entry after the first.
  const used = chunks.map((_, n) => bytes(chunkKey(n)) + bytes(JSON.stringify({ v: SYNC_FORMAT, e: [] })));
  let synced = 0;
  for (const entry of entries) {
    if (entry.url.length > MAX_SYNCED_URL_CHARS) continue;
    const packed = pack(entry);
    const n = chunkOf(entry.url);
    const size = bytes(JSON.stringify(packed)) + (chunks[n]!.length > 0 ? 1 : 0);
    if (used[n]! + size > SYNC_ITEM_BYTES) break;
    chunks[n]!.push(packed);
    used[n]! += size;
    synced++;
  }
  const gone: Deletion[] = [];
  let goneBytes = bytes(GONE_KEY) + bytes(JSON.stringify({ v: SYNC_FORMAT, d: [] }));
  for (const deletion of [...deletions].sort((a, b) => b[1] - a[1])) {
    if (deletion[0].length > MAX_SYNCED_URL_CHARS) continue;
    const size = bytes(JSON.stringify(deletion)) + (gone.length > 0 ? 1 : 0);
    if (goneBytes + size > SYNC_ITEM_BYTES) break;
    gone.push(deletion);
    goneBytes += size;
  }
  const items: Record<string, unknown> = { [GONE_KEY]: { v: SYNC_FORMAT, d: gone } };
  chunks.forEach((chunk, n) => (items[chunkKey(n)] = { v: SYNC_FORMAT, e: chunk }));
  return { items, synced, offered: entries.length };
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** One packed entry from another browser (through the sync service: checked like any outside data); null when it is not one. */
function unpack(raw: unknown): SyncedEntry | null {
  if (!Array.isArray(raw) || raw.length !== 8) return null;
  const [url, title, flags, saved, updated, lastRead, progress, tags] = raw as unknown[];
  const address = typeof url === 'string' ? absoluteUrl(url) : null;
  if (!address || typeof title !== 'string' || !isWhole(flags) || !isWhole(saved) || saved === 0 || !isWhole(updated) || !isWhole(lastRead) || !isWhole(progress) || !Array.isArray(tags)) return null;
  return {
    url: address,
    title: title.slice(0, SYNCED_TITLE_CHARS),
    state: flags & 1 ? 'archived' : 'unread',
    favourite: (flags & 2) !== 0,
    tags: [...new Set(tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()))],
    progress: Math.min(1, progress / 1000),
    savedAt: iso(saved),
    updatedAt: iso(Math.max(updated, saved)),
    lastReadAt: lastRead ? iso(lastRead) : null,
  };
}

/** The entries and deletions in storage.sync's items (other keys ignored; a malformed entry skipped). */
export function decodeIndex(items: Record<string, unknown>): { entries: SyncedEntry[]; deletions: Deletion[] } {
  const entries: SyncedEntry[] = [];
  for (let n = 0; n < SYNC_CHUNKS; n++) {
    const chunk = items[chunkKey(n)] as { v?: unknown; e?: unknown } | undefined;
    if (chunk?.v !== SYNC_FORMAT || !Array.isArray(chunk.e)) continue;
    for (const raw of chunk.e) {
      const entry = unpack(raw);
      if (entry) entries.push(entry);
    }
  }
  const gone = items[GONE_KEY] as { v?: unknown; d?: unknown } | undefined;
  const deletions: Deletion[] = [];
  if (gone?.v === SYNC_FORMAT && Array.isArray(gone.d)) {
    for (const raw of gone.d) {
      if (!Array.isArray(raw) || typeof raw[0] !== 'string' || !isWhole(raw[1])) continue;
      const url = absoluteUrl(raw[0]);
      if (url) deletions.push([url, raw[1]]);
    }
  }
  return { entries, deletions };
}

/** Deletions joined (the latest per URL), without those older than GONE_KEPT_MS. */
export function joinDeletions(a: readonly Deletion[], b: readonly Deletion[], now: number): Deletion[] {
  const latest = new Map<string, number>();
  for (const [url, at] of [...a, ...b]) if (at >= now - GONE_KEPT_MS && at > (latest.get(url) ?? -1)) latest.set(url, at);
  return [...latest];
}
