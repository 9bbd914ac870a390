/**
 * detect(document, url): is this page a single story? Runs on every page load, so it reads only the
 * head and the paragraphs, never clones, never walks the whole tree twice.
 */
import type { DetectResult } from './types';
import { ARTICLE_TYPES, jsonLdObjects, typesOf } from './jsonld';
import { readDeclarations } from './declarations';

/** A page scoring at least this is offered the reader. */
export const ARTICLE_SCORE_THRESHOLD = 3;
/** Paragraphs shorter than this are teasers, captions or labels (Readability's readerable check uses 140). */
const MIN_PARAGRAPH_CHARS = 140;
/** Sum of √(length − MIN_PARAGRAPH_CHARS) over paragraphs: ≥ 20 is several real paragraphs (as in Readability). */
const STRONG_TEXT_SCORE = 20;
const SOME_TEXT_SCORE = 10;
const NO_TEXT_SCORE = 5;
/** Many <article> elements make a list of stories (a section front), not a story. */
const LIST_OF_ARTICLES = 4;
/** Stop reading paragraphs once the text is clearly enough: bounds the cost on huge pages. */
const MAX_PARAGRAPHS_READ = 400;

export function detect(doc: Document, url: string): DetectResult {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  try {
    if (!doc.body || !/^https?:|^file:/.test(url)) {
      return { isArticle: false, score: 0, reasons: ['not a web page with a body'] };
    }
    const declarations = readDeclarations(doc);
    const { meta } = declarations;
    const ogType = meta.get('og:type')?.toLowerCase();
    if (ogType === 'article') add(2, 'og:type is article');
    else if (ogType === 'website') add(-1, 'og:type is website');

    const ldTypes = jsonLdObjects(declarations).flatMap(typesOf);
    if (ldTypes.some((t) => ARTICLE_TYPES.has(t))) add(2, 'JSON-LD describes an article');
    if (ldTypes.some((t) => t === 'CollectionPage' || t === 'ItemList' || t === 'SearchResultsPage')) add(-2, 'JSON-LD describes a list');

    if (meta.has('article:published_time') || meta.has('datepublished')) add(1, 'a publication date is declared');
    const articles = doc.getElementsByTagName('article').length;
    if (articles === 1) add(1, 'one <article> element');
    else if (articles >= LIST_OF_ARTICLES) add(-2, `${articles} <article> elements: a list of stories`);

    let textScore = 0;
    const paragraphs = doc.getElementsByTagName('p');
    const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS_READ);
    for (let i = 0; i < limit && textScore < STRONG_TEXT_SCORE; i++) {
      const length = (paragraphs[i]!.textContent ?? '').trim().length;
      if (length >= MIN_PARAGRAPH_CHARS) textScore += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    }
    if (textScore >= STRONG_TEXT_SCORE) add(3, 'several long paragraphs');
    else if (textScore >= SOME_TEXT_SCORE) add(1.5, 'a few long paragraphs');
    else if (textScore < NO_TEXT_SCORE) add(-3, 'hardly any paragraph text');

    return { isArticle: score >= ARTICLE_SCORE_THRESHOLD, score, reasons };
  } catch (error) {
    return { isArticle: false, score, reasons: [...reasons, `detection stopped: ${String(error)}`] };
  }
}
