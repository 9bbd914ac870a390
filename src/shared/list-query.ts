/**
 * What the reading list shows: a view (all, unread, archived, favourites, continue reading), filters by
 * tag, site and language, words to find, and an order. Pure: the background runs it over the stored
 * summaries (and the articles' text for the words); the page only renders the answer.
 */
import type { SavedState, SavedSummary } from './saved';
import { folded, searchTerms } from './search-terms';

export const LIST_VIEWS = ['all', 'unread', 'archived', 'favourites', 'continue'] as const;
export type ListView = (typeof LIST_VIEWS)[number];
export const LIST_SORTS = ['saved', 'published', 'title', 'site', 'length'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListQuery {
  view: ListView;
  tag: string | null;
  site: string | null;
  lang: string | null;
  /** Words to find in titles, bylines, sites, tags, excerpts and the articles' text. */
  text: string;
  sort: ListSort;
  descending: boolean;
  offset: number;
  limit: number;
}

export const DEFAULT_LIST_QUERY: ListQuery = { view: 'all', tag: null, site: null, lang: null, text: '', sort: 'saved', descending: true, offset: 0, limit: 50 };

/** The most rows one answer carries (the page asks for more as it scrolls). */
export const MAX_LIST_PAGE = 200;

export interface ListAnswer {
  /** How many articles the query finds; null while not yet counted (the first screen does not wait for it). */
  total: number | null;
  items: SavedSummary[];
  /** What the filters can choose from, over the whole list. */
  tags: string[];
  sites: string[];
  langs: string[];
}

/** "Continue reading": started, not finished. */
const STARTED = 0.02;
const FINISHED = 0.95;

export function inView(item: SavedSummary, view: ListView): boolean {
  switch (view) {
    case 'unread': return item.state === 'unread';
    case 'archived': return item.state === 'archived';
    case 'favourites': return item.favourite;
    case 'continue': return item.state === 'unread' && item.progress >= STARTED && item.progress < FINISHED;
    default: return true;
  }
}

export function passesFilters(item: SavedSummary, query: ListQuery): boolean {
  return (
    inView(item, query.view) &&
    (!query.tag || item.tags.includes(query.tag)) &&
    (!query.site || item.siteName === query.site) &&
    (!query.lang || (item.lang ?? '').split('-')[0] === query.lang)
  );
}

const KEYS: Record<ListSort, (item: SavedSummary) => string | number> = {
  saved: (item) => item.savedAt,
  published: (item) => item.publishedTime ?? '',
  title: (item) => folded(item.title),
  site: (item) => folded(item.siteName ?? ''),
  length: (item) => item.wordCount,
};

export function compareFor(sort: ListSort, descending: boolean): (a: SavedSummary, b: SavedSummary) => number {
  const key = KEYS[sort];
  const sign = descending ? -1 : 1;
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || (a.savedAt < b.savedAt ? 1 : -1);
  };
}

/** A query as the page sent it: known values only, bounded page. */
export function validQuery(raw: Partial<ListQuery>): ListQuery {
  const d = DEFAULT_LIST_QUERY;
  const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null);
  const whole = (value: unknown, fallback: number, max: number): number => (typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : fallback);
  return {
    view: (LIST_VIEWS as readonly string[]).includes(raw.view as string) ? (raw.view as ListView) : d.view,
    tag: text(raw.tag),
    site: text(raw.site),
    lang: text(raw.lang),
    text: text(raw.text) ?? '',
    sort: (LIST_SORTS as readonly string[]).includes(raw.sort as string) ? (raw.sort as ListSort) : d.sort,
    descending: typeof raw.descending === 'boolean' ? raw.descending : d.descending,
    offset: whole(raw.offset, 0, Number.MAX_SAFE_INTEGER),
    limit: whole(raw.limit, d.limit, MAX_LIST_PAGE) || d.limit,
  };
}

/** A change of list state asked for several articles at once. */
export interface ListStateChange {
  state?: SavedState;
  favourite?: boolean;
  addTag?: string;
  removeTag?: string;
}

/** The most articles one change or delete acts on (a whole list of 50,000 is one such call). */
const MAX_IDS = 50_000;

/** Article ids as the page sent them: strings only, bounded. */
export function validIds(ids: unknown): string[] {
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_IDS) : [];
}

/** A change as the page sent it: only the known fields, with values of their kind. */
export function validChange(raw: unknown): ListStateChange {
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const tag = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined);
  return {
    ...(c['state'] === 'unread' || c['state'] === 'archived' ? { state: c['state'] } : {}),
    ...(typeof c['favourite'] === 'boolean' ? { favourite: c['favourite'] } : {}),
    ...(tag(c['addTag']) ? { addTag: tag(c['addTag']) } : {}),
    ...(tag(c['removeTag']) ? { removeTag: tag(c['removeTag']) } : {}),
  };
}

/** The answer to a query, given the summaries and which of them hold the query's words (asked only when it has some). */
export function answer(summaries: readonly SavedSummary[], query: ListQuery, hasWords: (item: SavedSummary) => boolean): ListAnswer {
  const searching = searchTerms(query.text).length > 0;
  const chosen = summaries.filter((item) => passesFilters(item, query) && (!searching || hasWords(item)));
  chosen.sort(compareFor(query.sort, query.descending));
  const distinct = (values: (string | null | undefined)[]): string[] => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
  return {
    total: chosen.length,
    items: chosen.slice(query.offset, query.offset + query.limit),
    tags: distinct(summaries.flatMap((s) => s.tags)),
    sites: distinct(summaries.map((s) => s.siteName)),
    langs: distinct(summaries.map((s) => (s.lang ?? '').split('-')[0])),
  };
}
