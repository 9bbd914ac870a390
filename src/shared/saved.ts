/** A saved article in the reading list, as stored and as shown. Pure data. */
import type { Article } from '../engine/types';

export type SavedState = 'unread' | 'archived';

/** Whether the article's content is stored, or still to be fetched (an item imported as a bare link). */
export type ContentStatus = 'stored' | 'missing';

/** A passage the reader marked, kept with its article (imported from Pocket or Omnivore, for now). */
export interface Highlight {
  text: string;
  note: string | null;
  createdAt: string | null;
}

/** A saved article: the article as extracted (its related reads belong to the page, not the copy) plus list state. */
export type SavedArticle = Omit<Article, 'related'> & {
  /** Stable key: the tab's real URL without its fragment. Saving the same URL again updates this record. */
  id: string;
  savedAt: string;
  updatedAt: string;
  state: SavedState;
  tags: string[];
  favourite: boolean;
  /** How far it has been read, 0 to 1. */
  progress: number;
  lastReadAt: string | null;
  contentStatus: ContentStatus;
  highlights: Highlight[];
};

/** The list state of an article new to the list: unread, untagged, not started. */
export function freshListState(savedAt: string): Pick<SavedArticle, 'savedAt' | 'state' | 'tags' | 'favourite' | 'progress' | 'lastReadAt' | 'highlights'> {
  return { savedAt, state: 'unread', tags: [], favourite: false, progress: 0, lastReadAt: null, highlights: [] };
}

/** The list page shows summaries: everything but the content, which can be large. */
export type SavedSummary = Omit<SavedArticle, 'contentHtml' | 'textContent'>;

export function savedIdFor(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/**
 * The record to store for `article` read in a tab. `url` is the tab's real URL (never the page's
 * <base>, canonical or og:url claims); a record saved before keeps its list state (saved date, state,
 * tags, favourite, progress, highlights).
 */
export function toSavedArticle(article: Article, tabUrl: string, now: Date, previous?: SavedArticle): SavedArticle {
  const { related: _pageLinks, ...story } = article;
  const timestamp = now.toISOString();
  const list = previous ?? freshListState(timestamp);
  return {
    ...story,
    id: savedIdFor(tabUrl),
    url: tabUrl,
    savedAt: list.savedAt,
    updatedAt: timestamp,
    state: list.state,
    tags: list.tags,
    favourite: list.favourite,
    progress: list.progress,
    lastReadAt: list.lastReadAt,
    contentStatus: 'stored',
    highlights: list.highlights,
  };
}

export function summaryOf(saved: SavedArticle): SavedSummary {
  const { contentHtml: _html, textContent: _text, ...summary } = saved;
  return summary;
}

/** What the reader shows for a saved copy: the stored article with no related reads of the page. */
export function articleFromSaved(saved: SavedArticle): Article {
  const { id: _id, savedAt: _savedAt, updatedAt: _updatedAt, state: _state, tags: _tags, favourite: _favourite, progress: _progress, lastReadAt: _lastReadAt, contentStatus: _contentStatus, highlights: _highlights, ...story } = saved;
  return { ...story, related: [] };
}

/**
 * A bare link imported for an article already in the list: its tags, favourite mark and highlights join
 * the stored ones; the stored content, state and dates stay. The same record back when nothing changed.
 */
export function withImportedListState(existing: SavedArticle, link: SavedArticle): SavedArticle {
  const tags = [...new Set([...existing.tags, ...link.tags])];
  const known = new Set(existing.highlights.map((h) => h.text));
  const highlights = [...existing.highlights, ...link.highlights.filter((h) => !known.has(h.text))];
  const favourite = existing.favourite || link.favourite;
  if (tags.length === existing.tags.length && highlights.length === existing.highlights.length && favourite === existing.favourite) return existing;
  return { ...existing, tags, highlights, favourite };
}
