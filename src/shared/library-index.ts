/**
 * "From your library": the saved articles closest to the one open. Each saved article keeps a term
 * profile (its most frequent terms, title weighted, from the engine's language-aware terms); the
 * index holds them with an inverted list per term, and ranks by TF-IDF cosine, IDF over the library.
 * Pure data and arithmetic: the background owns an instance, loaded from and kept in step with IndexedDB.
 */
import { storyTermCounts } from '../engine/terms';

/** Terms kept per article: enough to say what it is about, small enough for 50,000 articles in memory. */
export const PROFILE_TERMS = 48;
/** Only the opening of a long article is read: it says what the piece is about, and bounds the cost. */
const PROFILE_CHARS_READ = 30_000;
/** The reader shows at most this many library matches. */
export const LIBRARY_MATCHES = 5;
/** Below this cosine two articles share only incidental words: better no match than a wrong one. */
export const MIN_LIBRARY_SIMILARITY = 0.12;

/**
 * A term in more than this share of the library says little on its own ("said", "year"): candidates
 * must share a rarer one. It still adds to their score. This keeps a query at 50,000 articles to the
 * few hundred that can match instead of scoring most of the library.
 */
const COMMON_TERM_SHARE = 0.05;
/** …but in a small library every term is rare enough: below this many articles, no term is common. */
const MIN_COMMON_TERM_ARTICLES = 20;

/** [term, count] pairs, most frequent first. */
export type TermProfile = [string, number][];

export function profileOf(article: { title: string; textContent: string; lang: string | null }): TermProfile {
  const counts = storyTermCounts(article.title, article.textContent, article.lang, PROFILE_CHARS_READ);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PROFILE_TERMS);
}

export interface LibraryMatch {
  id: string;
  score: number;
}

/** Dampened term frequency: the tenth mention adds less than the second. */
const weightOf = (count: number) => 1 + Math.log(count);

export class LibraryIndex {
  private readonly profiles = new Map<string, TermProfile>();
  /** term → ids of the articles whose profile holds it, with the term's count there. */
  private readonly postings = new Map<string, Map<string, number>>();
  /** Vector lengths depend on every IDF, so on the whole library: cached until the next save or delete. */
  private readonly norms = new Map<string, number>();

  constructor(entries: Iterable<{ id: string; profile: TermProfile }> = []) {
    for (const { id, profile } of entries) this.set(id, profile);
  }

  get size(): number {
    return this.profiles.size;
  }

  set(id: string, profile: TermProfile): void {
    this.delete(id);
    this.norms.clear();
    this.profiles.set(id, profile);
    for (const [term, count] of profile) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Map()));
      posting.set(id, count);
    }
  }

  delete(id: string): void {
    const profile = this.profiles.get(id);
    if (!profile) return;
    this.profiles.delete(id);
    this.norms.clear();
    for (const [term] of profile) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(term);
    }
  }

  private idf(term: string): number {
    return Math.log(1 + this.profiles.size / (this.postings.get(term)?.size ?? 1));
  }

  private norm(profile: TermProfile): number {
    let sum = 0;
    for (const [term, count] of profile) sum += (weightOf(count) * this.idf(term)) ** 2;
    return Math.sqrt(sum);
  }

  /** The saved articles closest to `profile`, best first, leaving out `excludeId` (the article itself). */
  closest(profile: TermProfile, excludeId: string | null, limit = LIBRARY_MATCHES): LibraryMatch[] {
    const queryNorm = this.norm(profile);
    if (queryNorm === 0) return [];
    const commonFrom = Math.max(MIN_COMMON_TERM_ARTICLES, COMMON_TERM_SHARE * this.profiles.size);
    const rare: TermProfile = [];
    const common: TermProfile = [];
    for (const pair of profile) ((this.postings.get(pair[0])?.size ?? 0) > commonFrom ? common : rare).push(pair);
    // Candidates share a rare term: walk those postings, not the library; then add the common terms they hold.
    const dots = new Map<string, number>();
    for (const [term, count] of rare) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = this.idf(term);
      for (const [id, docCount] of posting) {
        if (id !== excludeId) dots.set(id, (dots.get(id) ?? 0) + weightOf(count) * weightOf(docCount) * idf * idf);
      }
    }
    for (const [term, count] of common) {
      const posting = this.postings.get(term)!;
      const idf = this.idf(term);
      for (const [id, dot] of dots) {
        const docCount = posting.get(id);
        if (docCount) dots.set(id, dot + weightOf(count) * weightOf(docCount) * idf * idf);
      }
    }
    const matches: LibraryMatch[] = [];
    for (const [id, dot] of dots) {
      let norm = this.norms.get(id);
      if (norm === undefined) this.norms.set(id, (norm = this.norm(this.profiles.get(id)!)));
      const score = dot / (queryNorm * norm);
      if (score >= MIN_LIBRARY_SIMILARITY) matches.push({ id, score: Math.round(score * 1000) / 1000 });
    }
    return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }
}
