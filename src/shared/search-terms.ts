/**
 * The terms the reading list's search finds, split the same way for what is stored and what is asked:
 * folded words (lower case, no accents), and in scripts written without spaces (Chinese, Japanese, Thai…)
 * pairs of neighbouring characters, since no space says where a word ends. A word asked matches a stored
 * term that begins with it ("clim" finds "climate"); an article matches when every word asked does.
 */
import type { SavedArticle } from './saved';
import { UNSPACED_SCRIPTS } from '../engine/text';

/** Longer runs (a hash, a URL's path, a long compound) are cut here; a search finds them by their start. */
export const MAX_TERM_CHARS = 40;
/** Buckets of the index hold the terms beginning with the same letters: three, so one bucket holds tens of terms, not thousands. */
export const BUCKET_CHARS = 3;
/** The text read for the index: far beyond any article; bounds what a hostile page's megabytes cost. */
export const MAX_INDEXED_CHARS = 500_000;

/** A run of characters of the scripts written without spaces (the engine's list). */
const UNSPACED_RUN = new RegExp(`${UNSPACED_SCRIPTS.source}+`, 'gu');

/** Lower case without accents, so "Élysée" finds "elysee". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function addUnspaced(run: string, out: Set<string>): void {
  const chars = [...run];
  if (chars.length === 1) out.add(run);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
}

/** The distinct terms of a text, in the order they first appear. */
export function searchTerms(text: string): string[] {
  const out = new Set<string>();
  for (const word of folded(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    if (!UNSPACED_SCRIPTS.test(word)) {
      out.add(word.slice(0, MAX_TERM_CHARS));
      continue;
    }
    for (const run of word.match(UNSPACED_RUN) ?? []) addUnspaced(run, out);
    for (const rest of word.split(UNSPACED_RUN)) if (rest) out.add(rest.slice(0, MAX_TERM_CHARS));
  }
  return [...out];
}

/** What a search finds an article by: its title, byline, site, excerpt, tags and text. */
export function articleTerms(article: Pick<SavedArticle, 'title' | 'byline' | 'siteName' | 'excerpt' | 'tags' | 'textContent'>): string[] {
  const fields = [article.title, article.byline ?? '', article.siteName ?? '', article.excerpt ?? '', article.tags.join(' '), article.textContent.slice(0, MAX_INDEXED_CHARS)];
  return searchTerms(fields.join('\n'));
}

/** The bucket a stored term goes in. */
export function bucketOf(term: string): string {
  return term.slice(0, BUCKET_CHARS);
}

/** Every word asked begins some stored term. */
export function hasEveryWord(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => terms.some((term) => term.startsWith(word)));
}
