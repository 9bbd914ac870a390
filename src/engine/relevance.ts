/**
 * How much a short text (a headline, a link) is about the same thing as a longer one (a story): a
 * BM25-style score, normalised to 0..1 so that scores compare across links. Each of the headline's
 * terms counts by its rarity among the texts being compared (IDF: a word in every headline of the
 * widget, such as the site's name, says nothing) and by how prominent it is in the story, saturating
 * as BM25 does (the tenth mention of "Ukraine" adds little to the third).
 */

/** BM25's k1: term frequency at which a term is half as telling as it can be. */
const SATURATION_K = 1.2;
/**
 * A term that only shares its beginning with a story term (compounds and derivations: "floodwater" and
 * "flood", "Lebensmittelpreise" and "Lebensmittel") counts this much of an exact match…
 */
const PREFIX_MATCH_CREDIT = 0.5;
/** …when the shared beginning is at least this long ("inter" would join "internet" and "international"). */
const MIN_SHARED_PREFIX = 5;

/** A document's term counts, with the counts of every beginning of its terms for partial matches. */
export interface TermIndex {
  counts: ReadonlyMap<string, number>;
  prefixes: ReadonlyMap<string, number>;
}

export function termIndex(counts: ReadonlyMap<string, number>): TermIndex {
  const prefixes = new Map<string, number>();
  for (const [term, count] of counts) {
    for (let length = MIN_SHARED_PREFIX; length <= term.length; length++) {
      const prefix = term.slice(0, length);
      prefixes.set(prefix, Math.max(prefixes.get(prefix) ?? 0, count));
    }
  }
  return { counts, prefixes };
}

/** How often a term occurs in the document: exactly, else through a shared beginning, at partial credit. */
function frequency(term: string, index: TermIndex): number {
  const exact = index.counts.get(term);
  if (exact) return exact;
  if (term.length < MIN_SHARED_PREFIX) return 0;
  // The term begins a longer story term ("flood" in "flooding"), or a story term begins it ("floodwater").
  const longer = index.prefixes.get(term) ?? 0;
  let shorter = 0;
  for (let length = term.length - 1; length >= MIN_SHARED_PREFIX && !shorter; length--) shorter = index.counts.get(term.slice(0, length)) ?? 0;
  return PREFIX_MATCH_CREDIT * Math.max(longer, shorter);
}

/** BM25's IDF, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)). */
export function inverseDocumentFrequency(documents: Iterable<Iterable<string>>): (term: string) => number {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const terms of documents) {
    count++;
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return (term) => {
    const df = frequency.get(term) ?? 0;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };
}

/**
 * Share (0..1) of the query's weight found in the document: Σ idf·sat(tf) / Σ idf over the query's
 * distinct terms, with sat(tf) = tf / (tf + k). A headline whose every word is central to the story
 * approaches 1; one sharing no word scores 0.
 */
export function relevance(query: Iterable<string>, document: TermIndex, idf: (term: string) => number): number {
  let found = 0;
  let total = 0;
  for (const term of new Set(query)) {
    const weight = idf(term);
    const tf = frequency(term, document);
    total += weight;
    found += (weight * tf) / (tf + SATURATION_K);
  }
  return total === 0 ? 0 : found / total;
}
