/**
 * Whether granted host permissions (match patterns, as `permissions.getAll()` lists them) cover a site's
 * web pages. Asked before asking the browser for a site: Chromium's `permissions.contains` answers no for
 * a site that `<all_urls>` (granted with the content script) covers, and a needless prompt is worse than none.
 */
const PATTERN = /^(\*|https?|<all_urls>)(?::\/\/([^/]+)\/.*)?$/;

export function patternCovers(pattern: string, site: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = PATTERN.exec(pattern);
  if (!match || !match[2]) return false;
  const host = match[2].replace(/:\d+$/, '').toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) return site === host.slice(2) || site.endsWith(host.slice(1));
  return site === host;
}

/** True when the patterns cover both the http and the https pages of the site. */
export function originsCover(patterns: readonly string[], site: string): boolean {
  return patterns.some((pattern) => (pattern.startsWith('*://') || pattern === '<all_urls>') && patternCovers(pattern, site)) ||
    (patterns.some((p) => p.startsWith('http://') && patternCovers(p, site)) && patterns.some((p) => p.startsWith('https://') && patternCovers(p, site)));
}
