/**
 * Where the reader left each article: the share of it scrolled, in storage.local, one key per article
 * (so saving one position never rewrites the others). Kept for the newest MAX_POSITIONS articles.
 */
import browser from 'webextension-polyfill';

const PREFIX = 'position:';
/** Enough for years of reading (a few dozen bytes each); older positions are dropped past it. */
const MAX_POSITIONS = 5_000;
/** Positions are pruned once every this many saves, not on each one (it reads every key). */
const PRUNE_EVERY = 200;

interface StoredPosition {
  fraction: number;
  at: number;
}

let savesSincePrune = 0;

export async function loadPosition(articleId: string): Promise<number | null> {
  const key = PREFIX + articleId;
  const stored = (await browser.storage.local.get(key))[key] as StoredPosition | undefined;
  return stored && typeof stored.fraction === 'number' && stored.fraction >= 0 && stored.fraction <= 1 ? stored.fraction : null;
}

export async function savePosition(articleId: string, fraction: number): Promise<void> {
  await browser.storage.local.set({ [PREFIX + articleId]: { fraction, at: Date.now() } satisfies StoredPosition });
  if (++savesSincePrune >= PRUNE_EVERY) {
    savesSincePrune = 0;
    await prunePositions();
  }
}

async function prunePositions(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const positions = Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .sort(([, a], [, b]) => (b as StoredPosition).at - (a as StoredPosition).at);
  const stale = positions.slice(MAX_POSITIONS).map(([key]) => key);
  if (stale.length > 0) await browser.storage.local.remove(stale);
}
