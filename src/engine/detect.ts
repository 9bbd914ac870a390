/**
 * detect(document, url): is this page a single story? Runs on every page load, so it reads the head,
 * the tags it needs from the DOM's tag indexes and only the paragraphs' text; it never clones.
 */
import type { DetectResult } from './types';
import { ARTICLE_TYPES, jsonLdObjects, typesOf } from './jsonld';
import { bodyMetaKeys, microdataTypes, readDeclarations } from './declarations';
import { effectiveLength } from './text';
import { urlShape } from './url-shape';
import { itemsOf, pagePart, tagName } from './dom';

/** A page scoring at least this is offered the reader. */
export const ARTICLE_SCORE_THRESHOLD = 3;
/** Microdata declaring an article weighs as much as JSON-LD or Open Graph declaring one. */
const MICRODATA_POINTS = 2;
/** A declared publication date: a point, as a story-shaped URL. */
const DATE_POINTS = 1;
/** Paragraphs shorter than this are teasers, captions or labels (Readability's readerable check uses 140). */
const MIN_PARAGRAPH_CHARS = 140;
/** Sum of √(length − MIN_PARAGRAPH_CHARS) over paragraphs: ≥ 20 is several real paragraphs (as in Readability). */
const STRONG_TEXT_SCORE = 20;
const SOME_TEXT_SCORE = 10;
const NO_TEXT_SCORE = 5;
/** Many <article> elements make a list of stories (a section front), not a story. */
const LIST_OF_ARTICLES = 4;
/** Elements that hold paragraphs written as text between <br>s (table layouts put them in cells). */
const BR_PARAGRAPH_PARENTS = new Set(['div', 'td', 'section', 'article', 'font', 'span', 'blockquote']);
/** Meta keys that declare when a story was published. */
const PUBLICATION_DATE_KEYS = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'];
/** At most this many divs are looked at for text written without <p>: bounds the cost on huge pages. */
const MAX_DIVS_READ = 1500;
/** A story slug has at least this many words; a story id at least this many digits (DW's sections have five). */
const STORY_SLUG_WORDS = 4;
const STORY_ID_DIGITS = 6;

/** What a URL's shape says: a story, a listing, a home or section page, or nothing. */
export function shapeOfUrl(url: string): 'story' | 'listing' | 'section' | null {
  const shape = urlShape(url);
  if (!shape) return null;
  if (shape.nonStory) return 'listing';
  if (shape.dated || shape.slugWords >= STORY_SLUG_WORDS || shape.idDigits >= STORY_ID_DIGITS) return 'story';
  // Only the home page and first-level sections (/sport/): deeper short paths are too often stories.
  if (shape.segments.length === 0 || (shape.segments.length === 1 && shape.slugWords <= 2 && shape.idDigits < 3)) return 'section';
  return null;
}

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
    if (!pagePart(doc, 'body') || !/^https?:|^file:/.test(url)) {
      return { isArticle: false, score: 0, reasons: ['not a web page with a body'] };
    }
    // Tag lookups, not a walk of the page: browsers index tags natively, and this runs on every page load
    // (a walk cost 1.4 ms on an ordinary 8,000-element page in Chromium, tag lookups a tenth of that).
    const declarations = readDeclarations(doc);
    const { meta } = declarations;
    const ogType = meta.get('og:type')?.toLowerCase();
    if (ogType === 'article') add(2, 'og:type is article');
    else if (ogType === 'website') add(-1, 'og:type is website');

    const ldTypes = jsonLdObjects(declarations).flatMap(typesOf);
    if (ldTypes.some((t) => ARTICLE_TYPES.has(t))) add(2, 'JSON-LD describes an article');
    if (ldTypes.some((t) => t === 'CollectionPage' || t === 'ItemList' || t === 'SearchResultsPage')) add(-2, 'JSON-LD describes a list');

    const declaredArticle = ogType === 'article' || ldTypes.some((t) => ARTICLE_TYPES.has(t));
    const dateInHead = PUBLICATION_DATE_KEYS.some((key) => meta.has(key));
    if (dateInHead) add(DATE_POINTS, 'a publication date is declared');
    const urlShape = shapeOfUrl(url);
    if (urlShape === 'story') add(1, 'the URL names a story (a date, a long slug or an id)');
    else if (urlShape === 'listing') add(-2, 'the URL names a listing (category, topic, tag, section)');
    else if (urlShape === 'section') add(-1, 'the URL is a home or section page');

    const articles = itemsOf(doc.getElementsByTagName('article'));
    if (articles.length === 1) add(1, 'one <article> element');
    // Story pages often mark their teaser rails as <article>s too: the count only speaks against a story URL's page weakly.
    else if (articles.length >= LIST_OF_ARTICLES) add(urlShape === 'story' ? -1 : -2, `${articles.length} <article> elements: a list of stories`);

    let textScore = 0;
    let read = 0;
    const addParagraph = (el: Element): void => {
      read++;
      const length = effectiveLength((el.textContent ?? '').trim());
      if (length >= MIN_PARAGRAPH_CHARS) textScore += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    };
    const paragraphs = itemsOf(doc.getElementsByTagName('p'));
    for (let i = 0; i < paragraphs.length && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) addParagraph(paragraphs[i]!);
    if (textScore < STRONG_TEXT_SCORE) {
      // Older pages write paragraphs as text between <br>s in a div (Readability's check reads those too).
      const breaks = itemsOf(doc.getElementsByTagName('br'));
      const seen = new Set<Element>();
      for (let i = 0; i < breaks.length && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) {
        const parent = breaks[i]!.parentElement;
        if (parent && BR_PARAGRAPH_PARENTS.has(tagName(parent)) && !seen.has(parent)) {
          seen.add(parent);
          addParagraph(parent);
        }
      }
    }
    if (textScore < STRONG_TEXT_SCORE) {
      // Some sites write paragraphs as divs holding text directly (no <p>, no <br>).
      const divs = itemsOf(doc.getElementsByTagName('div'));
      for (let i = 0; i < divs.length && i < MAX_DIVS_READ && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) {
        const div = divs[i]!;
        let own = 0;
        for (let child = div.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) own += (child.nodeValue ?? '').trim().length;
        if (own >= MIN_PARAGRAPH_CHARS) addParagraph(div);
      }
    }
    if (textScore >= STRONG_TEXT_SCORE) add(3, 'several long paragraphs');
    else if (textScore >= SOME_TEXT_SCORE) add(1.5, 'a few long paragraphs');
    else if (textScore < NO_TEXT_SCORE) add(-3, 'hardly any paragraph text');

    // The body's declarations last, and only where they would turn the verdict: a date declared by a
    // <meta> in the body (microdata's itemprop), then microdata types (an attribute query, the costliest
    // step of detect under jsdom). Each is a walk of the page in Node's DOMs.
    const microdataPoints = declaredArticle ? 0 : MICRODATA_POINTS;
    const turns = (points: number): boolean => score < ARTICLE_SCORE_THRESHOLD && score + points >= ARTICLE_SCORE_THRESHOLD;
    if (!dateInHead && turns(DATE_POINTS + microdataPoints)) {
      const bodyKeys = bodyMetaKeys(doc);
      if (PUBLICATION_DATE_KEYS.some((key) => bodyKeys.has(key))) add(DATE_POINTS, 'a publication date is declared');
    }
    if (microdataPoints > 0 && turns(microdataPoints) && microdataTypes(doc).some((t) => ARTICLE_TYPES.has(t))) add(MICRODATA_POINTS, 'microdata describes an article');

    return { isArticle: score >= ARTICLE_SCORE_THRESHOLD, score, reasons };
  } catch (error) {
    return { isArticle: false, score, reasons: [...reasons, `detection stopped: ${String(error)}`] };
  }
}
