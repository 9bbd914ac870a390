/**
 * The standfirst (lead, dek, chapô): the summary paragraph that sits above the story, often in the
 * article header rather than in the story's container. Readers and the corpus count it as story text.
 */
import { classAndId, comparableText, descendants, tagName, textOf, withTag } from './dom';

/** Class names sites give the standfirst, in the languages of the corpus. */
const LEAD_NAMES = /(^|[\s_-])(lead|lede|intro|introduction|dek|standfirst|summary|chapo|chapeau|teaser-text|kicker-text|abstract|subtitle|subheadline|sub-headline|excerpt|description|descr|vorspann|einleitung|entradilla|sottotitolo|occhiello)([\s_-]|$)/;
/** Elements a standfirst is written in. */
const mayBeLead = withTag('p', 'div', 'h2', 'span');
/** A standfirst is a sentence or more; a label or a date is not. */
const MIN_LEAD_CHARS = 40;
/** A standfirst is a paragraph, not a page section. */
const MAX_LEAD_CHARS = 800;
/** How far above the story to look: the article header is usually the story's sibling or its parent's. */
const LEVELS_UP = 3;

export function findLead(roots: Element[], description: string | null): Element | null {
  const first = roots[0];
  if (!first) return null;
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
    const named = LEAD_NAMES.test(classAndId(el)) || (!!parent && parent !== scope && LEAD_NAMES.test(classAndId(parent)) && tagName(el) === 'p');
    const described = wanted !== null && comparableText(text) === wanted;
    if ((named || described) && descendants(el, withTag('a')).length <= 1) return el;
  }
  return null;
}
