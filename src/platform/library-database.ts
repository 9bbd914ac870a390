/**
 * The reading list's IndexedDB database (the extension's origin, owned by the background): its stores,
 * its version, and the migrations from every older version. Each migration only adds; none drops data.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { profileOf, type TermProfile } from '../shared/library-index';
import { freshListState, type SavedArticle } from '../shared/saved';

export const DATABASE_NAME = 'lectern';
/**
 * 1: articles. 2: profiles (term profiles of the articles, computed for every article already saved).
 * 3: favourite, reading progress, last read, content status and highlights on every article; a trash
 *    store, where deleted articles wait for an undo.
 * 4: the search's word index (search-index.ts), built in the background for the articles already saved.
 */
export const DATABASE_VERSION = 4;

export interface ProfileRecord {
  id: string;
  profile: TermProfile;
}

/** A deleted article, kept for a moment so that "Undo" can put it back. */
export interface TrashRecord {
  id: string;
  article: SavedArticle;
  profile: TermProfile | null;
  deletedAt: number;
}

/** An indexed article's number in the word index (numbers are what the index's buckets hold: far smaller than URLs). */
export interface SearchDoc {
  seq?: number;
  id: string;
}

/** The indexed terms that begin with the same letters, each with the numbers of the articles holding it. */
export interface SearchBucket {
  key: string;
  terms: Map<string, number[]>;
}

/** An article to index again (its terms) or to leave out (null), written with the article, merged into the buckets later. */
export interface SearchNote {
  id: string;
  terms: string[] | null;
}

/** How far the word index is. */
export interface SearchState {
  key: 'state';
  /** Every article saved before the index existed, or before its last rebuild, is in it. */
  complete: boolean;
  /** The building has indexed the articles up to this id (articles are read in id order). */
  after: string | null;
  /** Articles in the index, and numbers in the buckets that no longer map to an article. */
  live: number;
  stale: number;
}

export interface LecternSchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
  profiles: { key: string; value: ProfileRecord };
  trash: { key: string; value: TrashRecord };
  searchDocs: { key: number; value: SearchDoc; indexes: { id: string } };
  searchBuckets: { key: string; value: SearchBucket };
  searchNotes: { key: string; value: SearchNote };
  searchState: { key: string; value: SearchState };
}

export type LecternDatabase = IDBPDatabase<LecternSchema>;

export const EMPTY_SEARCH_STATE: SearchState = { key: 'state', complete: false, after: null, live: 0, stale: 0 };

let database: Promise<LecternDatabase> | null = null;

export function libraryDatabase(): Promise<LecternDatabase> {
  if (database) return database;
  const opening = openDatabase();
  database = opening;
  // A database that failed to open, or that the browser closed, is opened again by the next use, rather
  // than every later read failing until the background restarts: Chromium cannot open its backing store
  // while the disk is full, and closes the connection after a write fails there.
  opening.catch(() => {
    if (database === opening) database = null;
  });
  return opening;
}

function openDatabase(): Promise<LecternDatabase> {
  return openDB<LecternSchema>(DATABASE_NAME, DATABASE_VERSION, {
    terminated() {
      database = null;
    },
    async upgrade(store, oldVersion, _newVersion, transaction) {
      // Migrations run in order from the stored version.
      if (oldVersion < 1) {
        const articles = store.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('savedAt', 'savedAt');
      }
      if (oldVersion < 2) {
        const profiles = store.createObjectStore('profiles', { keyPath: 'id' });
        // Articles saved before profiles existed get theirs now, inside the upgrade transaction.
        for (let cursor = await transaction.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
          await profiles.put({ id: cursor.value.id, profile: profileOf(cursor.value) });
        }
      }
      if (oldVersion < 3) {
        store.createObjectStore('trash', { keyPath: 'id' });
        // Articles saved before get the new fields' defaults; what they had stays as it was.
        for (let cursor = await transaction.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
          // (A version 2 record lacks the new fields, whatever its type says.)
          const before: Partial<SavedArticle> = cursor.value;
          await cursor.update({ ...freshListState(cursor.value.savedAt), contentStatus: 'stored', ...before } as SavedArticle);
        }
      }
      if (oldVersion < 4) {
        // Empty and marked incomplete: the articles already saved are indexed in the background, in
        // batches, not here (at 50,000 articles that would hold the database closed for minutes).
        store.createObjectStore('searchDocs', { keyPath: 'seq', autoIncrement: true }).createIndex('id', 'id', { unique: true });
        store.createObjectStore('searchBuckets', { keyPath: 'key' });
        store.createObjectStore('searchNotes', { keyPath: 'id' });
        // A new database has nothing to index: its index is complete from the start.
        await store.createObjectStore('searchState', { keyPath: 'key' }).put({ ...EMPTY_SEARCH_STATE, complete: oldVersion === 0 });
      }
    },
  });
}
