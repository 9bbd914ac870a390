/**
 * The reading list's word index, in IndexedDB beside the articles, so that a search among 50,000 articles
 * reads a few records instead of every text (2.6 s).
 *
 * Each indexed article has a number (`searchDocs`); terms sit in buckets by their first letters, each
 * with the numbers of the articles holding it (`searchBuckets`). A save, delete or change of tags does not
 * rewrite buckets in its own transaction (one article touches some 200 of them): the store leaves a note
 * (`searchNotes`) in the article's own transaction, so the two never disagree, and `mergeNotes` folds the
 * notes into the buckets a moment later, many at once. A search reads the buckets of its words and the
 * notes not merged yet. An article indexed again gets a new number; the old one, left in the buckets,
 * maps to nothing and is skipped; when such stale numbers outnumber the live ones, the index is rebuilt.
 * The articles saved before the index existed are indexed in the background, a batch per transaction;
 * until that is done, `findIds` answers null and the list searches every text as before.
 */
import browser from 'webextension-polyfill';
import type { IDBPTransaction, StoreNames } from 'idb';
import { articleTerms, bucketOf, BUCKET_CHARS, hasEveryWord } from '../shared/search-terms';
import type { SavedArticle } from '../shared/saved';
import { debounced } from '../shared/debounce';
import { EMPTY_SEARCH_STATE, libraryDatabase, type LecternSchema, type SearchBucket, type SearchNote, type SearchState } from './library-database';

/** Notes merged per transaction: enough to share bucket writes across many saves, few enough to keep a transaction short. */
const NOTES_PER_MERGE = 2_000;
/** Articles indexed per transaction while building: each batch rewrites most buckets once. */
const ARTICLES_PER_BUILD_BATCH = 5_000;
/** Stale numbers are only worth a rebuild once there are this many (a small list rebuilds in no time, but needs none). */
const MIN_STALE_FOR_REBUILD = 1_000;
/** A save's notes are merged this long after the last change: a burst of saves (an import, a bulk tag) shares one merge. */
const MERGE_DELAY_MS = 1_000;
/**
 * Chromium stops an extension's service worker 30 s after its last extension event or API call, and
 * database work counts as neither: building the index of a large list takes longer. An API call this
 * often keeps the worker alive while it builds (what Chromium's documentation advises).
 */
const KEEP_ALIVE_MS = 20_000;

type IndexStores = 'searchDocs' | 'searchBuckets' | 'searchState';
type IndexTransaction = IDBPTransaction<LecternSchema, ArrayLike<StoreNames<LecternSchema>>, 'readwrite'>;

/** The note an article change leaves, in the article's own transaction. */
export async function leaveNote(notes: { put(note: SearchNote): Promise<unknown> }, id: string, article: SavedArticle | null): Promise<void> {
  await notes.put({ id, terms: article ? articleTerms(article) : null });
}

/** Numbers → article ids, read once per background start and kept in step by the merges made here. */
let idsBySeq: Promise<Map<number, string>> | null = null;

function loadedIds(): Promise<Map<number, string>> {
  idsBySeq ??= libraryDatabase().then(async (db) => new Map((await db.getAll('searchDocs')).map((doc) => [doc.seq!, doc.id])));
  return idsBySeq;
}

interface Renumbering {
  added: [number, string][];
  removed: number[];
}

/** Indexes articles (terms) or takes them out (null) inside `tx`: new numbers, the old ones retired, the buckets written once each. */
async function indexInto(tx: IndexTransaction, entries: readonly SearchNote[], state: SearchState): Promise<Renumbering> {
  const docs = tx.objectStore('searchDocs');
  const additions = new Map<string, Map<string, number[]>>();
  const renumbering: Renumbering = { added: [], removed: [] };
  for (const { id, terms } of entries) {
    const old = await docs.index('id').getKey(id);
    if (old !== undefined) {
      await docs.delete(old);
      renumbering.removed.push(old);
      state.live--;
      state.stale++;
    }
    if (!terms) continue;
    const seq = await docs.add({ id });
    renumbering.added.push([seq, id]);
    state.live++;
    for (const term of terms) {
      const key = bucketOf(term);
      const bucket = additions.get(key) ?? new Map<string, number[]>();
      additions.set(key, bucket);
      const seqs = bucket.get(term);
      if (seqs) seqs.push(seq);
      else bucket.set(term, [seq]);
    }
  }
  const buckets = tx.objectStore('searchBuckets');
  for (const [key, added] of additions) {
    const bucket: SearchBucket = (await buckets.get(key)) ?? { key, terms: new Map() };
    for (const [term, seqs] of added) {
      const before = bucket.terms.get(term);
      bucket.terms.set(term, before ? before.concat(seqs) : seqs);
    }
    await buckets.put(bucket);
  }
  return renumbering;
}

async function applyRenumbering({ added, removed }: Renumbering): Promise<void> {
  if (!idsBySeq) return;
  // A map read before this transaction lacks the change; one read after has it already: both end the same.
  const map = await idsBySeq;
  for (const seq of removed) map.delete(seq);
  for (const [seq, id] of added) map.set(seq, id);
}

async function readState(tx: IDBPTransaction<LecternSchema, ArrayLike<StoreNames<LecternSchema>>, 'readonly' | 'readwrite'>): Promise<SearchState> {
  return (await tx.objectStore('searchState').get('state')) ?? { ...EMPTY_SEARCH_STATE };
}

/** Folds up to NOTES_PER_MERGE notes into the buckets; whether notes remain. */
async function mergeNotes(): Promise<boolean> {
  const db = await libraryDatabase();
  const tx = db.transaction(['searchNotes', 'searchDocs', 'searchBuckets', 'searchState'] satisfies (IndexStores | 'searchNotes')[], 'readwrite');
  const notes = await tx.objectStore('searchNotes').getAll(null, NOTES_PER_MERGE);
  const state = await readState(tx);
  const renumbering = await indexInto(tx, notes, state);
  for (const note of notes) await tx.objectStore('searchNotes').delete(note.id);
  await tx.objectStore('searchState').put(state);
  await tx.done;
  await applyRenumbering(renumbering);
  return notes.length === NOTES_PER_MERGE;
}

/** Indexes the next batch of articles saved before the index (or its rebuild); whether more remain. */
async function buildBatch(): Promise<boolean> {
  const db = await libraryDatabase();
  // The articles are read in a transaction of their own, read-only, so the list and saves go on meanwhile;
  // what changes between the two transactions has left a note, merged after this batch.
  const reading = db.transaction(['articles', 'searchState'], 'readonly');
  const before = await readState(reading);
  if (before.complete) return false;
  const range = before.after === null ? null : IDBKeyRange.lowerBound(before.after, true);
  const entries: SearchNote[] = [];
  for (let cursor = await reading.objectStore('articles').openCursor(range); cursor && entries.length < ARTICLES_PER_BUILD_BATCH; cursor = await cursor.continue()) {
    entries.push({ id: cursor.value.id, terms: articleTerms(cursor.value) });
  }
  await reading.done;
  const tx = db.transaction(['searchDocs', 'searchBuckets', 'searchState'] satisfies IndexStores[], 'readwrite');
  const state = await readState(tx);
  const renumbering = await indexInto(tx, entries, state);
  state.after = entries.at(-1)?.id ?? state.after;
  state.complete = entries.length < ARTICLES_PER_BUILD_BATCH;
  await tx.objectStore('searchState').put(state);
  await tx.done;
  await applyRenumbering(renumbering);
  return !state.complete;
}

/** Starts the index again from nothing (the notes stay, and are merged after): stale numbers had outgrown the live ones. */
async function clearIndex(): Promise<void> {
  const db = await libraryDatabase();
  const tx = db.transaction(['searchDocs', 'searchBuckets', 'searchState'], 'readwrite');
  await tx.objectStore('searchDocs').clear();
  await tx.objectStore('searchBuckets').clear();
  await tx.objectStore('searchState').put({ ...EMPTY_SEARCH_STATE });
  await tx.done;
  idsBySeq = null;
}

/** One piece of index work at a time, in order. */
let work: Promise<void> = Promise.resolve();

function enqueue(step: () => Promise<void>): Promise<void> {
  work = work.then(step).catch((error: unknown) => console.warn('Lectern: the search index could not be updated', error));
  return work;
}

/** Brings the index up to date: builds what is missing, merges the notes, rebuilds when stale numbers dominate. */
export function updateSearchIndex(): Promise<void> {
  return enqueue(async () => {
    const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
    try {
      while (await buildBatch());
      while (await mergeNotes());
      const db = await libraryDatabase();
      const state = (await db.get('searchState', 'state')) ?? EMPTY_SEARCH_STATE;
      if (state.stale > MIN_STALE_FOR_REBUILD && state.stale > state.live) {
        await clearIndex();
        while (await buildBatch());
      }
    } finally {
      clearInterval(keepAlive);
    }
  });
}

let caughtUp = false;

/**
 * Once per background start, when the list is first asked for: builds what is missing (a list saved
 * before the index existed) and merges notes left when the background last stopped. Not at start-up
 * itself: the database stays unopened until something needs it.
 */
export function catchUpSearchIndex(): void {
  if (caughtUp) return;
  caughtUp = true;
  // The numbers' map is read now too, while the list shows its first screen, not by the first search.
  void updateSearchIndex().then(() => loadedIds());
}

/** The list changed: its notes are merged shortly, once the burst of changes is over. */
export const scheduleSearchIndexUpdate = debounced(() => void updateSearchIndex(), MERGE_DELAY_MS);

/** The numbers of the indexed articles with a term beginning with `word`. */
async function seqsWith(tx: IDBPTransaction<LecternSchema, ['searchBuckets', 'searchNotes', 'searchState'], 'readonly'>, word: string): Promise<Set<number>> {
  const store = tx.objectStore('searchBuckets');
  const buckets = word.length >= BUCKET_CHARS ? [await store.get(bucketOf(word))] : await store.getAll(IDBKeyRange.bound(word, `${word}\uffff`));
  const found = new Set<number>();
  for (const bucket of buckets) {
    if (!bucket) continue;
    for (const [term, seqs] of bucket.terms) if (term.startsWith(word)) for (const seq of seqs) found.add(seq);
  }
  return found;
}

/** The ids of the articles holding every word (as `searchTerms` splits them); null while the index is still being built. */
export async function findIds(words: readonly string[]): Promise<Set<string> | null> {
  const db = await libraryDatabase();
  const tx = db.transaction(['searchBuckets', 'searchNotes', 'searchState'], 'readonly');
  if (!(await tx.objectStore('searchState').get('state'))?.complete) return null;
  let seqs = new Set<number>();
  for (const [i, word] of words.entries()) {
    const withWord = await seqsWith(tx, word);
    seqs = i === 0 ? withWord : new Set([...seqs].filter((seq) => withWord.has(seq)));
    if (seqs.size === 0) break;
  }
  const notes = await tx.objectStore('searchNotes').getAll();
  const ids = await loadedIds();
  const found = new Set<string>();
  for (const seq of seqs) {
    const id = ids.get(seq);
    if (id !== undefined) found.add(id);
  }
  // A note is newer than what the buckets say of its article.
  for (const note of notes) {
    found.delete(note.id);
    if (note.terms && hasEveryWord(note.terms, words)) found.add(note.id);
  }
  return found;
}
