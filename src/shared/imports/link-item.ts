/**
 * An article imported as a bare link (Pocket, Instapaper and the like give the address, the title and the
 * list state, not the page): a saved article whose content is missing, to be fetched later. Every field
 * is built here from checked values; titles stay text.
 */
import { freshListState, savedIdFor, type Highlight, type SavedArticle, type SavedState } from '../saved';
import type { SkippedArticle } from '../library-file';
import { absoluteUrl } from '../../engine/url';
import { cell, type CsvTable } from './csv';

export interface LinkItem {
  url: string;
  title: string;
  savedAt: Date | null;
  state: SavedState;
  tags: string[];
  favourite: boolean;
  highlights: Highlight[];
  /** How far it was read, 0 to 1, where the export says (Readwise, Omnivore). */
  progress?: number;
}

/** A date as an export writes it: ISO 8601, or "2023-06-12 16:58:12+00:00"; null when absent or not a date. */
export function isoDate(raw: string | null | undefined): Date | null {
  const text = String(raw ?? '').trim();
  if (!text) return null;
  const date = new Date(/^\d{4}-\d\d-\d\d \d/.test(text) ? text.replace(' ', 'T') : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A share read: 0.4, "0.4", "40%" or (with `outOf` 100) 40; clamped to 0–1, 0 when unreadable. */
export function readShare(raw: string | number | null | undefined, outOf = 1): number {
  const text = String(raw ?? '').trim();
  const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text) / outOf;
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** What an export gives: its links, and the entries skipped with their reasons. */
export interface ImportedItems {
  items: LinkItem[];
  skipped: SkippedArticle[];
}

/**
 * An export's entries (rows, links, records) as links: the address from `addressOf`, the rest from
 * `item`; an entry without an http(s) address is skipped with its place (from `firstPosition`, which
 * numbers entries across several files) and the address as the file has it.
 */
export function linkItems<E, I extends LinkItem = LinkItem>(entries: Iterable<E>, addressOf: (entry: E) => string, item: (entry: E, url: string) => Omit<I, 'url'>, firstPosition = 1): { items: I[]; skipped: SkippedArticle[] } {
  const items: I[] = [];
  const skipped: SkippedArticle[] = [];
  let position = firstPosition;
  for (const entry of entries) {
    const raw = addressOf(entry);
    const url = absoluteUrl(raw);
    if (url) items.push({ url, ...item(entry, url) } as I);
    else skipped.push({ position, reason: `"${raw.slice(0, 80)}" is not a web address` });
    position++;
  }
  return { items, skipped };
}

/** A CSV export's rows as links, the address in `urlColumn`. */
export function rowItems(table: CsvTable, urlColumn: string, item: (row: Record<string, string>, url: string) => Omit<LinkItem, 'url'>, firstPosition = 1): ImportedItems {
  return linkItems(table.rows, (row) => cell(row, urlColumn), item, firstPosition);
}

/** A Unix time in seconds, as the exports write it; null when absent or not a time. */
export function unixSeconds(raw: string | number | null | undefined): Date | null {
  const seconds = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Tags as words: trimmed, without empties and duplicates. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

export function linkArticle(item: LinkItem, now: Date): SavedArticle {
  const savedAt = (item.savedAt ?? now).toISOString();
  const host = new URL(item.url).hostname;
  return {
    id: savedIdFor(item.url),
    url: item.url,
    canonicalUrl: null,
    title: item.title.trim() || host,
    byline: null,
    siteName: host,
    publishedTime: null,
    lang: null,
    dir: 'ltr',
    leadImage: null,
    excerpt: null,
    contentHtml: '',
    textContent: '',
    wordCount: 0,
    readingMinutes: 0,
    ...freshListState(savedAt),
    updatedAt: savedAt,
    state: item.state,
    tags: cleanTags(item.tags),
    favourite: item.favourite,
    progress: item.progress ?? 0,
    contentStatus: 'missing',
    highlights: item.highlights,
  };
}
