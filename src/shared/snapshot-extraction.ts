/**
 * The article in a page snapshot, extracted where the page's main thread does not wait for it (the
 * background). linkedom parses, because Chromium's background (a service worker) has no DOMParser and
 * one parser for both browsers keeps the result the same in each. It builds the tree as written, without
 * the HTML parser's tree fixing, which suits a serialized live DOM: the browser already fixed the tree,
 * and scripts may since have built shapes that re-parsing would change.
 */
import { DOMParser } from 'linkedom/worker';
import { extract } from '../engine';
import type { ExtractResult } from '../engine/types';
import { escapeRawText } from './raw-text-elements';
import { MAX_SNAPSHOT_CHARS, TOO_LARGE, type PageSnapshot } from './page-snapshot';

export function extractSnapshot(snapshot: PageSnapshot): ExtractResult {
  if (!snapshot.ok) return { ok: false, reason: String(snapshot.reason) };
  if (typeof snapshot.html !== 'string' || typeof snapshot.url !== 'string') return { ok: false, reason: 'Lectern received no page to read.' };
  if (snapshot.html.length > MAX_SNAPSHOT_CHARS) return { ok: false, reason: TOO_LARGE };
  let document: Document;
  try {
    document = new DOMParser().parseFromString(escapeRawText(snapshot.html), 'text/html') as unknown as Document;
  } catch (error) {
    return { ok: false, reason: `Lectern could not parse this page (${String(error)}).` };
  }
  return extract(document, snapshot.url);
}
