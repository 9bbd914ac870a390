/**
 * The standfirst (lead, dek, chapô): the summary paragraph that sits above the story, often in the
 * article header rather than in the story's container. Readers and the corpus count it as story text.
 */
import { isBylineText } from './clutter';
import { classAndId, comparableText, descendants, firstDescendant, isAnchor, precedes, tagName, textOf, withTag } from './dom';

/** Class names sites give the standfirst, in the languages of the corpus. */
const LEAD_NAMES = /(^|[\s_-])(lead|lede|intro|introduction|dek|standfirst|summary|chapo|chapeau|teaser-text|kicker-text|abstract|subtitle|subheadline|sub-headline|excerpt|description|descr|vorspann|einleitung|entradilla|sottotitolo|occhiello)([\s_-]|$)/;
/** Whether class and id names (classAndId's) name a standfirst. */
export function namesLead(names: string): boolean {
  return LEAD_NAMES.test(names);
}

const isParagraph = withTag('p');
const isScript = withTag('script');

/** A standfirst may hold a link; a block of several is a menu or a teaser. */
const MAX_LEAD_LINKS = 1;
const hasFewLinks = (el: Element): boolean => descendants(el, isAnchor).length <= MAX_LEAD_LINKS;

/** Elements a standfirst is written in. */
const mayBeLead = withTag('p', 'div', 'h2', 'span');
/** A standfirst is a sentence or more; a label or a date is not. */
const MIN_LEAD_CHARS = 40;
/** A standfirst is a paragraph, not a page section. */
const MAX_LEAD_CHARS = 800;
/** The story's opening read to see whether it repeats the standfirst (one paragraph, with room for a dateline). */
const STORY_OPENING_CHARS = 2 * MAX_LEAD_CHARS;
/** How far above the story to look: the article header is usually the story's sibling or its parent's. */
const LEVELS_UP = 3;

/** A time of day ("14:15", "10.37am"): the line under a headline holding one is its dateline. */
const TIME_OF_DAY = /\d{1,2}[:.]\d{2}/;
/** A year in a line this short is a dateline's ("Dodano: 3 stycznia 2012, Autor: …"); a standfirst may name one. */
const YEAR = /\b(19|20)\d{2}\b/;
const MAX_DATED_LINE_CHARS = 120;

/** Short blocks (a row of tags, a date) the standfirst may follow under the headline. */
const SHORT_BLOCKS_SKIPPED = 2;
/** The standfirst may sit after the headline's own block (a "cartouche" of headline and tags): one level up. */
const HEADLINE_LEVELS = 2;
/** Found past those, it must read as more than a line: another story's headline or a subheading is shorter. */
const MIN_DISTANT_LEAD_CHARS = 80;

/** The block after the headline, past short ones, or after the headline's own block; `adjacent` when right after it. */
function blockAfterHeadline(headline: Element): { block: Element; adjacent: boolean } | null {
  let adjacent = true;
  let el: Element | null = headline;
  for (let level = 0; el && level < HEADLINE_LEVELS; level++, el = el.parentElement) {
    let next = el.nextElementSibling;
    for (let skipped = 0; next && skipped < SHORT_BLOCKS_SKIPPED && textOf(next).length < MIN_LEAD_CHARS && !namesLead(classAndId(next)); skipped++) {
      next = next.nextElementSibling;
      adjacent = false;
    }
    if (next) return { block: next, adjacent };
    adjacent = false;
  }
  return null;
}

/**
 * The standfirst under the story's headline, outside the story's container: the paragraph after the
 * headline (alone in its block or not, or the first in a block named as the standfirst; past a row of
 * tags or after the headline's own block), when it comes before the story and reads as a sentence, not
 * as the byline or the dateline that often sits there.
 */
function paragraphUnderHeadline(headline: Element, roots: Element[]): Element | null {
  const after = blockAfterHeadline(headline);
  if (!after) return null;
  let next = after.block;
  if (roots.some((root) => root.contains(headline) || root.contains(next) || next.contains(root))) return null;
  if (tagName(next) !== 'p') {
    // A paragraph alone in its block, or the first one in a block named as the standfirst (beside its date and author).
    if (next.childElementCount === 1 && tagName(next.firstElementChild!) === 'p') next = next.firstElementChild!;
    else if (namesLead(classAndId(next))) next = firstDescendant(next, isParagraph) ?? next;
  }
  if (tagName(next) !== 'p') return null;
  const text = textOf(next);
  if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS || !hasFewLinks(next)) return null;
  if (TIME_OF_DAY.test(text) || (YEAR.test(text) && text.length < MAX_DATED_LINE_CHARS) || isBylineText(text)) return null;
  if (!precedes(next, roots[0]!)) return null;
  if (!after.adjacent && (text.length < MIN_DISTANT_LEAD_CHARS || firstDescendant(next, isScript))) return null;
  // Not a teaser the story opens with again (a brief's whole text above the same text).
  const opening = comparableText(textOf(roots[0]!).slice(0, STORY_OPENING_CHARS));
  return opening.includes(comparableText(text)) ? null : next;
}

/** The standfirst: a block named as one above the story, else the paragraph under the headline (when known). */
export function findLead(roots: Element[], description: string | null, headline: Element | null): Element | null {
  if (!roots[0]) return null;
  return namedLead(roots, description) ?? (headline ? paragraphUnderHeadline(headline, roots) : null);
}

/** A block above the story named as its standfirst, or holding the page's description. */
function namedLead(roots: Element[], description: string | null): Element | null {
  const first = roots[0]!;
  const wanted = description ? comparableText(description) : null;
  let scope: Element | null = first.parentElement;
  for (let level = 1; scope && level < LEVELS_UP && tagName(scope) !== 'body'; level++) {
    if (tagName(scope) === 'article' || tagName(scope) === 'main') break;
    scope = scope.parentElement;
  }
  if (!scope) return null;
  // The elements before the story, in document order (not compareDocumentPosition: linkedom answers
  // "preceding" for an element that comes before the node it is compared with).
  const inScope = descendants(scope);
  const before = inScope.slice(0, Math.max(0, inScope.indexOf(first))).filter(mayBeLead);
  for (const el of before) {
    if (roots.some((r) => r.contains(el) || el.contains(r))) continue;
    const text = textOf(el);
    if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS) continue;
    // Named, or the paragraph of a block so named ("article_lead" holding a picture, the lead and share buttons).
    const parent = el.parentElement;
    const named = namesLead(classAndId(el)) || (!!parent && parent !== scope && namesLead(classAndId(parent)) && tagName(el) === 'p');
    const described = wanted !== null && comparableText(text) === wanted;
    if ((named || described) && hasFewLinks(el)) return el;
  }
  return null;
}
