/**
 * The whole reading list as one file: what "Export all" writes and "Import" reads back. Versioned, every
 * field of every article, content included, so a round trip loses nothing. Reading it treats the file
 * as hostile data: each article is rebuilt field by field from what it must be (strings, ISO dates,
 * http(s) URLs, known states), never spread from the file, so keys such as `__proto__` are only data and
 * HTML in a title stays text. An article that cannot be read is skipped with its reason; a file that
 * cannot be read at all is refused whole.
 */
import { absoluteUrl } from '../engine/url';
import type { ContentStatus, Highlight, SavedArticle, SavedState } from './saved';
import { savedIdFor } from './saved';

export const LIBRARY_FILE_FORMAT = 'lectern-library';
export const LIBRARY_FILE_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: typeof LIBRARY_FILE_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
}

export function libraryFileName(now = new Date()): string {
  return `lectern-reading-list-${now.toISOString().slice(0, 10)}.json`;
}

/** The file's text, written article by article (a list of tens of thousands is built in pieces, not one object). */
export function libraryFileParts(articles: SavedArticle[], now = new Date()): string[] {
  const head = `{"format":"${LIBRARY_FILE_FORMAT}","version":${LIBRARY_FILE_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"articles":[\n`;
  return [head, ...articles.map((article, i) => (i === 0 ? '' : ',\n') + JSON.stringify(article)), '\n]}\n'];
}

/** What an import did to the list, by article. */
export interface ImportCounts {
  /** Not in the list before. */
  added: number;
  /** In the list, older than the file's copy: replaced. */
  updated: number;
  /** In the list, as new as the file's copy or newer: kept. */
  kept: number;
}

export interface SkippedArticle {
  /** The article's place in the file, from 1. */
  position: number;
  reason: string;
}

export type LibraryFileRead =
  | { ok: true; articles: SavedArticle[]; skipped: SkippedArticle[] }
  | { ok: false; reason: string };

const STATES: readonly SavedState[] = ['unread', 'archived'];

class Unreadable extends Error {}

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  if (typeof value !== 'string') throw new Unreadable(`"${key}" is not text`);
  return value;
}

function textOrNull(raw: Record<string, unknown>, key: string): string | null {
  const value = raw[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Unreadable(`"${key}" is not text`);
  return value;
}

function webAddress(raw: Record<string, unknown>, key: string): string {
  const url = absoluteUrl(text(raw, key));
  if (!url) throw new Unreadable(`"${key}" is not a web address`);
  return url;
}

function date(raw: Record<string, unknown>, key: string): string {
  const value = text(raw, key);
  if (Number.isNaN(Date.parse(value))) throw new Unreadable(`"${key}" is not a date`);
  return new Date(value).toISOString();
}

function count(raw: Record<string, unknown>, key: string): number {
  const value = raw[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Unreadable(`"${key}" is not a count`);
  return Math.round(value);
}

function dateOrNull(raw: Record<string, unknown>, key: string): string | null {
  return raw[key] === null || raw[key] === undefined ? null : date(raw, key);
}

/** Highlights as the file has them: a list of passages, each with an optional note and date. */
function highlights(value: unknown): Highlight[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Unreadable('"highlights" is not a list');
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw new Unreadable('a highlight is not a passage');
    const h = item as Record<string, unknown>;
    return { text: text(h, 'text'), note: textOrNull(h, 'note'), createdAt: dateOrNull(h, 'createdAt') };
  });
}

/** One article from the file, rebuilt from known fields only. */
function articleFrom(raw: unknown): SavedArticle {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Unreadable('it is not an article');
  const r = raw as Record<string, unknown>;
  const url = webAddress(r, 'url');
  const state = r['state'];
  const tags = r['tags'];
  const dir = r['dir'];
  if (!STATES.includes(state as SavedState)) throw new Unreadable('"state" is not unread or archived');
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) throw new Unreadable('"tags" is not a list of words');
  if (dir !== 'ltr' && dir !== 'rtl') throw new Unreadable('"dir" is not ltr or rtl');
  return {
    id: savedIdFor(url),
    url,
    canonicalUrl: r['canonicalUrl'] === null || r['canonicalUrl'] === undefined ? null : webAddress(r, 'canonicalUrl'),
    title: text(r, 'title'),
    byline: textOrNull(r, 'byline'),
    siteName: textOrNull(r, 'siteName'),
    publishedTime: textOrNull(r, 'publishedTime'),
    lang: textOrNull(r, 'lang'),
    dir,
    leadImage: r['leadImage'] === null || r['leadImage'] === undefined ? null : webAddress(r, 'leadImage'),
    excerpt: textOrNull(r, 'excerpt'),
    contentHtml: text(r, 'contentHtml'),
    textContent: text(r, 'textContent'),
    wordCount: count(r, 'wordCount'),
    readingMinutes: count(r, 'readingMinutes'),
    savedAt: date(r, 'savedAt'),
    updatedAt: date(r, 'updatedAt'),
    state: state as SavedState,
    tags: [...new Set(tags as string[])],
    // List state added after the first files were written: absent means not known, so a new article's.
    favourite: r['favourite'] === true,
    progress: typeof r['progress'] === 'number' && r['progress'] >= 0 && r['progress'] <= 1 ? r['progress'] : 0,
    lastReadAt: dateOrNull(r, 'lastReadAt'),
    contentStatus: (r['contentStatus'] === 'missing' ? 'missing' : 'stored') satisfies ContentStatus,
    highlights: highlights(r['highlights']),
  };
}

export function readLibraryFile(content: string): LibraryFileRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const file = parsed as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file['format'] !== LIBRARY_FILE_FORMAT) return { ok: false, reason: 'it is not a Lectern reading list file' };
  if (file['version'] !== LIBRARY_FILE_VERSION) return { ok: false, reason: `it is version ${String(file['version'])}, and this Lectern reads version ${LIBRARY_FILE_VERSION}` };
  if (!Array.isArray(file['articles'])) return { ok: false, reason: 'it has no list of articles' };
  const articles: SavedArticle[] = [];
  const skipped: SkippedArticle[] = [];
  const seen = new Set<string>();
  (file['articles'] as unknown[]).forEach((raw, index) => {
    try {
      const article = articleFrom(raw);
      if (seen.has(article.id)) throw new Unreadable('the same address appears earlier in the file');
      seen.add(article.id);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      skipped.push({ position: index + 1, reason: error.message });
    }
  });
  return { ok: true, articles, skipped };
}
