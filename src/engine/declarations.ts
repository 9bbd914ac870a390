/**
 * What a page declares about itself, read in one query: <meta> tags (keyed by lower-cased property,
 * name, itemprop or http-equiv; the first value wins), JSON-LD blocks, the canonical link, <base>,
 * <title>, the first <time datetime> and schema.org microdata. In jsdom each selector query walks the whole tree, so one
 * query instead of six is most of the cost of `detect` on every page. Read once per call and passed
 * along (never cached on the document: a single-page app changes its head without a new Document).
 */
import { collapseSpace } from './dom';

export interface Declarations {
  meta: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  base: string | null;
  title: string | null;
  timeDatetime: string | null;
  /** schema.org microdata: the itemtype of the first item, and the first value of each itemprop. */
  microdataTypes: string[];
  itemprops: Map<string, Element>;
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'] as const;

export function readDeclarations(doc: Document): Declarations {
  const found: Declarations = {
    meta: new Map(), jsonLd: [], canonical: null, base: null, title: null, timeDatetime: null, microdataTypes: [], itemprops: new Map(),
  };
  for (const el of Array.from(doc.querySelectorAll('meta, link, base, title, script, time, [itemtype], [itemprop]'))) {
    const itemtype = el.getAttribute('itemtype');
    if (itemtype) found.microdataTypes.push(itemtype.trim().split('/').pop() ?? '');
    const itemprop = el.getAttribute('itemprop')?.trim();
    if (itemprop && !found.itemprops.has(itemprop)) found.itemprops.set(itemprop, el);
    switch (el.tagName.toLowerCase()) {
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
        found.title ??= el.textContent;
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
