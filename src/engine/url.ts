import type { Declarations } from './declarations';

/**
 * URL resolution done by hand: linkedom returns raw attributes for `a.href`, and the result must be
 * the same in every DOM. `<base href>` is honoured for relative links, as a browser would resolve them.
 */

export function baseUrlOf(declarations: Declarations, pageUrl: string): string {
  const baseHref = declarations.base;
  if (baseHref) {
    const resolved = absoluteUrl(baseHref, pageUrl);
    if (resolved) return resolved;
  }
  return pageUrl;
}

/** An http(s) URL resolved against `base`, parsed; null for anything else (javascript:, data:, mailto:, garbage). */
export function httpUrl(raw: string | null | undefined, base?: string | URL): URL | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A page's host without its "www" ("www2." too): the name sites give themselves ("pastebin.com"); '' when the URL is not http(s). */
export function siteHost(pageUrl: string): string {
  return httpUrl(pageUrl)?.hostname.replace(/^www\d*\./, '') ?? '';
}

/** Absolute http(s) URL (resolved against `base` when given), or null for anything else (javascript:, data:, mailto:, garbage). */
export function absoluteUrl(raw: string | null | undefined, base?: string): string | null {
  return httpUrl(raw, base)?.href ?? null;
}

/** The URL without its fragment, for comparing "the same page". */
export function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
