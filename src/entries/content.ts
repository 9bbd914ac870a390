/**
 * The content script, on every page. With the reader closed it only runs `detect` once and reports
 * the verdict for the badge: it never changes the page. Opening the reader extracts from an inert copy
 * and mounts the reader frame; closing removes it.
 */
import { detect, extract } from '../engine';
import { handleContentMessages, sendToBackground } from '../platform/messaging';
import { mountReaderFrame, type ReaderFrame } from '../platform/reader-frame';

let frame: ReaderFrame | null = null;

/** XML, SVG and other non-HTML documents have no place for the reader (and no story to read). */
const NOT_HTML = 'Lectern reads web pages written in HTML; this document is not one.';

async function open(): Promise<{ open: boolean; reason?: string }> {
  if (frame) return { open: true };
  if (!(document.documentElement instanceof HTMLElement)) return { open: false, reason: NOT_HTML };
  const result = extract(document, location.href);
  await sendToBackground('reader:opened', { result });
  frame = mountReaderFrame(() => void close());
  return { open: true };
}

async function close(): Promise<{ open: boolean }> {
  if (!frame) return { open: false };
  frame.close();
  frame = null;
  await sendToBackground('reader:closed', {});
  return { open: false };
}

handleContentMessages({
  'reader:toggle': () => (frame ? close() : open()),
  'reader:close': () => close(),
  'page:extract': () => extract(document, location.href),
});

// Only the top document gets a verdict: iframes (ads, embeds) would overwrite the tab's badge.
if (window.top === window) {
  const verdict = detect(document, location.href);
  void sendToBackground('page:detected', { isArticle: verdict.isArticle, score: verdict.score }).catch(() => {
    // The background may be restarting; the next page load reports again.
  });
}
