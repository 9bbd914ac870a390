/** A saved article in the reading list, as stored and as shown. Pure data. */
import type { Article } from '../engine/types';

export type SavedState = 'unread' | 'archived';

/** A saved article: the article as extracted (its related reads belong to the page, not the copy) plus list state. */
export type SavedArticle = Omit<Article, 'related'> & {
  /** Stable key: the tab's real URL without its fragment. Saving the same URL again updates this record. */
  id: string;
  savedAt: string;
  updatedAt: string;
  state: SavedState;
  tags: string[];
};

/** The list page shows summaries: everything but the content, which can be large. */
export type SavedSummary = Omit<SavedArticle, 'contentHtml' | 'textContent'>;

export function savedIdFor(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/**
 * The record to store for `article` read in a tab. `url` is the tab's real URL (never the page's
 * <base>, canonical or og:url claims); a record saved before keeps its saved date, state and tags.
 */
export function toSavedArticle(article: Article, tabUrl: string, now: Date, previous?: SavedArticle): SavedArticle {
  const { related: _pageLinks, ...story } = article;
  const timestamp = now.toISOString();
  return {
    ...story,
    id: savedIdFor(tabUrl),
    url: tabUrl,
    savedAt: previous?.savedAt ?? timestamp,
    updatedAt: timestamp,
    state: previous?.state ?? 'unread',
    tags: previous?.tags ?? [],
  };
}

export function summaryOf(saved: SavedArticle): SavedSummary {
  const { contentHtml: _html, textContent: _text, ...summary } = saved;
  return summary;
}

/** What the reader shows for a saved copy: the stored article with no related reads of the page. */
export function articleFromSaved(saved: SavedArticle): Article {
  const { id: _id, savedAt: _savedAt, updatedAt: _updatedAt, state: _state, tags: _tags, ...story } = saved;
  return { ...story, related: [] };
}
