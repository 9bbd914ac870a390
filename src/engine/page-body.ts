/**
 * Where a page's text is. Usually its <body>; two kinds of broken markup put it elsewhere:
 * - misnested pages (no tree fixing in linkedom) can leave an empty <body> with the page beside it,
 *   and a page without <html> tags has its elements at the document's top;
 * - a <title> left unclosed swallows the rest of the page as its text (browsers show an empty page):
 *   that text is the page's markup, read again as markup in an inert <template>, whose content never
 *   loads or runs.
 */
import { hasText, itemsOf, pagePart, parseInert, tagName } from './dom';

/** A title is a line: one this long that holds block markup is the page an unclosed <title> swallowed. */
const SWALLOWED_PAGE_CHARS = 1000;
const BLOCK_MARKUP = /<(p|div|td|table|br)\b/i;

/** The title's text when it is a swallowed page, else null. */
export function swallowedPageText(title: string | null | undefined): string | null {
  return title && title.length >= SWALLOWED_PAGE_CHARS && BLOCK_MARKUP.test(title) ? title : null;
}

function swallowedByTitle(doc: Document): Element | null {
  const swallowed = swallowedPageText(itemsOf(doc.getElementsByTagName('title'))[0]?.textContent);
  if (!swallowed) return null;
  const root = parseInert(doc, `<div>${swallowed}</div>`).firstElementChild;
  return root && hasText(root) ? root : null;
}

/**
 * A page written without <html>, <head> and <body> tags, parsed by a DOM that leaves its elements at
 * the document's top (linkedom; browsers and jsdom build the tree): the top element with the most text,
 * which holds the story (`doc.documentElement` is merely the first, often its <title>).
 */
function busiestTopElement(doc: Document): Element | null {
  let busiest: Element | null = null;
  let most = 0;
  for (let top = doc.firstElementChild; top; top = top.nextElementSibling) {
    const length = (top.textContent ?? '').length;
    if (length > most) [busiest, most] = [top, length];
  }
  return busiest;
}

/** Where a page is when its <body> holds nothing to read: its <html>, or the busiest top element of a page without one. */
export function rootWithoutBody(doc: Document): Element | null {
  return doc.documentElement && tagName(doc.documentElement) !== 'html' ? busiestTopElement(doc) : doc.documentElement;
}

export function pageBody(doc: Document): Element | null {
  const declared = pagePart(doc, 'body');
  if (declared && hasText(declared)) return declared;
  return swallowedByTitle(doc) ?? rootWithoutBody(doc);
}
