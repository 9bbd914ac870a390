/**
 * A page as the content script hands it over: the live DOM serialized, and its URL. Extraction runs on
 * the snapshot outside the page (see snapshot-extraction.ts), so opening the reader costs the page's main
 * thread only the serialization: 8 ms on a 100,000-node page in Chromium, where extracting in the page
 * took 0.6 s. Kept apart from the extraction so the content script does not carry a parser.
 */
export type PageSnapshot = { ok: true; html: string; url: string } | { ok: false; reason: string };

/**
 * The largest serialized page sent to the background. Chromium refuses extension messages over 64 MiB of
 * JSON, and UTF-8 and escaping can double a string's size on the way; a page this large is no longer a
 * page to read.
 */
export const MAX_SNAPSHOT_CHARS = 32 * 1024 * 1024;

export const TOO_LARGE = 'This page is too large for Lectern to read (over 32 million characters of HTML).';

/** XML, SVG and other non-HTML documents have no place for the reader (and no story to read). */
export const NOT_HTML = 'Lectern reads web pages written in HTML; this document is not one.';

/** HTML documents (and XHTML ones) have their root in this namespace; XML feeds and SVG documents do not. */
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The document's HTML, or why it cannot be handed over. Reads the document; never changes it. */
export function snapshotOf(document: Document, url: string): PageSnapshot {
  const root = document.documentElement;
  if (!root || root.namespaceURI !== XHTML_NAMESPACE) return { ok: false, reason: NOT_HTML };
  const html = root.outerHTML;
  if (html.length > MAX_SNAPSHOT_CHARS) return { ok: false, reason: TOO_LARGE };
  return { ok: true, html, url };
}
