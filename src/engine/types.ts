/** Result types of the engine: plain data, safe to structured-clone across extension contexts. */

export interface DetectResult {
  isArticle: boolean;
  /** Sum of the weighted signals read (the body's <article> count, JSON-LD, dated <meta>s and microdata only while they could turn the verdict); `isArticle` is `score >= ARTICLE_SCORE_THRESHOLD`. */
  score: number;
  /** One human-readable line per signal that moved the score, for debugging and the options page. */
  reasons: string[];
}

/** Where on the page a related-read link was found; the editor's placement is a relevance signal. */
export type RelatedSource = 'inline' | 'widget' | 'next-previous' | 'sidebar';

export interface RelatedCandidate {
  url: string;
  title: string;
  source: RelatedSource;
  score: number;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states a date we can read; null otherwise. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** Absolute URL. */
  leadImage: string | null;
  excerpt: string | null;
  /** Allow-list serialized HTML with absolute URLs: no scripts, handlers, styles or forms. */
  contentHtml: string;
  /** The story as plain text, title excluded; blocks separated by blank lines. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  /** The page URL the extraction was run for (as given by the caller, never the page's own claims). */
  url: string;
  /** The page's canonical URL claim, kept beside `url`, never instead of it. */
  canonicalUrl: string | null;
  related: RelatedCandidate[];
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: string };
