/**
 * detect(document, url): is this page a single story? Runs on every page load, so it reads the head,
 * the tags it needs from the DOM's tag indexes and only the paragraphs' text; it never clones.
 */
import type { DetectResult } from './types';
import { ARTICLE_TYPES, jsonLdObjects, typesOf } from './jsonld';
import { bodyJsonLd, bodyMetaKeys, microdataTypes, readDeclarations } from './declarations';
import { effectiveLength } from './text';
import { urlShape } from './url-shape';
import { collectionReader, pagePart, tagName } from './dom';
import { rootWithoutBody } from './page-body';

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
/** A story filed under a listing's name sits at least this deep below it (a sub-section or a date, then its slug). */
const MIN_SEGMENTS_BELOW_SECTION = 2;
/** Fewer digits number a page of a list or a section ("?page=2", "/sport1"), not a story. */
const MIN_ID_DIGITS = 3;

/** What a URL's shape says: a story, a listing, a home or section page, or nothing. */
export function shapeOfUrl(url: string): 'story' | 'listing' | 'section' | null {
  const shape = urlShape(url);
  if (!shape) return null;
  // A story page its query picks ("/topics/sports/story.html?id=…") is one, whatever section it is filed in.
  if (shape.storyPage) return 'story';
  const namesStory = shape.dated || shape.slugWords >= STORY_SLUG_WORDS || shape.idDigits >= STORY_ID_DIGITS;
  // A listing's name higher up is the section a story is filed in ("/archive/2008/01/06/leafs-notebook…",
  // "/topics/…/articles/18738-sprint-…"), when the last segment names a story; right above it, it is the
  // listing's own ("/tag/a-long-tag-name").
  if (shape.nonStory && !(namesStory && shape.belowListing >= MIN_SEGMENTS_BELOW_SECTION)) return 'listing';
  if (namesStory) return 'story';
  // Only the home page and first-level sections (/sport/): deeper short paths are too often stories, and so
  // is a page its query picks by number ("detail.aspx?id=36764").
  if (shape.queryIdDigits >= MIN_ID_DIGITS) return null;
  if (shape.segments.length === 0 || (shape.segments.length === 1 && shape.slugWords <= 2 && shape.idDigits < MIN_ID_DIGITS)) return 'section';
  return null;
}

/** Stop reading paragraphs once the text is clearly enough: bounds the cost on huge pages. */
const MAX_PARAGRAPHS_READ = 400;

/** Points for the text's paragraphs: several long ones, a few, or hardly any. */
const STRONG_TEXT_POINTS = 3;
const SOME_TEXT_POINTS = 1.5;
const NO_TEXT_POINTS = -3;
/** Points for the page's <article> elements: one is a story's; many are a list's (less so on a story URL). */
const ONE_ARTICLE_POINTS = 1;
const LIST_OF_ARTICLES_POINTS = -2;
const LIST_OF_ARTICLES_ON_STORY_URL_POINTS = -1;
/** JSON-LD, like Open Graph, declaring an article or a list. */
const DECLARED_ARTICLE_POINTS = 2;
const DECLARED_LIST_POINTS = -2;

/**
 * Evidence from the page's body, read in turn and only while it could still turn the verdict: `range`
 * is the fewest and most points it (and nothing read after it) can add, given what is known so far.
 */
interface BodyEvidence {
  range(): [number, number];
  read(): void;
}

export function detect(doc: Document, url: string): DetectResult {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  try {
    // A page without a <body> tag has one in browsers; in linkedom its elements are at the document's top.
    // (Not pageBody: its reading of a page swallowed by an unclosed <title> would weigh on the content
    // script for nothing; such a page has an element with text either way.)
    if (!(pagePart(doc, 'body') ?? rootWithoutBody(doc)) || !/^https?:|^file:/.test(url)) {
      return { isArticle: false, score: 0, reasons: ['not a web page with a body'] };
    }
    // The head first, then tag lookups, not a walk of the page: browsers index tags natively, and this runs
    // on every page load (a walk cost 1.4 ms on an ordinary 8,000-element page in Chromium, tag lookups a
    // tenth of that). Each lookup is a walk of the page in Node's DOMs, so each is made only where it counts.
    const { meta, jsonLd } = readDeclarations(doc);
    const ogType = meta.get('og:type')?.toLowerCase();
    if (ogType === 'article') add(2, 'og:type is article');
    else if (ogType === 'website') add(-1, 'og:type is website');

    let ldArticle = false;
    let ldList = false;
    const readJsonLd = (blocks: string[]): void => {
      const types = jsonLdObjects({ jsonLd: blocks }).flatMap(typesOf);
      if (!ldArticle && types.some((t) => ARTICLE_TYPES.has(t))) {
        ldArticle = true;
        add(DECLARED_ARTICLE_POINTS, 'JSON-LD describes an article');
      }
      if (!ldList && types.some((t) => t === 'CollectionPage' || t === 'ItemList' || t === 'SearchResultsPage')) {
        ldList = true;
        add(DECLARED_LIST_POINTS, 'JSON-LD describes a list');
      }
    };
    readJsonLd(jsonLd);

    const dateInHead = PUBLICATION_DATE_KEYS.some((key) => meta.has(key));
    if (dateInHead) add(DATE_POINTS, 'a publication date is declared');
    const urlShape = shapeOfUrl(url);
    if (urlShape === 'story') add(1, 'the URL names a story (a date, a long slug or an id)');
    else if (urlShape === 'listing') add(-2, 'the URL names a listing (category, topic, tag, section)');
    else if (urlShape === 'section') add(-1, 'the URL is a home or section page');

    let bodyJsonLdRead = false;
    const evidence: BodyEvidence[] = [
      { range: () => [NO_TEXT_POINTS, STRONG_TEXT_POINTS], read: () => readText(doc, add) },
      {
        range: () => [urlShape === 'story' ? LIST_OF_ARTICLES_ON_STORY_URL_POINTS : LIST_OF_ARTICLES_POINTS, ONE_ARTICLE_POINTS],
        read: () => {
          const articles = collectionReader(doc.getElementsByTagName('article')).length;
          if (articles === 1) add(ONE_ARTICLE_POINTS, 'one <article> element');
          // Story pages often mark their teaser rails as <article>s too: the count only speaks against a story URL's page weakly.
          else if (articles >= LIST_OF_ARTICLES) add(urlShape === 'story' ? LIST_OF_ARTICLES_ON_STORY_URL_POINTS : LIST_OF_ARTICLES_POINTS, `${articles} <article> elements: a list of stories`);
        },
      },
      {
        // Declaring an article, the body's JSON-LD or else its microdata add their points once: counted here until this is read.
        range: () => [ldList ? 0 : DECLARED_LIST_POINTS, ldArticle ? 0 : DECLARED_ARTICLE_POINTS],
        read: () => {
          bodyJsonLdRead = true;
          readJsonLd(bodyJsonLd(doc));
        },
      },
      {
        // A date declared by a <meta> in the body (microdata's itemprop).
        range: () => [0, dateInHead ? 0 : DATE_POINTS],
        read: () => {
          const bodyKeys = bodyMetaKeys(doc);
          if (PUBLICATION_DATE_KEYS.some((key) => bodyKeys.has(key))) add(DATE_POINTS, 'a publication date is declared');
        },
      },
      {
        // Microdata types: an attribute query, the costliest lookup under jsdom, so the last.
        range: () => [0, bodyJsonLdRead && ogType !== 'article' && !ldArticle ? MICRODATA_POINTS : 0],
        read: () => {
          if (microdataTypes(doc).some((t) => ARTICLE_TYPES.has(t))) add(MICRODATA_POINTS, 'microdata describes an article');
        },
      },
    ];
    for (let i = 0; i < evidence.length; i++) {
      let fewest = 0;
      let most = 0;
      for (const later of evidence.slice(i)) {
        const [low, high] = later.range();
        fewest += low;
        most += high;
      }
      if (score + fewest >= ARTICLE_SCORE_THRESHOLD || score + most < ARTICLE_SCORE_THRESHOLD) break;
      evidence[i]!.read();
    }
    return { isArticle: score >= ARTICLE_SCORE_THRESHOLD, score, reasons };
  } catch (error) {
    return { isArticle: false, score, reasons: [...reasons, `detection stopped: ${String(error)}`] };
  }
}

/** Points for the paragraphs' text: real paragraphs, of <p>s, of text between <br>s, or of divs holding text. */
function readText(doc: Document, add: (points: number, reason: string) => void): void {
  let textScore = 0;
  let read = 0;
  const addParagraph = (el: Element): void => {
    read++;
    const length = effectiveLength((el.textContent ?? '').trim());
    if (length >= MIN_PARAGRAPH_CHARS) textScore += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
  };
  const paragraphs = collectionReader(doc.getElementsByTagName('p'));
  for (let i = 0, count = paragraphs.length; i < count && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) addParagraph(paragraphs.item(i)!);
  if (textScore < STRONG_TEXT_SCORE) {
    // Older pages write paragraphs as text between <br>s in a div (Readability's check reads those too).
    const breaks = collectionReader(doc.getElementsByTagName('br'));
    const seen = new Set<Element>();
    for (let i = 0, count = breaks.length; i < count && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) {
      const parent = breaks.item(i)!.parentElement;
      if (parent && BR_PARAGRAPH_PARENTS.has(tagName(parent)) && !seen.has(parent)) {
        seen.add(parent);
        addParagraph(parent);
      }
    }
  }
  if (textScore < STRONG_TEXT_SCORE) {
    // Some sites write paragraphs as divs holding text directly (no <p>, no <br>).
    const divs = collectionReader(doc.getElementsByTagName('div'));
    for (let i = 0, count = Math.min(divs.length, MAX_DIVS_READ); i < count && read < MAX_PARAGRAPHS_READ && textScore < STRONG_TEXT_SCORE; i++) {
      const div = divs.item(i)!;
      let own = 0;
      for (let child = div.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) own += (child.nodeValue ?? '').trim().length;
      if (own >= MIN_PARAGRAPH_CHARS) addParagraph(div);
    }
  }
  if (textScore >= STRONG_TEXT_SCORE) add(STRONG_TEXT_POINTS, 'several long paragraphs');
  else if (textScore >= SOME_TEXT_SCORE) add(SOME_TEXT_POINTS, 'a few long paragraphs');
  else if (textScore < NO_TEXT_SCORE) add(NO_TEXT_POINTS, 'hardly any paragraph text');
}
