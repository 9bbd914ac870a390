/**
 * The content script, on every page. With the reader closed it only runs `detect` once and reports
 * the verdict for the badge: it never changes the page. Opening the reader hands the page, serialized,
 * to the background, which extracts outside the page's main thread, and mounts the reader frame, which
 * asks the background for the article; closing removes it.
 */
import browser from 'webextension-polyfill';
import { detect } from '../engine/detect';
import { handleContentMessages, sendToBackground } from '../platform/messaging';
import { mountReaderFrame, type ReaderFrame } from '../platform/reader-frame';
import { NOT_HTML, snapshotOf } from '../shared/page-snapshot';
import { DEFAULT_SETTINGS, siteMatches } from '../shared/settings';
import { readSettings } from '../platform/settings-store';

let frame: ReaderFrame | null = null;
/** An open in progress (the snapshot being handed over): a second toggle meanwhile closes the frame, never opens twice. */
let opening: Promise<{ open: boolean; reason?: string }> | null = null;

async function open(): Promise<{ open: boolean; reason?: string }> {
  if (frame) return { open: true };
  const snapshot = snapshotOf(document, location.href);
  // Not HTML: nowhere to put the reader, and the button says why. Too large: the reader says so.
  if (!snapshot.ok && snapshot.reason === NOT_HTML) return { open: false, reason: NOT_HTML };
  // The snapshot goes first; the frame loads while the background extracts, and asks for the result.
  const handedOver = sendToBackground('reader:opened', { snapshot });
  frame = mountReaderFrame(() => void close());
  await handedOver;
  return { open: true };
}

/** A close in progress (the reader writing down its position): a second toggle meanwhile waits for it. */
let closing: Promise<{ open: boolean }> | null = null;

function close(): Promise<{ open: boolean }> {
  if (!frame) return Promise.resolve({ open: false });
  closing ??= removeFrame(frame).finally(() => {
    closing = null;
  });
  return closing;
}

async function removeFrame(leaving: ReaderFrame): Promise<{ open: boolean }> {
  await leaving.writeDownPosition();
  leaving.close();
  frame = null;
  await sendToBackground('reader:closed', {});
  return { open: false };
}

function toggle(): Promise<{ open: boolean; reason?: string }> {
  if (frame) return close();
  if (opening) return opening;
  opening = open().finally(() => {
    opening = null;
  });
  return opening;
}

/**
 * Detection, once per page load, as the settings say: off globally or for this site, nothing runs; on,
 * the verdict goes to the background for the badge; on a site whose articles always open in the reader,
 * an article opens in it (detection runs there even when it is off elsewhere: the user asked for it).
 */
async function detectPage(): Promise<void> {
  const settings = await readSettings().catch(() => DEFAULT_SETTINGS);
  const host = location.hostname;
  const autoOpen = siteMatches(host, settings.sites.alwaysOpen);
  if (siteMatches(host, settings.sites.neverDetect) || !(settings.detection || autoOpen)) return;
  const verdict = detect(document, location.href);
  await sendToBackground('page:detected', { isArticle: verdict.isArticle, score: verdict.score, badge: settings.detection && settings.showBadge });
  if (verdict.isArticle && autoOpen) await toggle();
}

/**
 * Whether a content script of a running Lectern is already in this page's world. The background starts
 * the script itself where it finds none (src/platform/content-reach.ts) and the declared one can still
 * arrive after it: the second must not answer messages or detect again. A script left from before an
 * update or a reload shares the world but has lost its extension (no runtime id): a new one takes over.
 */
const RUNNING = Symbol.for('lectern.content-script');
const world = globalThis as { [RUNNING]?: () => boolean };

if (!world[RUNNING]?.()) {
  world[RUNNING] = () => Boolean(browser.runtime?.id);
  handleContentMessages({
    'reader:toggle': () => toggle(),
    'reader:close': () => close(),
    'page:snapshot': () => snapshotOf(document, location.href),
  });
  // Only the top document gets a verdict: iframes (ads, embeds) would overwrite the tab's badge.
  if (window.top === window) {
    void detectPage().catch(() => {
      // The background may be restarting; the next page load reports again.
    });
  }
}
