/**
 * Article metadata from the page's own declarations, most trustworthy first:
 * JSON-LD, then Open Graph / article: meta, then plain meta tags, then the markup.
 */
import type { Article } from './types';
import { absoluteUrl } from './url';
import { collapseSpace, textOf } from './dom';
import { findArticleObject, jsonImage, jsonLdObjects, jsonText } from './jsonld';

/** What the page declares about its story: the article's fields that do not come from its text. */
export type Metadata = Pick<Article, 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'leadImage' | 'excerpt' | 'canonicalUrl'> & {
  title: string | null;
};

/** Separators sites put between the headline and their name in `<title>`. */
const TITLE_SEPARATORS = /\s+[|–—\-·•:»«/]\s+/;
/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/** Prefixes bylines carry in markup ("By Jane Doe", "par La Rédaction"). */
const BYLINE_PREFIX = /^(by|par|von|por|di|door|av|af|przez|от)\s+/i;

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = collapseSpace(el?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return null;
}

/** Keeps an ISO 8601 string as the page wrote it (offset included); turns other readable dates into ISO. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString();
}

/** Removes the site name from a `<title>` such as "Headline – Site" or "Site | Headline". */
export function cleanTitle(rawTitle: string, siteName: string | null): string {
  const title = collapseSpace(rawTitle);
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length < parts.length && kept.length > 0) return kept.join(' – ');
  }
  // No known site name: the longest part is the headline when the others are short labels.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : title;
}

function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  const value = collapseSpace(raw).replace(BYLINE_PREFIX, '');
  // A URL is not a name (some sites put the author page in meta author).
  if (!value || /^https?:\/\//.test(value)) return null;
  return value;
}

function languageOf(doc: Document, articleLd: Record<string, unknown> | null): string | null {
  const html = doc.documentElement;
  const declared =
    html?.getAttribute('lang') ??
    html?.getAttribute('xml:lang') ??
    metaContent(doc, 'content-language') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    jsonText(articleLd?.['inLanguage']) ??
    metaContent(doc, 'og:locale')?.replace('_', '-') ??
    null;
  const value = declared?.trim();
  return value ? value : null;
}

function directionOf(doc: Document, lang: string | null): 'ltr' | 'rtl' {
  const declared = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
  return primary && RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

export function readMetadata(doc: Document, baseUrl: string): Metadata {
  const ld = findArticleObject(jsonLdObjects(doc));
  const publisher = ld?.['publisher'];
  const siteName =
    metaContent(doc, 'og:site_name') ?? jsonText(publisher) ?? metaContent(doc, 'application-name') ?? null;

  const docTitle = textOf(doc.querySelector('head > title') ?? doc.querySelector('title'));
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => textOf(h)).filter(Boolean);
  const title =
    jsonText(ld?.['headline']) ??
    metaContent(doc, 'og:title', 'twitter:title') ??
    (h1s.length === 1 ? h1s[0]! : null) ??
    (docTitle ? cleanTitle(docTitle, siteName) : null);

  const authorFromMarkup =
    doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline .author, .author-name')
      ?.textContent ?? null;
  const byline =
    cleanByline(jsonText(ld?.['author'])) ??
    cleanByline(metaContent(doc, 'author', 'article:author', 'byl', 'parsely-author', 'dc.creator')) ??
    cleanByline(authorFromMarkup);

  const publishedTime = normalizeDate(
    jsonText(ld?.['datePublished']) ??
      metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'sailthru.date', 'parsely-pub-date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  );

  const lang = languageOf(doc, ld);
  const leadImage = absoluteUrl(
    metaContent(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? jsonImage(ld?.['image']),
    baseUrl,
  );
  const excerpt = metaContent(doc, 'description', 'og:description', 'twitter:description') ?? jsonText(ld?.['description']);
  const canonicalUrl = absoluteUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url'),
    baseUrl,
  );

  return {
    title: title ? collapseSpace(title) : null,
    byline,
    siteName,
    publishedTime,
    lang,
    dir: directionOf(doc, lang),
    leadImage,
    excerpt,
    canonicalUrl,
  };
}
