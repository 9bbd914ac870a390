/**
 * The reading list in IndexedDB (the extension's origin), owned by the background.
 * Articles keyed by the tab URL; saving the same URL again updates the record in the same
 * transaction that read it, so two tabs saving at once never make a duplicate. Beside each article,
 * in its own store, its term profile for "From your library" (written and deleted in the same
 * transaction as the article, so the two never disagree).
 */
import type { IDBPCursorWithValue, IDBPTransaction } from 'idb';
import type { Article } from '../engine/types';
import { translate } from './i18n';
import { storageNearlyFull } from './storage-use';
import { profileOf, type TermProfile } from '../shared/library-index';
import type { ImportCounts } from '../shared/library-file';
import { savedIdFor, summaryOf, toSavedArticle, withImportedListState, type SavedArticle, type SavedSummary } from '../shared/saved';
import type { ListStateChange } from '../shared/list-query';
import { libraryDatabase, type LecternSchema, type ProfileRecord } from './library-database';
import { leaveNote } from './search-index';
import { articleTerms, hasEveryWord } from '../shared/search-terms';
import { changedAt, type Deletion, type SyncedEntry } from '../shared/sync-index';
import { linkArticle } from '../shared/imports/link-item';

export type { ProfileRecord } from './library-database';

/** `count` articles from position `start` of a cursor's order (the cursor as opened: at the first). */
async function pageOf(first: IDBPCursorWithValue<LecternSchema, ['articles'], 'articles', unknown> | null, start: number, count: number): Promise<SavedArticle[]> {
  const out: SavedArticle[] = [];
  let cursor = first && start > 0 ? await first.advance(start) : first;
  for (; cursor && out.length < count; cursor = await cursor.continue()) out.push(cursor.value);
  return out;
}

/** The stores a change to articles writes: the articles, their profiles, the trash, the search index's notes. */
const ARTICLE_STORES = ['articles', 'profiles', 'trash', 'searchNotes'] as const;
type ArticleTransaction = IDBPTransaction<LecternSchema, ('articles' | 'profiles' | 'trash' | 'searchNotes')[], 'readwrite'>;

async function articleTransaction(): Promise<ArticleTransaction> {
  return (await libraryDatabase()).transaction([...ARTICLE_STORES], 'readwrite');
}

export type StoreResult = { ok: true; id: string; created: boolean } | { ok: false; reason: string };

/**
 * Why a write failed, for the reader: a full quota, or a full disk (Chromium reports that as an I/O
 * error, not a quota error: told apart by the space the browser says is left), or the error itself.
 */
async function describeStorageError(error: unknown): Promise<string> {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (await storageNearlyFull())) return translate('storageFull');
  return translate('saveError', error instanceof Error ? error.message : String(error));
}

export async function saveArticle(article: Article, tabUrl: string, profile: TermProfile, now = new Date()): Promise<StoreResult> {
  try {
    const tx = await articleTransaction();
    const previous = await tx.objectStore('articles').get(savedIdFor(tabUrl));
    const record = toSavedArticle(article, tabUrl, now, previous);
    await putArticle(tx, record, profile);
    await tx.done;
    return { ok: true, id: record.id, created: !previous };
  } catch (error) {
    return { ok: false, reason: await describeStorageError(error) };
  }
}

/** Every summary, newest saved first, read a record at a time (a list of 50,000 never sits whole in memory with its text). */
export async function allSummaries(): Promise<SavedSummary[]> {
  const out: SavedSummary[] = [];
  for (let cursor = await (await libraryDatabase()).transaction('articles').store.index('savedAt').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    out.push(summaryOf(cursor.value));
  }
  return out;
}

/**
 * The newest saved summaries, `count` of them from `start`, straight from the savedAt index: the list's
 * first screen (5–10 ms at 50,000 articles, where counting them all takes 210–270 ms in Chromium).
 */
export async function newestSummaries(start: number, count: number): Promise<SavedSummary[]> {
  const cursor = await (await libraryDatabase()).transaction('articles').store.index('savedAt').openCursor(null, 'prev');
  return (await pageOf(cursor, start, count)).map(summaryOf);
}

export async function getSaved(id: string): Promise<SavedArticle | null> {
  return (await (await libraryDatabase()).get('articles', id)) ?? null;
}

export async function isSaved(id: string): Promise<boolean> {
  return (await (await libraryDatabase()).getKey('articles', id)) !== undefined;
}

/** Moves articles to the trash (with their profiles), in one transaction; the ids of those that were there. */
export async function deleteSaved(ids: string[], now = Date.now()): Promise<string[]> {
  const tx = await articleTransaction();
  const deleted: string[] = [];
  for (const id of ids) {
    const article = await tx.objectStore('articles').get(id);
    if (!article) continue;
    await moveToTrash(tx, article, now);
    deleted.push(id);
  }
  await tx.done;
  return deleted;
}

/** An article with what is kept beside it, in the caller's transaction so they never disagree: its term profile and a note for the search index. */
async function putArticle(tx: ArticleTransaction, record: SavedArticle, profile: TermProfile = profileOf(record)): Promise<void> {
  await tx.objectStore('articles').put(record);
  await tx.objectStore('profiles').put({ id: record.id, profile });
  await leaveNote(tx.objectStore('searchNotes'), record.id, record);
}

/** An article into the trash, with its profile; out of the list and the search. */
async function moveToTrash(tx: ArticleTransaction, article: SavedArticle, now: number): Promise<void> {
  const { id } = article;
  const profile = (await tx.objectStore('profiles').get(id))?.profile ?? null;
  await tx.objectStore('trash').put({ id, article, profile, deletedAt: now });
  await tx.objectStore('articles').delete(id);
  await tx.objectStore('profiles').delete(id);
  await leaveNote(tx.objectStore('searchNotes'), id, null);
}

/** Puts deleted articles back, as they were; the restored ones' profiles, to index again. */
export async function restoreDeleted(ids: string[]): Promise<ProfileRecord[]> {
  const tx = await articleTransaction();
  const restored: ProfileRecord[] = [];
  for (const id of ids) {
    const record = await tx.objectStore('trash').get(id);
    if (!record) continue;
    const profile = record.profile ?? profileOf(record.article);
    await putArticle(tx, record.article, profile);
    await tx.objectStore('trash').delete(id);
    restored.push({ id, profile });
  }
  await tx.done;
  return restored;
}

/** Empties the trash of what was deleted before `before` (ms since the epoch). */
export async function emptyTrash(before: number): Promise<void> {
  const tx = (await libraryDatabase()).transaction('trash', 'readwrite');
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.deletedAt < before) await cursor.delete();
  }
  await tx.done;
}

/** Changes the list state of articles in one transaction; how many changed. */
export async function changeListState(ids: string[], change: ListStateChange, now = new Date()): Promise<number> {
  const tx = (await libraryDatabase()).transaction(['articles', 'searchNotes'], 'readwrite');
  const articles = tx.objectStore('articles');
  let changed = 0;
  for (const id of ids) {
    const article = await articles.get(id);
    if (!article) continue;
    const tags = change.addTag ? [...new Set([...article.tags, change.addTag])] : change.removeTag ? article.tags.filter((t) => t !== change.removeTag) : article.tags;
    const record = { ...article, state: change.state ?? article.state, favourite: change.favourite ?? article.favourite, tags, updatedAt: now.toISOString() };
    await articles.put(record);
    // Tags are searched: a change of tags indexes the article again.
    if (tags !== article.tags) await leaveNote(tx.objectStore('searchNotes'), id, record);
    changed++;
  }
  await tx.done;
  return changed;
}

/** Where the reader is in a saved article. */
export async function recordProgress(id: string, progress: number, now = new Date()): Promise<void> {
  const tx = (await libraryDatabase()).transaction('articles', 'readwrite');
  const article = await tx.store.get(id);
  if (article) await tx.store.put({ ...article, progress, lastReadAt: now.toISOString() });
  await tx.done;
}

/** The ids of the articles holding every word, read article by article with the index's own terms: the search while its index is being built. */
export async function idsWithWords(words: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (words.length === 0) return found;
  for (let cursor = await (await libraryDatabase()).transaction('articles').store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (hasEveryWord(articleTerms(cursor.value), words)) found.add(cursor.value.id);
  }
  return found;
}

export async function allProfiles(): Promise<ProfileRecord[]> {
  return (await libraryDatabase()).getAll('profiles');
}

/** `count` whole articles (content included) from position `start`, in key order: the export, a page at a time. */
export async function articlesPage(start: number, count: number): Promise<SavedArticle[]> {
  return pageOf(await (await libraryDatabase()).transaction('articles').store.openCursor(), start, count);
}

/**
 * Stores imported articles in one transaction: all of them, or (a full disk, a closed database) none.
 * The newer copy of an article wins, by its last update.
 */
export async function importArticles(articles: SavedArticle[]): Promise<({ ok: true } & ImportCounts) | { ok: false; reason: string }> {
  try {
    const tx = await articleTransaction();
    const store = tx.objectStore('articles');
    const notes = tx.objectStore('searchNotes');
    const counts: ImportCounts = { added: 0, updated: 0, kept: 0 };
    for (const article of articles) {
      const existing = await store.get(article.id);
      if (existing && article.contentStatus === 'missing') {
        // A bare link (Pocket, Instapaper) for an article already here: its list state joins; the content stays.
        const merged = withImportedListState(existing, article);
        counts[merged === existing ? 'kept' : 'updated']++;
        if (merged !== existing) {
          await store.put(merged);
          await leaveNote(notes, merged.id, merged);
        }
        continue;
      }
      if (existing && existing.updatedAt >= article.updatedAt) {
        counts.kept++;
        continue;
      }
      counts[existing ? 'updated' : 'added']++;
      await putArticle(tx, article);
    }
    await tx.done;
    return { ok: true, ...counts };
  } catch (error) {
    return { ok: false, reason: await describeStorageError(error) };
  }
}

/** The articles imported as links whose text is still to be fetched. */
export async function missingContent(): Promise<{ id: string; url: string }[]> {
  const out: { id: string; url: string }[] = [];
  for (let cursor = await (await libraryDatabase()).transaction('articles').store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.contentStatus === 'missing') out.push({ id: cursor.value.id, url: cursor.value.url });
  }
  return out;
}

/** Gives a link its fetched article, keeping its list state (dates, state, tags, favourite, highlights). The profile to index, or null if the link is gone or filled. */
export async function fillContent(id: string, article: Article, now = new Date()): Promise<TermProfile | null> {
  const tx = await articleTransaction();
  const existing = await tx.objectStore('articles').get(id);
  if (!existing || existing.contentStatus !== 'missing') {
    await tx.done;
    return null;
  }
  const record = toSavedArticle(article, existing.url, now, existing);
  const profile = profileOf(record);
  await putArticle(tx, record, profile);
  await tx.done;
  return profile;
}

/** Summaries of the given articles, in the order asked, skipping any deleted meanwhile. */
export async function summariesOf(ids: string[]): Promise<SavedSummary[]> {
  const tx = (await libraryDatabase()).transaction('articles');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  return records.filter((r): r is SavedArticle => r !== undefined).map(summaryOf);
}

/** The list state of the newest saved articles, `count` at most, newest first: what the synced index offers. */
export async function newestEntries(count: number): Promise<SyncedEntry[]> {
  const out: SyncedEntry[] = [];
  for (let cursor = await (await libraryDatabase()).transaction('articles').store.index('savedAt').openCursor(null, 'prev'); cursor && out.length < count; cursor = await cursor.continue()) {
    const a = cursor.value;
    out.push({ url: a.url, title: a.title, state: a.state, favourite: a.favourite, tags: a.tags, progress: a.progress, savedAt: a.savedAt, updatedAt: a.updatedAt, lastReadAt: a.lastReadAt });
  }
  return out;
}

export interface SyncMerge {
  added: number;
  updated: number;
  deleted: number;
}

/**
 * Another browser's index joins this list, in one transaction: articles not here come as links (their
 * content fetched when opened), ones changed there later than here take its list state, and ones deleted
 * there after their last change here are deleted (into the trash). An article deleted here after the
 * other browser's last change to it stays deleted.
 */
export async function mergeSynced(entries: readonly SyncedEntry[], deletions: readonly Deletion[], deletedHere: ReadonlyMap<string, number>, now = new Date()): Promise<SyncMerge> {
  // (Deletions, here and synced, name an article by its id: its address without the fragment.)
  const tx = await articleTransaction();
  const articles = tx.objectStore('articles');
  const notes = tx.objectStore('searchNotes');
  const merge: SyncMerge = { added: 0, updated: 0, deleted: 0 };
  for (const entry of entries) {
    const id = savedIdFor(entry.url);
    const existing = await articles.get(id);
    const changed = changedAt(entry);
    if (!existing) {
      if ((deletedHere.get(id) ?? -1) >= Date.parse(changed)) continue;
      const link = linkArticle({ url: entry.url, title: entry.title, savedAt: new Date(entry.savedAt), state: entry.state, tags: entry.tags, favourite: entry.favourite, highlights: [], progress: entry.progress }, now);
      const record: SavedArticle = { ...link, updatedAt: entry.updatedAt, lastReadAt: entry.lastReadAt };
      await putArticle(tx, record);
      merge.added++;
    } else if (changed > changedAt(existing)) {
      const record: SavedArticle = { ...existing, state: entry.state, favourite: entry.favourite, tags: entry.tags, progress: entry.progress, lastReadAt: entry.lastReadAt, updatedAt: entry.updatedAt };
      await articles.put(record);
      await leaveNote(notes, id, record);
      merge.updated++;
    }
  }
  for (const [url, deletedAt] of deletions) {
    const id = savedIdFor(url);
    const existing = await articles.get(id);
    if (!existing || deletedAt <= Date.parse(changedAt(existing))) continue;
    await moveToTrash(tx, existing, now.getTime());
    merge.deleted++;
  }
  await tx.done;
  return merge;
}
