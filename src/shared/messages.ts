/**
 * The typed protocol between Lectern's parts. Each message names who may send it; the background
 * checks the sender before acting (see platform/messaging.ts).
 */
import type { Article } from '../engine/types';
import type { SavedArticle } from './saved';
import type { ListAnswer, ListQuery, ListStateChange } from './list-query';
import type { ImportCounts } from './library-file';
import type { TermProfile } from './library-index';
import type { PageSnapshot } from './page-snapshot';

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page';

/** What the reader shows: the tab's article, a saved copy, or why there is nothing to show. */
export type ReaderPayload =
  | { kind: 'article'; article: Article; tabUrl: string; savedId: string | null }
  | { kind: 'saved'; article: Article; savedId: string }
  | { kind: 'error'; reason: string };

export type SaveResult = { ok: true; id: string; created: boolean } | { ok: false; reason: string };

/** A saved article close to the one open, as the reader lists it. */
export interface LibraryMatchView {
  id: string;
  title: string;
  url: string;
  siteName: string | null;
  score: number;
}

/** Messages the background answers: request and response types, and who may send each. */
export interface BackgroundProtocol {
  /** `badge`: whether the settings want articles marked on the toolbar button. */
  'page:detected': { request: { isArticle: boolean; score: number; badge: boolean }; response: void; from: 'content-script' };
  /** The page handed over for extraction, which runs in the background: the page's main thread only serializes. */
  'reader:opened': { request: { snapshot: PageSnapshot }; response: void; from: 'content-script' };
  'reader:closed': { request: Record<string, never>; response: void; from: 'content-script' };
  'reader:get': { request: { savedId: string | null }; response: ReaderPayload; from: 'extension-page' };
  'reader:close': { request: Record<string, never>; response: void; from: 'extension-page' };
  'reader:save': { request: Record<string, never>; response: SaveResult; from: 'extension-page' };
  /** The rows of the reading list a query asks for, their total, and what the filters can choose from. */
  'list:query': { request: { query: Partial<ListQuery> }; response: ListAnswer & { facetsPending?: boolean }; from: 'extension-page' };
  /** What the list's filters can choose from, and the list's count (asked after a first screen that came without them). */
  'list:facets': { request: Record<string, never>; response: Pick<ListAnswer, 'total' | 'tags' | 'sites' | 'langs'>; from: 'extension-page' };
  /** Archive or unarchive, mark or unmark as favourite, add or remove a tag, on several articles at once. */
  'list:change': { request: { ids: string[]; change: ListStateChange }; response: { changed: number }; from: 'extension-page' };
  /** Deletes articles (into the trash, for a moment: see 'list:undo-delete'). */
  'list:delete': { request: { ids: string[] }; response: { deleted: number }; from: 'extension-page' };
  'list:undo-delete': { request: { ids: string[] }; response: { restored: number }; from: 'extension-page' };
  /** How far the reader is in a saved article (0 to 1). */
  'reader:progress': { request: { id: string; progress: number }; response: void; from: 'extension-page' };
  /** Whole articles for the export, a page at a time (extension messages have a size limit). */
  'list:export-page': { request: { start: number; count: number }; response: SavedArticle[]; from: 'extension-page' };
  /** Articles read from a reading list file, a batch at a time. */
  'list:import': { request: { articles: SavedArticle[] }; response: ({ ok: true } & ImportCounts) | { ok: false; reason: string }; from: 'extension-page' };
  /** The saved articles closest to the open one (its term profile), leaving out the article itself. */
  'library:similar': { request: { profile: TermProfile; excludeId: string | null }; response: LibraryMatchView[]; from: 'extension-page' };
  /** Opens a saved copy in a new tab (from the reader, framed or not). */
  'open:saved': { request: { id: string }; response: void; from: 'extension-page' };
  /** Firefox gives an extension page framed in a web page no tabs or runtime.openOptionsPage: the background opens them. */
  'open:list': { request: Record<string, never>; response: void; from: 'extension-page' };
  'open:options': { request: Record<string, never>; response: void; from: 'extension-page' };
}

/** Messages the content script answers (sent by the background only). */
export interface ContentProtocol {
  /** `reason` when the reader cannot open here (not an HTML document): the background shows it on the button. */
  'reader:toggle': { request: Record<string, never>; response: { open: boolean; reason?: string } };
  'reader:close': { request: Record<string, never>; response: { open: boolean } };
  /** The page, serialized, without opening the reader (the toolbar menu's "Save page"). */
  'page:snapshot': { request: Record<string, never>; response: PageSnapshot };
}

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export const BACKGROUND_SENDERS: { [K in keyof BackgroundProtocol]: BackgroundProtocol[K]['from'] } = {
  'page:detected': 'content-script',
  'reader:opened': 'content-script',
  'reader:closed': 'content-script',
  'reader:get': 'extension-page',
  'reader:close': 'extension-page',
  'reader:save': 'extension-page',
  'list:query': 'extension-page',
  'list:facets': 'extension-page',
  'list:change': 'extension-page',
  'list:delete': 'extension-page',
  'list:undo-delete': 'extension-page',
  'reader:progress': 'extension-page',
  'list:export-page': 'extension-page',
  'list:import': 'extension-page',
  'library:similar': 'extension-page',
  'open:saved': 'extension-page',
  'open:list': 'extension-page',
  'open:options': 'extension-page',
};

export function isEnvelope(value: unknown): value is { type: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
