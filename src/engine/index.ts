/** Lectern's engine: pure functions of a Document and its URL. No extension APIs, no UI. */
export { detect, ARTICLE_SCORE_THRESHOLD } from './detect';
export { extract, type ExtractOptions } from './extract';
export type { Article, DetectResult, ExtractResult, RelatedCandidate, RelatedSource } from './types';
