/** A saved article in the reading list, as stored and as shown. Pure data. */
import type { Article } from '../engine/types';

export type SavedState = 'unread' | 'archived';

export interface SavedArticle {
  /** Stable key: the tab's real URL without its fragment. Saving the same URL again updates this record. */
  id: string;
  /** The tab's real URL when saved (never the page's <base>, canonical or og:url claims). */
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  publishedTime: string | null;
  savedAt: string;
  updatedAt: string;
  leadImage: string | null;
  excerpt: string | null;
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  state: SavedState;
  tags: string[];
}

/** The list page shows summaries: everything but the content, which can be large. */
export type SavedSummary = Omit<SavedArticle, 'contentHtml' | 'textContent'>;

export function savedIdFor(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

export function toSavedArticle(article: Article, tabUrl: string, now: Date, previous?: SavedArticle): SavedArticle {
  const timestamp = now.toISOString();
  return {
    id: savedIdFor(tabUrl),
    url: tabUrl,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    dir: article.dir,
    publishedTime: article.publishedTime,
    savedAt: previous?.savedAt ?? timestamp,
    updatedAt: timestamp,
    leadImage: article.leadImage,
    excerpt: article.excerpt,
    contentHtml: article.contentHtml,
    textContent: article.textContent,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
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
  return {
    title: saved.title,
    byline: saved.byline,
    siteName: saved.siteName,
    publishedTime: saved.publishedTime,
    lang: saved.lang,
    dir: saved.dir,
    leadImage: saved.leadImage,
    excerpt: saved.excerpt,
    contentHtml: saved.contentHtml,
    textContent: saved.textContent,
    wordCount: saved.wordCount,
    readingMinutes: saved.readingMinutes,
    url: saved.url,
    canonicalUrl: saved.canonicalUrl,
    related: [],
  };
}
