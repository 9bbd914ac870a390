/**
 * extract(document, url): the story of a page as data. The pipeline, in order:
 * metadata from the live document (read only) → find the story (read only) → inert copy of the story
 * → clean → serialize → related reads (from the live page's links, ranked against the clean text).
 */
import type { Article, ExtractResult } from './types';
import { cleanStory } from './clean';
import { classAndId, collapseSpace, comparableText, descendants, firstDescendant, isHidden, isLink, itemsOf, tagName, textOf, withTag } from './dom';
import { inertCopies } from './inert-copy';
import { pageBody } from './page-body';
import { readDeclarations } from './declarations';
import { resolveNoscriptImages } from './images';
import { findLead } from './lead';
import { directionOf, MIN_TITLE_WORDS, readMetadata, type Metadata } from './metadata';
import { storyLanguage } from './language';
import { collectRelated } from './related';
import { serializeStory } from './serialize';
import { findStory, MIN_BRIEF_CHARS, MIN_STORY_CHARS, type StoryPick } from './story';
import { countWords, effectiveLength, readingMinutes } from './text';
import { dayAboveHeadline, dayInText, dayUnderHeadline } from './dates';
import { authorInMarkup, bylineScope } from './byline';
import { baseUrlOf } from './url';

/** A story has at least one real paragraph; a list of teasers (a section front) has only short blurbs. */
const MIN_LONGEST_PARAGRAPH_CHARS = 80;
/**
 * What a reader never shows, left out of the story's copy before anything else (they would slow every
 * later pass); <noscript>s go once their images are read (resolveNoscriptImages).
 */
const isNoise = withTag('script', 'style', 'link', 'meta', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas');

/** Three teasers or more (an item holding a linked heading) make a list of stories, not a story. */
const MIN_TEASERS = 3;
/** ...when they hold most of the text. */
const MIN_TEASER_TEXT_SHARE = 0.5;

/** A paragraph this long outside any teaser is story text: the page is a story with teasers around it. */
const STORY_PARAGRAPH_CHARS = 200;

const isTeaserItem = withTag('li', 'article');
const isTeaserHeading = withTag('h2', 'h3', 'h4');

/** A linked heading inside `item`: a link in an h2–h4, or an h2–h4 in a link (as a selector matches them: the outer one may be above the item). */
function holdsLinkedHeading(item: Element): boolean {
  return !!firstDescendant(item, (el) => {
    const outer = isLink(el) ? isTeaserHeading : isTeaserHeading(el) ? isLink : null;
    if (!outer) return false;
    for (let up = el.parentElement; up; up = up.parentElement) if (outer(up)) return true;
    return false;
  });
}

function isListOfStories(roots: Element[]): boolean {
  let total = 0;
  let inTeasers = 0;
  const teasers: Element[] = [];
  for (const root of roots) {
    total += (root.textContent ?? '').length;
    for (const item of descendants(root, isTeaserItem)) {
      if (!holdsLinkedHeading(item)) continue;
      teasers.push(item);
      inTeasers += (item.textContent ?? '').length;
    }
  }
  if (teasers.length < MIN_TEASERS || total === 0 || inTeasers / total < MIN_TEASER_TEXT_SHARE) return false;
  const storyParagraph = roots.some((root) =>
    itemsOf(root.getElementsByTagName('p')).some(
      (p) => (p.textContent ?? '').length >= STORY_PARAGRAPH_CHARS && !teasers.some((teaser) => teaser.contains(p)),
    ),
  );
  return !storyParagraph;
}

/** Heading tags that may name a story whose page declares no title. */
const STORY_HEADING = /^h[1-3]$/;
/**
 * A block an old page names its headline ("article_headline", "headlineText", The Hindu's "storyhead",
 * an ASP.NET label "lblTitle", a blog's "entry-title"), whatever its tag; not a "subHeadline".
 */
const HEADLINE_NAME = /(?<!sub[-_]?)headline|storyhead(?!er)|(story|article|entry|post)[-_]?title|lbltitle/;

/** A block named a headline that reads as one (not a label such as "News Article"). */
function isNamedHeadline(el: Element): boolean {
  return HEADLINE_NAME.test(classAndId(el)) && readsAsHeadline(textOf(el));
}

/** A heading that may name the story: a heading tag, or a block named a headline. */
function isStoryHeading(el: Element): boolean {
  return STORY_HEADING.test(tagName(el)) || isNamedHeadline(el);
}
/** A title made of the story's first words stops at a word after this many characters. */
const UNTITLED_TITLE_CHARS = 80;

/**
 * The heading naming a story whose page declares no title (storyTitle): a heading opening the story
 * (then not repeated in the text), or, when a paragraph opens it, the heading right above it. A heading
 * after the first paragraph heads a section, not the story.
 */
function storyHeading(roots: Element[]): string | null {
  const first = roots[0];
  if (!first) return null;
  const opening = isStoryHeading(first) ? first : firstDescendant(first, (el) => tagName(el) === 'p' || isShownHeading(el, first));
  return opening && tagName(opening) !== 'p' ? textOf(opening) || null : headingBefore(first);
}

/**
 * The story's title: the page's, unless it is only read from its <title> and no heading beside the story
 * reads as it (a masthead's heading may: The Hindu's <title> is its site's name, and so is its logo's),
 * while a heading of a few words opens the story or stands right above it: that <title> is the site's
 * name ("The Hindu News Update Service", "Press TV") or a section's. A heading holding the <title> and
 * more ("Headline Last Update: 1/16 3:36 pm") or a day ("Friday, January 11, 2008 By …") is not the
 * better title.
 */
function storyTitle(meta: Metadata, found: StoryPick): string | null {
  const title = meta.title;
  if (title && (meta.titleDeclared || found.besideHeadline)) return title;
  const heading = storyHeading(found.roots);
  if (!title) return heading;
  const isBetterTitle = heading && readsAsHeadline(heading) && !comparableText(heading).includes(comparableText(title)) && !dayInText(heading);
  return isBetterTitle ? heading : title;
}

/** A heading longer than this over the story is its standfirst (a magazine's two sentences in an <h2>), not its headline. */
const MAX_HEADING_TITLE_CHARS = 120;

/** A heading of fewer words than a title's (MIN_TITLE_WORDS) over an undeclared story is a section's name ("Sport"), not its headline. */
function readsAsHeadline(text: string): boolean {
  return countWords(text, null) >= MIN_TITLE_WORDS && text.length <= MAX_HEADING_TITLE_CHARS;
}

/** How many elements before the story are looked at for its heading: it is right above, past a few tools. */
const HEADING_BEFORE_ELEMENTS = 6;
/** What may stand between the heading and the story: a credit ("© AP"), a row of tools ("Print article Refer to a friend"), not a paragraph. */
const MAX_BETWEEN_HEADING_CHARS = 40;

/** A header block above the story (headline, date, byline) holds at most this much text. */
const MAX_HEADER_BLOCK_CHARS = 250;

/**
 * A heading under `root` that the page shows: neither it nor an ancestor up to `root` is hidden (a
 * print header's hidden copy of the <title>, "TheStar.com | News | Headline").
 */
function isShownHeading(el: Element, root: Element): boolean {
  if (!isStoryHeading(el)) return false;
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (isHidden(up)) return false;
    if (up === root) break;
  }
  return true;
}

/** The headline inside the story's header block (its date or byline under it). */
function headlineInHeader(header: Element): Element | null {
  return firstDescendant(header, (el) => isShownHeading(el, header) && readsAsHeadline(textOf(el)));
}

/** The heading right above the story, outside it (an old page's <h3> over the story's box, its tools between). */
function headingBefore(story: Element): string | null {
  let looked = 0;
  for (let level: Element | null = story; level && tagName(level) !== 'body'; level = level.parentElement) {
    for (let sibling = level.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (++looked > HEADING_BEFORE_ELEMENTS) return null;
      const text = textOf(sibling);
      // An empty heading (a logo's <h3><img></h3>) names nothing: the heading is further up.
      if (isStoryHeading(sibling) && text) return text;
      const inHeader = text.length <= MAX_HEADER_BLOCK_CHARS ? headlineInHeader(sibling) : null;
      if (inHeader) return textOf(inHeader);
      if (text.length > MAX_BETWEEN_HEADING_CHARS) return null;
    }
  }
  return null;
}

/** The first words of a story without a title or a heading: its first block, cut at a word. */
function firstWords(text: string): string {
  const first = collapseSpace(text.split('\n\n')[0] ?? '');
  if (first.length <= UNTITLED_TITLE_CHARS) return first;
  const cut = first.slice(0, UNTITLED_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}

export interface ExtractOptions {
  /** Collect and rank related reads (default true). Off for callers that only want the story. */
  related?: boolean;
}

export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    return extractOrFail(doc, url, options.related ?? true);
  } catch (error) {
    return { ok: false, reason: `Lectern could not read this page (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function extractOrFail(doc: Document, url: string, withRelated: boolean): ExtractResult {
  // Microdata is found in the declarations' walk: a walk of its own cost as much again in jsdom.
  const microdataItems: Element[] = [];
  const declarations = readDeclarations(doc, (el) => {
    if (el.hasAttribute('itemprop')) microdataItems.push(el);
  });
  const baseUrl = baseUrlOf(declarations, url);
  const meta = readMetadata(doc, declarations, url, baseUrl, microdataItems);
  const body = pageBody(doc);
  if (!body) return { ok: false, reason: 'This page has no body to read.' };

  // Finding the story and its related links only reads the page; only the story itself is copied.
  const found = findStory(body, meta.title);
  if (!found) return { ok: false, reason: 'Lectern found no story on this page.' };

  if (isListOfStories(found.roots)) {
    return { ok: false, reason: 'Lectern found no story on this page: it is a list of stories (search results, a section or a tag page).' };
  }
  const title = storyTitle(meta, found) ?? '';
  // With several <h1>s and none reading as the title, none is known to be the headline.
  const headline = found.headline ?? (found.h1s.length === 1 ? found.h1s[0]! : null);
  const lead = findLead(found.roots, meta.excerpt, headline);
  const story = inertCopies(doc, lead ? [lead, ...found.roots] : found.roots, isNoise);
  for (const root of story) resolveNoscriptImages(root);
  cleanStory(story, { title: title || null, titleDeclared: meta.titleDeclared && title === meta.title });
  const { html, text } = serializeStory(story, baseUrl);
  if (effectiveLength(text) < (found.besideHeadline ? MIN_BRIEF_CHARS : MIN_STORY_CHARS)) return { ok: false, reason: 'Lectern found no story on this page: too little text.' };
  if (!text.split('\n\n').some((block) => effectiveLength(block) >= MIN_LONGEST_PARAGRAPH_CHARS)) {
    return { ok: false, reason: 'Lectern found no story on this page: only short blurbs, as on a list of stories.' };
  }

  // A byline the page does not declare (or declares as its own name) is looked for around the story.
  const byline = meta.byline ?? authorInMarkup(bylineScope(found.roots[0]!, found.headline)) ?? meta.postedBy ?? meta.publisherAsAuthor;
  // Undeclared and not in the URL, the date is the one written under the headline (its dateline), or right above it.
  const publishedTime = meta.publishedTime ?? (headline ? (dayUnderHeadline(headline) ?? dayAboveHeadline(headline)) : null);
  // The declared language unless the story's text plainly reads as another; guessed when undeclared.
  const lang = storyLanguage(meta.lang, text);
  const related = !withRelated ? [] : collectRelated({ links: found.links, story: found.roots, pageUrl: url, baseUrl, canonicalUrl: meta.canonicalUrl, title, text, lang });
  const wordCount = countWords(text, lang);
  const article: Article = {
    title: title || firstWords(text),
    byline,
    siteName: meta.siteName,
    publishedTime,
    lang,
    dir: directionOf(doc, lang),
    leadImage: meta.leadImage,
    excerpt: meta.excerpt ?? text.split('\n\n')[0]!.slice(0, 300),
    contentHtml: html,
    textContent: text,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
    url,
    canonicalUrl: meta.canonicalUrl,
    related,
  };
  return { ok: true, article };
}
