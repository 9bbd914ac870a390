/**
 * The reading list in IndexedDB (the extension's origin), owned by the background.
 * One object store keyed by the tab URL; saving the same URL again updates the record in the same
 * transaction that read it, so two tabs saving at once never make a duplicate.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../engine/types';
import { savedIdFor, summaryOf, toSavedArticle, type SavedArticle, type SavedSummary } from '../shared/saved';

export const DATABASE_NAME = 'lectern';
export const DATABASE_VERSION = 1;

interface LecternSchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
}

let database: Promise<IDBPDatabase<LecternSchema>> | null = null;

function db(): Promise<IDBPDatabase<LecternSchema>> {
  database ??= openDB<LecternSchema>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(store, oldVersion) {
      // Migrations run in order from the stored version; each only adds, never drops data.
      if (oldVersion < 1) {
        const articles = store.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
      }
    },
  });
  return database;
}

export type StoreResult = { ok: true; id: string; created: boolean } | { ok: false; reason: string };

function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The article was not saved: the disk or the browser storage quota is full. Everything saved before is still there.';
  }
  return `The article was not saved (${error instanceof Error ? error.message : String(error)}). Everything saved before is still there.`;
}

export async function saveArticle(article: Article, tabUrl: string, now = new Date()): Promise<StoreResult> {
  try {
    const tx = (await db()).transaction('articles', 'readwrite');
    const previous = await tx.store.get(savedIdFor(tabUrl));
    const record = toSavedArticle(article, tabUrl, now, previous);
    await tx.store.put(record);
    await tx.done;
    return { ok: true, id: record.id, created: !previous };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}

export async function allSummaries(): Promise<SavedSummary[]> {
  const records = await (await db()).getAllFromIndex('articles', 'savedAt');
  return records.reverse().map(summaryOf);
}

export async function getSaved(id: string): Promise<SavedArticle | null> {
  return (await (await db()).get('articles', id)) ?? null;
}

export async function isSaved(id: string): Promise<boolean> {
  return (await (await db()).getKey('articles', id)) !== undefined;
}

export async function deleteSaved(id: string): Promise<boolean> {
  const store = await db();
  const existed = (await store.getKey('articles', id)) !== undefined;
  await store.delete('articles', id);
  return existed;
}
