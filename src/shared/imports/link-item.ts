/**
 * An article imported as a bare link (Pocket, Instapaper and the like give the address, the title and the
 * list state, not the page): a saved article whose content is missing, to be fetched later. Every field
 * is built here from checked values; titles stay text.
 */
import { freshListState, savedIdFor, type Highlight, type SavedArticle, type SavedState } from '../saved';

export interface LinkItem {
  url: string;
  title: string;
  savedAt: Date | null;
  state: SavedState;
  tags: string[];
  favourite: boolean;
  highlights: Highlight[];
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
    contentStatus: 'missing',
    highlights: item.highlights,
  };
}
