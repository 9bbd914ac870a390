/**
 * What a page declares about itself, read in one query: <meta> tags (keyed by lower-cased property,
 * name, itemprop or http-equiv; the first value wins), JSON-LD blocks, the canonical link, <base>,
 * <title> and the first <time datetime>. Microdata is read only when these say nothing: attribute
 * selectors cannot use the tag index and cost most on the largest pages. In jsdom each selector query walks the whole tree, so one
 * query instead of six is most of the cost of `detect` on every page. Read once per call and passed
 * along (never cached on the document: a single-page app changes its head without a new Document).
 */
import { collapseSpace, descendants, itemsOf, tagName } from './dom';
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

export function readDeclarations(doc: Document): Declarations {
  const found: Declarations = {
    meta: new Map(), jsonLd: [], canonical: null, base: null, title: null, timeDatetime: null,
  };
  // The head's declarations by one query on the (small) head; the body's JSON-LD and <time> by tag
  // lookups, which DOMs index, instead of a selector walk over every element of a large page.
  const head = doc.head ?? doc.querySelector('head');
  const inHead = head ? Array.from(head.querySelectorAll('meta, link, base, title, script')) : [];
  const headSet = new Set(inHead);
  const inBody: Element[] = [...itemsOf(doc.getElementsByTagName('script')), ...itemsOf(doc.getElementsByTagName('meta'))].filter((el) => !headSet.has(el));
  const datedTime = itemsOf(doc.getElementsByTagName('time')).find((time) => time.hasAttribute('datetime'));
  if (datedTime) inBody.push(datedTime);
  for (const el of [...inHead, ...inBody]) {
    switch (tagName(el)) {
      case 'meta': {
        const content = collapseSpace(el.getAttribute('content') ?? '');
        if (!content) break;
        for (const attribute of META_KEYS) {
          const key = el.getAttribute(attribute)?.trim().toLowerCase();
          if (key && !found.meta.has(key)) found.meta.set(key, content);
        }
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
        if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') found.jsonLd.push(el.textContent ?? '');
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

/** The page's elements carrying an attribute, in document order (one walk: attribute selectors have no index to use). */
function withAttribute(doc: Document, name: string): Element[] {
  return descendants(doc, (el) => el.hasAttribute(name));
}

/** schema.org types of the page's microdata items ("NewsArticle"…). One attribute scan: call it last. */
export function microdataTypes(doc: Document): string[] {
  return withAttribute(doc, 'itemtype').map((el) => el.getAttribute('itemtype')!.trim().split('/').pop() ?? '');
}

/**
 * A lookup of microdata properties (the first element carrying each), built by one attribute scan on
 * its first use and reused for every later property.
 */
export function microdataLookup(doc: Document): (name: string) => Element | null {
  let properties: Map<string, Element> | null = null;
  return (name) => {
    if (!properties) {
      properties = new Map();
      for (const el of withAttribute(doc, 'itemprop')) {
        for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/)) if (prop && !properties.has(prop)) properties.set(prop, el);
      }
    }
    return properties.get(name) ?? null;
  };
}
