/**
 * Related reads from the page: the link candidates (related-links.ts) ranked by how close each is to
 * this story. Closeness is the BM25-style relevance (relevance.ts) of the link's headline, title
 * attribute and URL slug to the story's title and text, with the editor's own signals weighing in:
 * where the link was put (inside the story, a related widget, next/previous, a sidebar) and whether
 * it was announced as "read also".
 */
import type { RelatedCandidate, RelatedSource } from './types';
import { collectLinkCandidates, type LinkScope } from './related-links';
import { inverseDocumentFrequency, relevance, termIndex } from './relevance';
import { slugText, storyTermCounts, termsOf } from './terms';

/** How much the editor's placement says about relatedness, 0..1. An announced "read also" is the editor's own pick. */
const PLACEMENT_PRIOR: Record<RelatedSource | 'announced', number> = {
  announced: 1,
  inline: 0.7,
  widget: 0.6,
  'next-previous': 0.3,
  sidebar: 0.15,
};
/** Weights of placement and of word relevance in the score (they sum to 1, so scores run 0..1). */
const PLACEMENT_WEIGHT = 0.4;
const RELEVANCE_WEIGHT = 0.6;
/** The story is read this far for its terms. */
const STORY_CHARS_READ = 20_000;
/** Scores are rounded to this many decimals so that ties stay ties across engines. */
const SCORE_DECIMALS = 3;

export interface RelatedContext extends LinkScope {
  title: string;
  text: string;
  lang: string | null;
}

export function collectRelated(context: RelatedContext): RelatedCandidate[] {
  const candidates = collectLinkCandidates(context);
  if (candidates.length === 0) return [];
  const { lang } = context;

  const story = storyTermCounts(context.title, context.text, lang, STORY_CHARS_READ);

  const queries = candidates.map((c) => termsOf(`${c.title} ${c.titleAttribute} ${slugText(c.url)}`, lang));
  const idf = inverseDocumentFrequency([...queries, story.keys()]);
  const storyIndex = termIndex(story);

  const ranked = candidates.map((candidate, i): RelatedCandidate => {
    const prior = PLACEMENT_PRIOR[candidate.announced ? 'announced' : candidate.source];
    const score = PLACEMENT_WEIGHT * prior + RELEVANCE_WEIGHT * relevance(queries[i]!, storyIndex, idf);
    const rounded = Math.round(score * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS;
    return { url: candidate.url, title: candidate.title, source: candidate.source, score: rounded };
  });
  // Stable sort: equal scores keep the page's order.
  return ranked.sort((a, b) => b.score - a.score);
}
