/**
 * All <meta> declarations of a page read in one pass, keyed by lower-cased property, name, itemprop
 * or http-equiv (the first value wins, as browsers and crawlers read them). One pass over the meta
 * elements is far cheaper than a selector query per key, which matters for detect on every page.
 */
import { collapseSpace } from './dom';

export type MetaTags = Map<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = collapseSpace(content);
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}
