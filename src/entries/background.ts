/**
 * The background: toggles the reader in a tab, keeps each tab's extracted article for its reader frame,
 * owns the reading list, and sets the badge. Every listener is registered synchronously at top level so
 * that a restarted service worker hears the event that woke it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Article, ExtractResult } from '../engine/types';
import type { ReaderPayload } from '../shared/messages';
import { articleFromSaved, savedIdFor, type SavedArticle } from '../shared/saved';
import { extractSnapshot } from '../shared/snapshot-extraction';
import type { PageSnapshot } from '../shared/page-snapshot';
import { profileOf, type TermProfile } from '../shared/library-index';
import { absoluteUrl } from '../engine/url';
import { fetchArticle } from '../platform/page-fetch';
import { fillLink, fillMissingContent, resumeInterruptedFill } from '../platform/content-backfill';
import { handleBackgroundMessages, sendToTab } from '../platform/messaging';
import { sendToContent } from '../platform/content-reach';
import { translate } from '../platform/i18n';
import { announceLibraryChange } from '../platform/library-signal';
import { TOGGLE_COMMAND, openOptions, openReadingList, openSaved } from '../platform/navigation';
import { forgetProfile, libraryMatches, rebuildLibraryIndex, rememberProfile, validProfile } from '../platform/library-matches';
import { articlesPage, changeListState, deleteSaved, emptyTrash, getSaved, importArticles, isSaved, recordProgress, restoreDeleted, saveArticle } from '../platform/reading-list-store';
import { forgetSummaries, listFacets, queryList } from '../platform/list-summaries';
import { scheduleSearchIndexUpdate } from '../platform/search-index';
import { forgetDeletions, pullIndex, recordDeletions, schedulePush, watchSyncedIndex } from '../platform/list-sync';
import { validChange, validIds, validQuery } from '../shared/list-query';

/** How long deleted articles wait in the trash for an undo (the list offers it for a few seconds). */
const UNDO_WINDOW_MS = 60_000;
/** The most articles one export page carries (with their content, well under the messaging size limit). */
const EXPORT_PAGE_MAX = 200;
const BADGE_TEXT = '✓';
const BADGE_COLOR = '#2f6f4f';
const MENU_OPEN_LIST = 'lectern-open-list';
const MENU_SAVE_PAGE = 'lectern-save-page';
const MENU_SAVE_LINK = 'lectern-save-link';

/** Session storage survives the service worker being stopped, and is gone when the browser closes. */
const tabKey = (tabId: number): string => `reader-tab-${tabId}`;

async function rememberResult(tabId: number, result: ExtractResult): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: result });
}

async function storedResult(tabId: number): Promise<ExtractResult | null> {
  const stored = await browser.storage.session.get(tabKey(tabId));
  return (stored[tabKey(tabId)] as ExtractResult | undefined) ?? null;
}

/**
 * Each open reader's article, by tab, being extracted or extracted: the reader frame loads while its page's
 * snapshot is read, and is answered from here, not from session storage (which keeps the article for a
 * restarted service worker, and costs the frame a read and a copy of the whole article).
 */
const tabArticles = new Map<number, Promise<ExtractResult>>();
/** Frames that asked before their page's snapshot arrived, by tab. */
const waitingFrames = new Map<number, (() => void)[]>();
/**
 * How long a frame waits for its page's snapshot. The content script sends it before it mounts the frame,
 * so it is there first in practice; this covers messages from two processes arriving out of order.
 */
const SNAPSHOT_WAIT_MS = 2_000;

function extractFor(tabId: number, snapshot: PageSnapshot): Promise<ExtractResult> {
  const job = Promise.resolve().then(() => extractSnapshot(snapshot));
  tabArticles.set(tabId, job);
  for (const wake of waitingFrames.get(tabId) ?? []) wake();
  waitingFrames.delete(tabId);
  return job;
}

/** The tab's article: being extracted, extracted, or (for a frame ahead of its snapshot) soon. */
async function resultFor(tabId: number, waitForSnapshot = false): Promise<ExtractResult | null> {
  const inMemory = tabArticles.get(tabId);
  if (inMemory) return inMemory;
  const stored = await storedResult(tabId);
  if (stored || !waitForSnapshot) return stored;
  await new Promise<void>((resolve) => {
    waitingFrames.set(tabId, [...(waitingFrames.get(tabId) ?? []), resolve]);
    setTimeout(resolve, SNAPSHOT_WAIT_MS);
  });
  return tabArticles.get(tabId) ?? storedResult(tabId);
}

function tabOf(sender: Runtime.MessageSender): { id: number; url: string } {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('Lectern: this message must come from a tab.');
  return { id, url: sender.tab?.url ?? '' };
}

/** The toolbar button says why nothing opened: a dash on the badge, the reason in its tooltip. */
async function showCannotOpen(tabId: number, reason: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '—' });
  await browser.action.setTitle({ tabId, title: reason });
}

async function toggleReader(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  let answer: { open: boolean; reason?: string };
  try {
    answer = await sendToContent(tabId, 'reader:toggle', {});
  } catch {
    // No content script can run here: a browser page, the web store, a PDF.
    await showCannotOpen(tabId, translate('cannotReachPage'));
    return;
  }
  if (answer.reason) await showCannotOpen(tabId, translate('cannotOpen', answer.reason));
}

/** The list changed: its summaries are read again when next asked for, its index is synced, and open pages hear of it. */
async function listChanged(): Promise<void> {
  forgetSummaries();
  scheduleSearchIndexUpdate();
  schedulePush();
  await announceLibraryChange();
}

/** Other browsers' index merged into the list; what it changed is indexed and shown. */
function pullSynced(): void {
  void pullIndex()
    .then(async (merged) => {
      if (merged.added + merged.updated + merged.deleted === 0) return;
      rebuildLibraryIndex();
      await listChanged();
    })
    .catch((e: unknown) => console.warn('Lectern: the synced reading list could not be read', e));
}

let pulledOnce = false;

/** Once per background start, when the list is first asked for (not at start-up: the database stays closed until needed). */
function catchUpSync(): void {
  if (pulledOnce) return;
  pulledOnce = true;
  pullSynced();
}

/**
 * A saved article opened without its content (imported or synced as a link): fetched and read now; the
 * link as it is when the page cannot be fetched.
 */
async function withContent(saved: SavedArticle): Promise<SavedArticle> {
  if (saved.contentStatus !== 'missing' || !(await fillLink(saved, indexFilledArticle))) return saved;
  return (await getSaved(saved.id)) ?? saved;
}

/** Saves, then keeps the library index in step and tells open pages (their library matches change). */
async function saveToList(article: Article, tabUrl: string) {
  const profile = profileOf(article);
  const saved = await saveArticle(article, tabUrl, profile);
  if (saved.ok) {
    await rememberProfile(saved.id, profile);
    await listChanged();
  }
  return saved;
}

async function saveTabArticle(tabId: number, tabUrl: string) {
  const result = await resultFor(tabId);
  if (!result) return { ok: false as const, reason: translate('nothingToSave') };
  if (!result.ok) return { ok: false as const, reason: result.reason };
  return saveToList(result.article, tabUrl || result.article.url);
}

handleBackgroundMessages({
  async 'page:detected'({ isArticle, badge }, sender) {
    const { id } = tabOf(sender);
    await browser.action.setBadgeBackgroundColor({ tabId: id, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId: id, text: isArticle && badge ? BADGE_TEXT : '' });
    await browser.action.setTitle({ tabId: id, title: isArticle ? translate('badgeArticle') : translate('extName') });
  },
  async 'reader:opened'({ snapshot }, sender) {
    const tabId = tabOf(sender).id;
    const job = extractFor(tabId, snapshot);
    const result = await job;
    if (tabArticles.get(tabId) !== job) return; // closed, or opened again, meanwhile
    await rememberResult(tabId, result);
  },
  async 'reader:closed'(_payload, sender) {
    const tabId = tabOf(sender).id;
    tabArticles.delete(tabId);
    await browser.storage.session.remove(tabKey(tabId));
  },
  async 'reader:get'({ savedId }, sender): Promise<ReaderPayload> {
    if (savedId !== null) {
      const stored = await getSaved(savedId);
      const saved = stored && (await withContent(stored));
      return saved
        ? { kind: 'saved', article: articleFromSaved(saved), savedId: saved.id }
        : { kind: 'error', reason: translate('savedGone') };
    }
    const tab = tabOf(sender);
    // Whether it is saved only sets the Save button: a list that cannot be read (a full disk) does not keep
    // the story from showing. Asked while the article is looked up: the tab's address is its id.
    const savedCheck = (id: string): Promise<boolean> => isSaved(id).catch(() => false);
    const savedByTab = tab.url ? savedCheck(savedIdFor(tab.url)) : null;
    const result = await resultFor(tab.id, true);
    if (!result) return { kind: 'error', reason: translate('nothingToShow') };
    if (!result.ok) return { kind: 'error', reason: result.reason };
    const id = savedIdFor(tab.url || result.article.url);
    const saved = await (savedByTab ?? savedCheck(id));
    return { kind: 'article', article: result.article, tabUrl: tab.url, savedId: saved ? id : null };
  },
  async 'reader:close'(_payload, sender) {
    await sendToTab(tabOf(sender).id, 'reader:close', {});
  },
  'reader:save'(_payload, sender) {
    const tab = tabOf(sender);
    return saveTabArticle(tab.id, tab.url);
  },
  'list:query': ({ query }) => {
    catchUpSync();
    return queryList(validQuery(query ?? {}));
  },
  'list:facets': () => listFacets(),
  async 'list:change'({ ids, change }) {
    const changed = await changeListState(validIds(ids), validChange(change));
    if (changed > 0) await listChanged();
    return { changed };
  },
  async 'list:delete'({ ids }) {
    await emptyTrash(Date.now() - UNDO_WINDOW_MS);
    const chosen = validIds(ids);
    const deleted = await deleteSaved(chosen);
    for (const id of deleted) await forgetProfile(id);
    // An article's id is its address without the fragment: what other browsers know it by.
    await recordDeletions(deleted);
    await listChanged();
    return { deleted: deleted.length };
  },
  async 'list:undo-delete'({ ids }) {
    const restored = await restoreDeleted(validIds(ids));
    for (const { id, profile } of restored) await rememberProfile(id, profile);
    await forgetDeletions(restored.map(({ id }) => id));
    await listChanged();
    return { restored: restored.length };
  },
  async 'reader:progress'({ id, progress }) {
    if (typeof id !== 'string' || typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return;
    await recordProgress(id, progress);
    forgetSummaries(); // "continue reading" follows; no announcement for every pause in scrolling
    schedulePush();
  },
  'list:export-page': ({ start, count }) => articlesPage(Math.max(0, Math.floor(Number(start) || 0)), Math.min(EXPORT_PAGE_MAX, Math.max(1, Math.floor(Number(count) || 1)))),
  async 'list:import'({ articles }) {
    const result = await importArticles(articles);
    if (result.ok && result.added + result.updated > 0) {
      rebuildLibraryIndex();
      await listChanged();
      // Links imported without their text (Pocket, Instapaper): fetched now, in the background.
      void fillMissingContent(indexFilledArticle);
    }
    return result;
  },
  'library:similar': ({ profile, excludeId }) => libraryMatches(validProfile(profile), typeof excludeId === 'string' ? excludeId : null),
  'open:saved': ({ id }) => openSaved(String(id)),
  'open:list': () => openReadingList(),
  'open:options': () => openOptions(),
});

/** A link's text has been fetched: it joins the library index, and open pages hear of it. */
async function indexFilledArticle(id: string, profile: TermProfile): Promise<void> {
  await rememberProfile(id, profile);
  await listChanged();
}

void resumeInterruptedFill(indexFilledArticle);
// Another browser's reading list, brought by the browser's sync.
watchSyncedIndex(pullSynced);

browser.action.onClicked.addListener((tab) => void toggleReader(tab.id));

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== TOGGLE_COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  await toggleReader(target?.id);
});

browser.tabs.onRemoved.addListener((tabId) => {
  tabArticles.delete(tabId);
  void browser.storage.session.remove(tabKey(tabId));
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_OPEN_LIST, title: translate('menuOpenList'), contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: translate('menuSavePage'), contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_SAVE_LINK, title: translate('menuSaveLink'), contexts: ['link'] });
  });
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId === MENU_OPEN_LIST) await openReadingList();
  if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) await savePageFromMenu(tab.id, tab.url ?? '');
  if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) await saveLinkFromMenu(tab?.id, info.linkUrl);
});

/** The toolbar button says how a save from a menu went: ✓, or ! with the reason in its tooltip. */
async function showSaveOutcome(tabId: number | undefined, saved: { ok: true } | { ok: false; reason: string }): Promise<void> {
  if (tabId === undefined) return;
  await browser.action.setBadgeText({ tabId, text: saved.ok ? BADGE_TEXT : '!' });
  await browser.action.setTitle({ tabId, title: saved.ok ? translate('badgeSaved') : translate('badgeNotSaved', saved.reason) });
}

/** "Save link to Lectern" from a page's menu: the linked page fetched and extracted here, never opened. */
async function saveLinkFromMenu(tabId: number | undefined, linkUrl: string): Promise<void> {
  const url = absoluteUrl(linkUrl);
  const fetched = url ? await fetchArticle(url) : { ok: false as const, reason: translate('fetchNotHtml', linkUrl.split(':')[0]!) };
  await showSaveOutcome(tabId, fetched.ok ? await saveToList(fetched.article, fetched.url) : fetched);
}

/** "Save page" from the toolbar menu: extracts the tab's page without opening the reader, then saves. */
async function savePageFromMenu(tabId: number, tabUrl: string): Promise<void> {
  let saved: { ok: true } | { ok: false; reason: string };
  try {
    const result = extractSnapshot(await sendToContent(tabId, 'page:snapshot', {}));
    saved = result.ok ? await saveToList(result.article, tabUrl || result.article.url) : result;
  } catch {
    saved = { ok: false, reason: translate('cannotReachPage') };
  }
  await showSaveOutcome(tabId, saved);
}
