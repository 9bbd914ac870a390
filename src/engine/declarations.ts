/**
 * What a page declares about itself: <meta> tags (keyed by lower-cased property, name, itemprop or
 * http-equiv; the first value wins), JSON-LD blocks, the canonical link, <base>, <title> and the first
 * <time datetime>: the head's from a walk of the (small) head; the body's from one walk of the page
 * for extract, or, for detect, each kind from a tag lookup and only when asked (see readDeclarations).
 * Read once per call and passed along (never cached on the document: a single-page app changes its head without a
 * new Document).
 */
import { collapseSpace, descendants, itemsOf, pagePart, tagName } from './dom';
import { swallowedPageText } from './page-body';

export interface Declarations {
  meta: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  base: string | null;
  title: string | null;
  timeDatetime: string | null;
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'] as const;
/** Declarations the <head> holds. */
const HEAD_DECLARATIONS = new Set(['meta', 'link', 'base', 'title', 'script']);
/** Declarations read from the rest of the page: JSON-LD scripts, microdata <meta>s, and dated <time>s. */
const BODY_DECLARATIONS = new Set(['meta', 'script', 'time']);

/** The keys a <meta> declares its content under: its property, name, itemprop and http-equiv, lower-cased. */
function metaKeys(el: Element): string[] {
  const keys: string[] = [];
  for (const attribute of META_KEYS) {
    const key = el.getAttribute(attribute)?.trim().toLowerCase();
    if (key) keys.push(key);
  }
  return keys;
}

/** The page's elements of one tag outside its head, from the tag index (what detect reads of the body's declarations). */
function outsideHead(doc: Document, tag: 'meta' | 'script'): Element[] {
  const head = pagePart(doc, 'head');
  return itemsOf(doc.getElementsByTagName(tag)).filter((el) => !head?.contains(el));
}

/**
 * The keys of the <meta>s in the body that declare something (microdata's itemprop metas, mostly),
 * from the tag index: detect reads them only where they would turn its verdict.
 */
export function bodyMetaKeys(doc: Document): Set<string> {
  const keys = new Set<string>();
  for (const el of outsideHead(doc, 'meta')) {
    if (!collapseSpace(metaValue(el))) continue;
    for (const key of metaKeys(el)) keys.add(key);
  }
  return keys;
}

/**
 * A <meta>'s value: its content, or the value attribute some pages write instead (and archived copies
 * re-serialized by their tools: `<meta name="author" value="Keith Noonan">`), which browsers ignore
 * but which says the same.
 */
function metaValue(el: Element): string {
  return el.getAttribute('content') ?? el.getAttribute('value') ?? '';
}

/** Whether a <script> holds JSON-LD. */
function isJsonLd(el: Element): boolean {
  return el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

/** The JSON-LD blocks outside the head (where pages often put them), from the script tag index. */
export function bodyJsonLd(doc: Document): string[] {
  return outsideHead(doc, 'script')
    .filter(isJsonLd)
    .map((el) => el.textContent ?? '');
}

/** The same from one walk of the page outside the head, `visit` seeing every element on the way. */
function walkedBodyDeclarations(doc: Document, head: Element | null, visit: (el: Element) => void): Element[] {
  const found: Element[] = [];
  let datedTime: Element | null = null;
  const readElement = (el: Element): void => {
    visit(el);
    const tag = tagName(el);
    if (BODY_DECLARATIONS.has(tag)) {
      if (tag !== 'time') found.push(el);
      else if (!datedTime && el.hasAttribute('datetime')) datedTime = el;
    }
  };
  // <html>'s other children and everything under them, and whatever a misnested page left beside
  // <html> (linkedom keeps it there); a <head> misnested deeper is left out where it is.
  const root = doc.documentElement;
  const nestedHead = head && head.parentElement !== root ? head : null;
  const readSubtree = (top: Element): void => {
    if (top === head) return;
    readElement(top);
    // Read as the walk meets them, none kept: a page's thousands of elements are not gathered first.
    descendants(top, (el) => {
      if (!nestedHead || !nestedHead.contains(el)) readElement(el);
      return false;
    });
  };
  for (let top = doc.firstElementChild; top; top = top.nextElementSibling) {
    if (top !== root) readSubtree(top);
    else for (let child = root.firstElementChild; child; child = child.nextElementSibling) readSubtree(child);
  }
  if (datedTime) found.push(datedTime);
  return found;
}

/**
 * Reads the page's declarations. With `visit` (extract, in the background), all of them, from one walk
 * of the page in which `visit` sees every element in document order (extract gathers microdata on the
 * way). Without it (detect, on every page load), the head's only: detect reads the body's JSON-LD
 * (bodyJsonLd), <meta>s (bodyMetaKeys) and microdata only where they could turn its verdict, and never
 * its <time>s; each is one more lookup (a full walk under linkedom and on a fresh jsdom document).
 */
export function readDeclarations(doc: Document, visit?: (el: Element) => void): Declarations {
  const found: Declarations = {
    meta: new Map(), jsonLd: [], canonical: null, base: null, title: null, timeDatetime: null,
  };
  const head = pagePart(doc, 'head');
  if (visit && doc.documentElement) visit(doc.documentElement);
  if (head) visit?.(head);
  const inHead = head
    ? descendants(head, (el) => {
        visit?.(el);
        return HEAD_DECLARATIONS.has(tagName(el));
      })
    : [];
  const inBody = visit ? walkedBodyDeclarations(doc, head, visit) : [];
  for (const el of [...inHead, ...inBody]) {
    switch (tagName(el)) {
      case 'meta': {
        const content = collapseSpace(metaValue(el));
        if (!content) break;
        for (const key of metaKeys(el)) if (!found.meta.has(key)) found.meta.set(key, content);
        break;
      }
      case 'link':
        if (found.canonical === null && el.getAttribute('rel')?.trim().toLowerCase() === 'canonical') found.canonical = el.getAttribute('href');
        break;
      case 'base':
        found.base ??= el.getAttribute('href');
        break;
      case 'title':
        // An unclosed <title> holds the whole page: only its text before the markup is a title.
        found.title ??= swallowedPageText(el.textContent)?.split('<')[0] ?? el.textContent;
        break;
      case 'script':
        if (isJsonLd(el)) found.jsonLd.push(el.textContent ?? '');
        break;
      case 'time':
        found.timeDatetime ??= el.getAttribute('datetime');
        break;
    }
  }
  return found;
}

export function firstMeta(declarations: Declarations, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = declarations.meta.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/**
 * schema.org types of the page's microdata items ("NewsArticle"…): an attribute query, native in the
 * browser where `detect` runs (slow in jsdom, so `detect` asks only when nothing else declared the page).
 */
export function microdataTypes(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemtype]')).map((el) => (el.getAttribute('itemtype') ?? '').trim().split('/').pop() ?? '');
}

/** A lookup of microdata properties (the first element carrying each) among the page's elements carrying an itemprop, in document order. */
export function microdataLookup(items: Element[]): (name: string) => Element | null {
  let properties: Map<string, Element> | null = null;
  return (name) => {
    if (!properties) {
      properties = new Map();
      for (const el of items) {
        for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/)) if (prop && !properties.has(prop)) properties.set(prop, el);
      }
    }
    return properties.get(name) ?? null;
  };
}
